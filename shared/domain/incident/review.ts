// Reviews: a blameless post-incident review, or a post-implementation review of a failed or
// rolled-back release. A major incident must have its review within a set number of days of its
// restoration (overdue while it has none); a failed release must have its review before the next release on its services passes
// the gate.
import type { EpochMs } from '../drtest/types';

export const REVIEW_SUBJECTS = ['incident', 'release'] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];

export const DEFAULT_REVIEW_DUE_DAYS = 5;
const DAY_MS = 86_400_000;

/** A release needs a post-implementation review once it was marked failed or rolled back. */
export function releaseNeedsReview(status: string): boolean {
  return status === 'failed' || status === 'rolled-back';
}

/** Why a release cannot have a post-implementation review, or null when it can. */
export function releaseReviewProblem(release: { name: string; status: string }): string | null {
  return releaseNeedsReview(release.status)
    ? null
    : `Release "${release.name}" did not fail (its status is ${release.status}): a post-implementation review is for a failed or rolled-back release.`;
}

export interface ReviewDue {
  dueAt: EpochMs;
  overdue: boolean;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
}

/**
 * When a major incident's review is due: `days` after the service was restored (or after it started,
 * while it is still open). Overdue when no completed review exists by then.
 */
export function reviewDue(
  incident: { startedAt: EpochMs; restoredAt: EpochMs | null },
  reviewCompletedAt: EpochMs | null,
  days: number,
  now: EpochMs,
): ReviewDue {
  const dueAt = (incident.restoredAt ?? incident.startedAt) + days * DAY_MS;
  const overdue = reviewCompletedAt === null && now > dueAt;
  return { dueAt, overdue, daysOverdue: overdue ? Math.floor((now - dueAt) / DAY_MS) : 0 };
}
