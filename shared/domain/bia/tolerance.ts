// Reads one process's rating grid once: where each category becomes intolerable, the MTD, the heat-map
// row, and whether impact ever falls as the outage lengthens.
import type { Minutes, Severity } from '../model';
import { formatSeverity } from './format';
import type { BiaRatings, BiaWarning, PreparedBiaConfig, RatingRow, ToleranceLimit } from './types';

export interface RatingsAssessment {
  /** Aligned to config.categories. */
  toleranceLimits: ToleranceLimit[];
  mtd: Minutes | null;
  /** Index into config.categories of the first category setting the MTD; -1 without an MTD. */
  mtdCategoryIndex: number;
  /** Index into config.buckets (time order) of the MTD bucket; -1 without an MTD. */
  mtdBucketIndex: number;
  /** How many valid cells were rated; tells "not rated yet" apart from "never intolerable". */
  ratedCells: number;
  worstSeverityByBucket: (Severity | null)[];
  /** null rather than an empty array: most processes have none, and this runs 10,000 times a view. */
  warnings: BiaWarning[] | null;
}

function isRatingsMap(ratings: BiaRatings): ratings is ReadonlyMap<string, RatingRow> {
  return ratings instanceof Map;
}

/** Own keys only, so a category called "constructor" does not read Object.prototype. */
export function ratingRow(ratings: BiaRatings, categoryId: string): RatingRow | undefined {
  if (isRatingsMap(ratings)) return ratings.get(categoryId);
  return Object.hasOwn(ratings, categoryId) ? ratings[categoryId] : undefined;
}

export function assessRatings(ratings: BiaRatings, config: PreparedBiaConfig): RatingsAssessment {
  const { categories, buckets, bucketSourceIndex, bucketLabels, intolerableThreshold, toleranceLimitTable } =
    config;
  const bucketCount = bucketSourceIndex.length;
  // Pushed rather than `new Array(n).fill(null)`, which V8 keeps as a slower holey array.
  const worst: (Severity | null)[] = [];
  for (let k = 0; k < bucketCount; k++) worst.push(null);
  const toleranceLimits: ToleranceLimit[] = [];
  let warnings: BiaWarning[] | null = null;
  let mtdIndex = -1;
  let mtdCategoryIndex = -1;
  let ratedCells = 0;

  for (let c = 0; c < categories.length; c++) {
    const category = categories[c]!;
    const row = ratingRow(ratings, category.id);
    let limit = -1;
    if (row !== undefined) {
      let previous = -1;
      let previousIndex = -1;
      let fell = false;
      let invalid = false;
      for (let k = 0; k < bucketCount; k++) {
        const value = row[bucketSourceIndex[k]!];
        if (value === null || value === undefined) continue;
        if (value !== 0 && value !== 1 && value !== 2 && value !== 3 && value !== 4) {
          // One warning per category is enough to send the analyst to the row.
          if (!invalid) {
            invalid = true;
            (warnings ??= []).push({
              code: 'invalid-rating',
              severity: 'warning',
              message: `${category.name} is rated ${String(value)} at ${bucketLabels[k]}; ratings are whole numbers from 0 to 4, so this cell counts as unrated.`,
              categoryId: category.id,
              bucketId: buckets[k]!.id,
            });
          }
          continue;
        }
        ratedCells++;
        const shown = worst[k];
        if (shown === null || shown === undefined || value > shown) worst[k] = value;
        if (value < previous && !fell) {
          fell = true;
          (warnings ??= []).push({
            code: 'falling-rating',
            severity: 'warning',
            message: `${category.name} impact falls from ${formatSeverity(previous)} at ${bucketLabels[previousIndex]} to ${formatSeverity(value)} at ${bucketLabels[k]}; a longer outage should not hurt less, so check the ratings.`,
            categoryId: category.id,
            bucketId: buckets[k]!.id,
          });
        }
        previous = value;
        previousIndex = k;
        if (limit < 0 && value >= intolerableThreshold) limit = k;
      }
    }
    const limits = toleranceLimitTable[c]!;
    toleranceLimits.push(limits[limit < 0 ? bucketCount : limit]!);
    // Buckets are in time order, so the smallest index is the smallest tolerance limit.
    if (limit >= 0 && (mtdIndex < 0 || limit < mtdIndex)) {
      mtdIndex = limit;
      mtdCategoryIndex = c;
    }
  }

  return {
    toleranceLimits,
    mtd: mtdIndex < 0 ? null : buckets[mtdIndex]!.minutes,
    mtdCategoryIndex,
    mtdBucketIndex: mtdIndex,
    ratedCells,
    worstSeverityByBucket: worst,
    warnings,
  };
}
