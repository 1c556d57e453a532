// Checks and sorts an editable BIA configuration once, so each process derivation only indexes arrays.
import type { Severity, Tier } from '../model';
import { DEFAULT_TIERS } from '../model';
import { DEFAULT_INTOLERABLE_THRESHOLD } from './defaults';
import { formatDuration } from '../../format/duration';
import type { BiaConfig, BiaConfigIssue, ImpactCategory, PreparedBiaConfig, TimeBucket } from './types';

export function isPreparedBiaConfig(config: BiaConfig | PreparedBiaConfig): config is PreparedBiaConfig {
  return 'prepared' in config && config.prepared === true;
}

function isWholeMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

export function prepareBiaConfig(config: BiaConfig | PreparedBiaConfig): PreparedBiaConfig {
  if (isPreparedBiaConfig(config)) return config;
  const issues: BiaConfigIssue[] = [];

  const categories: ImpactCategory[] = [];
  const categoryIds = new Set<string>();
  for (const category of config.categories) {
    if (categoryIds.has(category.id)) {
      issues.push({
        code: 'duplicate-category',
        severity: 'error',
        message: `Impact category id "${category.id}" is used twice; only the first, "${
          categories.find((c) => c.id === category.id)?.name ?? category.id
        }", is used.`,
        categoryId: category.id,
      });
      continue;
    }
    categoryIds.add(category.id);
    categories.push(category);
  }

  const kept: { bucket: TimeBucket; source: number }[] = [];
  const bucketIds = new Set<string>();
  config.buckets.forEach((bucket, source) => {
    if (!isWholeMinutes(bucket.minutes)) {
      issues.push({
        code: 'invalid-bucket-minutes',
        severity: 'error',
        message: `Time bucket "${bucket.label ?? bucket.id}" must be a whole number of minutes of zero or more; got ${bucket.minutes}. It is left out.`,
        bucketId: bucket.id,
      });
      return;
    }
    if (bucketIds.has(bucket.id)) {
      issues.push({
        code: 'duplicate-bucket',
        severity: 'error',
        message: `Time bucket id "${bucket.id}" is used twice; only the first is used.`,
        bucketId: bucket.id,
      });
      return;
    }
    bucketIds.add(bucket.id);
    kept.push({ bucket, source });
  });
  // Stable sort: buckets with equal minutes keep the order the analyst gave them.
  kept.sort((a, b) => a.bucket.minutes - b.bucket.minutes);
  // Equal lengths make "the first bucket that reaches the threshold" depend on input order. The write
  // path refuses them; a file that already holds them keeps both (their ratings stay visible) and is told.
  kept.forEach((k, i) => {
    const prev = kept[i - 1];
    if (prev && prev.bucket.minutes === k.bucket.minutes)
      issues.push({
        code: 'same-bucket-length',
        severity: 'warning',
        message: `Time buckets "${prev.bucket.label ?? prev.bucket.id}" and "${k.bucket.label ?? k.bucket.id}" are both ${formatDuration(k.bucket.minutes)} long; give each bucket its own length.`,
        bucketId: k.bucket.id,
      });
  });

  const tiers: Tier[] = [];
  for (const tier of config.tiers ?? DEFAULT_TIERS) {
    if (!isWholeMinutes(tier.rtoMinutes) || !isWholeMinutes(tier.rpoMinutes)) {
      issues.push({
        code: 'invalid-tier',
        severity: 'error',
        message: `${tier.name} must promise whole minutes of zero or more for RTO and RPO; got RTO ${tier.rtoMinutes} and RPO ${tier.rpoMinutes}. It is left out.`,
      });
      continue;
    }
    tiers.push(tier);
  }
  tiers.sort((a, b) => a.rtoMinutes - b.rtoMinutes || a.rank - b.rank);
  if (tiers.length === 0) {
    issues.push({
      code: 'no-tiers',
      severity: 'error',
      message: 'No recovery tiers are defined, so no process can be given a tier.',
    });
  }

  let threshold: Severity = config.intolerableThreshold ?? DEFAULT_INTOLERABLE_THRESHOLD;
  // 0 would make every rated cell intolerable at once, which no workshop means.
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 4) {
    issues.push({
      code: 'invalid-threshold',
      severity: 'error',
      message: `The intolerable threshold must be a severity from 1 to 4; got ${threshold}. Using ${DEFAULT_INTOLERABLE_THRESHOLD}.`,
    });
    threshold = DEFAULT_INTOLERABLE_THRESHOLD;
  }

  const buckets = kept.map((k) => k.bucket);
  const bucketSourceIndex = kept.map((k) => k.source);
  const toleranceLimitTable = categories.map((category) =>
    Object.freeze([
      ...buckets.map((bucket) =>
        Object.freeze({ categoryId: category.id, bucketId: bucket.id, minutes: bucket.minutes }),
      ),
      Object.freeze({ categoryId: category.id, bucketId: null, minutes: null }),
    ]),
  );

  return {
    prepared: true,
    categories,
    buckets,
    bucketSourceIndex,
    bucketsInTimeOrder: bucketSourceIndex.every((source, k) => source === k),
    toleranceLimitTable,
    bucketLabels: kept.map((k) => k.bucket.label ?? formatDuration(k.bucket.minutes)),
    tiers,
    intolerableThreshold: threshold,
    issues,
  };
}
