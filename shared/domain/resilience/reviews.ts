// Reviews that expire (issue 18 item 7): a record reviewed on a date is due again after its interval;
// a release that changes something a critical process depends on calls its BIA and runbooks back
// for review even before then.

export const DEFAULT_REVIEW_INTERVAL_DAYS = 365;
/** "Expires soon" means due within this many days. */
const EXPIRES_SOON_DAYS = 30;
const DAY = 86_400_000;

export type ReviewState = 'current' | 'expires-soon' | 'overdue' | 'never-reviewed' | 're-review';

export interface ReviewStatus {
  state: ReviewState;
  /** ISO date the next review is due; null when never reviewed. */
  dueAt: string | null;
  /** Days until due (negative when overdue); null when never reviewed. */
  daysLeft: number | null;
}

export function reviewStatus(
  lastReviewedAt: string | null,
  intervalDays: number,
  now: Date,
  soonDays = EXPIRES_SOON_DAYS,
): ReviewStatus {
  if (!lastReviewedAt) return { state: 'never-reviewed', dueAt: null, daysLeft: null };
  const due = new Date(Date.parse(lastReviewedAt) + intervalDays * DAY);
  const daysLeft = Math.floor((due.getTime() - now.getTime()) / DAY);
  const state = due.getTime() < now.getTime() ? 'overdue' : daysLeft <= soonDays ? 'expires-soon' : 'current';
  return { state, dueAt: due.toISOString(), daysLeft };
}

export interface ReleaseTouch {
  releaseId: string;
  name: string;
  /** When the change happened (or is planned): ISO. */
  at: string;
  nodeIds: readonly string[];
}

/**
 * Releases that changed a dependency of a process after its last review: a substantive change, so
 * the BIA (and the runbooks that recover the process) are due for review now. `dependsOn(p)` is the
 * set of node ids process p needs (its hard closure).
 */
export function releasesSinceReview(
  lastReviewedAt: string | null,
  dependencies: ReadonlySet<string>,
  releases: readonly ReleaseTouch[],
): ReleaseTouch[] {
  const since = lastReviewedAt ? Date.parse(lastReviewedAt) : -Infinity;
  return releases.filter((r) => Date.parse(r.at) > since && r.nodeIds.some((id) => dependencies.has(id)));
}
