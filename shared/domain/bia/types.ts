// Shapes of the business impact analysis: the editable configuration, one process's workshop input,
// and what is derived from it (DESIGN.md §4 "BIA").
import type { Minutes, Severity, Tier } from '../model';

export interface ImpactCategory {
  id: string;
  name: string;
}

export interface TimeBucket {
  id: string;
  /** How long the outage has lasted when this column is rated. */
  minutes: Minutes;
  /** Column heading; when absent the formatted duration is used. */
  label?: string;
}

export interface BiaConfig {
  categories: readonly ImpactCategory[];
  /** Any order; prepareBiaConfig sorts them by minutes. */
  buckets: readonly TimeBucket[];
  /** Defaults to DEFAULT_TIERS. */
  tiers?: readonly Tier[];
  /** The first severity that is intolerable. Defaults to 3 (significant). */
  intolerableThreshold?: Severity;
}

/**
 * A rating cell. `null`/`undefined` (or a hole past the end of the row) means "not rated yet", which
 * is not the same as 0 ("rated: no impact"): an unrated cell never reaches the threshold, is skipped
 * when checking that impact does not fall, and does not colour the heat map.
 * Typed as number so a store can hand over raw column values; anything outside 0..4 integers is
 * reported as an `invalid-rating` warning and treated as unrated.
 */
export type RatingValue = number | null | undefined;

/** One category's ratings, aligned to `BiaConfig.buckets` in the order given there (not time order). */
export type RatingRow = readonly RatingValue[];

/** Keyed by category id. Keys for categories not in the config are ignored. */
export type BiaRatings = ReadonlyMap<string, RatingRow> | Readonly<Partial<Record<string, RatingRow>>>;

export interface BiaProcessInput {
  id: string;
  ratings: BiaRatings;
  /** Work recovery time: catching up after systems are back. Absent means 0. */
  wrtMinutes?: Minutes | null;
  /** How much data the workshop says the process can afford to lose; the recommended RPO. */
  dataLossToleranceMinutes?: Minutes | null;
  manualRtoMinutes?: Minutes | null;
  manualRpoMinutes?: Minutes | null;
  /** A tier chosen by hand; its promises are then checked against the process's RTO and RPO. */
  pinnedTierId?: string | null;
  /** Financial loss if the outage lasts each bucket, aligned like a RatingRow. Carried to the impact curve. */
  financialLossByBucket?: readonly (number | null | undefined)[] | null;
  /** Minimum business continuity objective: free text, carried through untouched. */
  mbco?: string | null;
}

export type IssueSeverity = 'error' | 'warning';

export type BiaConflictCode =
  | 'no-mtd'
  | 'wrt-not-below-mtd'
  | 'rto-plus-wrt-exceeds-mtd'
  | 'rto-override'
  | 'rpo-exceeds-data-loss-tolerance'
  | 'no-tier-fast-enough'
  | 'unknown-tier'
  | 'tier-rto-exceeds-rto'
  | 'tier-rpo-exceeds-rpo'
  | 'invalid-minutes';

export type BiaWarningCode = 'falling-rating' | 'invalid-rating' | 'falling-financial-loss';

export type BiaConfigIssueCode =
  | 'duplicate-category'
  | 'duplicate-bucket'
  | 'invalid-bucket-minutes'
  | 'same-bucket-length'
  | 'invalid-threshold'
  | 'invalid-tier'
  | 'no-tiers';

export interface BiaIssue<C extends string = string> {
  code: C;
  severity: IssueSeverity;
  /** Plain-language reason with the numbers, for a person to act on. */
  message: string;
  categoryId?: string;
  bucketId?: string;
}

export type BiaConflict = BiaIssue<BiaConflictCode>;
export type BiaWarning = BiaIssue<BiaWarningCode>;
export type BiaConfigIssue = BiaIssue<BiaConfigIssueCode>;

/** Where a category first becomes intolerable; both null when it never does. */
export interface ToleranceLimit {
  categoryId: string;
  bucketId: string | null;
  minutes: Minutes | null;
}

/** A configuration checked and sorted once, shared by every derivation. */
export interface PreparedBiaConfig {
  readonly prepared: true;
  /** As given, minus duplicates. */
  readonly categories: readonly ImpactCategory[];
  /** Time order, minus duplicates and invalid minutes. */
  readonly buckets: readonly TimeBucket[];
  /** buckets[k] is config.buckets[bucketSourceIndex[k]]: where to read column k in a RatingRow. */
  readonly bucketSourceIndex: readonly number[];
  readonly bucketLabels: readonly string[];
  /** True when the buckets were given in time order, so rows can be read without reordering. */
  readonly bucketsInTimeOrder: boolean;
  /**
   * toleranceLimitTable[c][k] is category c's limit at bucket k, and [c][buckets.length] is "never".
   * Derivations share these frozen objects instead of allocating six per process.
   */
  readonly toleranceLimitTable: readonly (readonly ToleranceLimit[])[];
  /** Fastest first (by RTO, then rank). */
  readonly tiers: readonly Tier[];
  readonly intolerableThreshold: Severity;
  readonly issues: readonly BiaConfigIssue[];
}

export interface BiaObjectives {
  processId: string;
  /** Aligned to PreparedBiaConfig.categories. */
  toleranceLimits: readonly ToleranceLimit[];
  /** Maximum tolerable downtime; null when no category ever becomes intolerable. */
  mtd: Minutes | null;
  /** The first category (config order) whose tolerance limit sets the MTD. */
  mtdCategoryId: string | null;
  /** The WRT used: the input, or 0 when absent or invalid. */
  wrtMinutes: Minutes;
  /** MTD − WRT; null without an MTD or when WRT ≥ MTD. */
  recommendedRto: Minutes | null;
  effectiveRto: Minutes | null;
  rtoSource: 'manual' | 'recommended' | null;
  recommendedRpo: Minutes | null;
  effectiveRpo: Minutes | null;
  rpoSource: 'manual' | 'recommended' | null;
  tier: Tier | null;
  tierSource: 'pinned' | 'derived' | null;
  conflicts: readonly BiaConflict[];
  warnings: readonly BiaWarning[];
  /** Time order (PreparedBiaConfig.buckets); null where no category is rated. */
  worstSeverityByBucket: readonly (Severity | null)[];
  /** Time order; null when the input has none. */
  financialLossByBucket: readonly (number | null)[] | null;
  mbco: string | null;
}
