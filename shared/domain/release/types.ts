// The release vocabulary (DESIGN.md §4 "Release readiness"). Every time here is an instant in epoch
// milliseconds (UTC) so that comparisons never depend on the machine's time zone; every window is
// half-open [start, end): a window ending at 10:00 and one starting at 10:00 only touch.

/** Epoch milliseconds, UTC. */
export type Instant = number;

/** Half-open interval [start, end) of instants; valid only when start < end. */
export interface TimeWindow {
  start: Instant;
  end: Instant;
}

export const RELEASE_STRATEGIES = ['blue-green', 'canary', 'rolling', 'phased', 'big-bang'] as const;
export type ReleaseStrategy = (typeof RELEASE_STRATEGIES)[number];

/** ITIL change types: standard = pre-approved routine, normal = assessed, emergency = expedited. */
export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const RELEASE_STATUSES = [
  'planned',
  'approved',
  'in-progress',
  'deployed',
  'failed',
  'rolled-back',
] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/**
 * Change size as a 1–5 class rather than raw lines changed: lines are a poor proxy across config,
 * schema and code changes, and a class lets a person size a change that is not a diff at all.
 * Guide (see changeSizeClass): 1 trivial (< 50 lines or a config value), 2 small (< 200),
 * 3 medium (< 1,000), 4 large (< 5,000), 5 very large or a schema/data migration.
 */
export const CHANGE_SIZES = [1, 2, 3, 4, 5] as const;
export type ChangeSize = (typeof CHANGE_SIZES)[number];

/** Emergency changes may override a freeze; the justification keeps the decision visible. */
export interface ReleaseOverride {
  justification: string;
  by: string;
}

export interface Release {
  id: string;
  name: string;
  version: string;
  /** The services (graph nodes) the release touches. */
  nodeIds: string[];
  window: TimeWindow;
  strategy: ReleaseStrategy;
  changeType: ChangeType;
  changeSize: ChangeSize;
  rollbackRunbookId?: string;
  status: ReleaseStatus;
  ownerId: string;
  /** First commit of the change, when recorded; feeds lead time. */
  committedAt?: Instant;
  deployedAt?: Instant;
  failureDetectedAt?: Instant;
  restoredAt?: Instant;
  override?: ReleaseOverride;
}

/** A person's sign-off on a release. */
export interface Approval {
  approverId: string;
  at?: Instant;
}

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;
