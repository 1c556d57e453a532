// The filters a dashboard figure opens a list with, as plain predicates over the rows each area's
// list method returns. The dashboard counts with them on the Node side and the areas filter their
// lists with them in the renderer, so a number and the list it opens cannot disagree.
import type { ObjectivesConflict, ObjectivesRow } from './bia-types';
import type { BiaCoverage } from './dashboard-types';
import type { ReleaseView } from './release-types';
import type { DrTestPlan, FindingView, OverdueNode, RunbookListRow } from './runbook-types';
import type { RecoveryTime } from '../domain/graph/types';

export type ListQuery = Readonly<Record<string, string | undefined>>;

const NO_DEPARTMENT = 'No department';

export function departmentOf(row: Pick<ObjectivesRow, 'department'>): string {
  return row.department || NO_DEPARTMENT;
}

/** Missing: still a draft with not one rating; a draft has been started. */
function biaCoverage(row: Pick<ObjectivesRow, 'status' | 'worstSeverityByBucket'>): BiaCoverage {
  if (row.status !== 'draft') return row.status;
  return row.worstSeverityByBucket.every((s) => s === null) ? 'missing' : 'draft';
}

const COVERAGE_WORDS: Record<BiaCoverage, string> = {
  approved: 'approved BIAs',
  in_review: 'BIAs in review',
  draft: 'draft BIAs',
  missing: 'processes without a BIA',
};

type Predicate<T> = (row: T) => boolean;

/** Null when the query holds no filter for that list. */
export function processFilter(q: ListQuery): Predicate<ObjectivesRow> | null {
  const coverage = q.coverage;
  const dept = q.department;
  if (!coverage && !dept) return null;
  return (r) => (!coverage || biaCoverage(r) === coverage) && (!dept || departmentOf(r) === dept);
}

export function runbookFilter(q: ListQuery): Predicate<RunbookListRow> | null {
  return q.status ? (r) => r.latest.status === q.status : null;
}

/** A planned release nobody has approved yet waits for a signature. */
export function needsApproval(r: Pick<ReleaseView, 'status' | 'approvals'>): boolean {
  return r.status === 'planned' && r.approvals.length === 0;
}

/** Releases whose window overlaps [from, to), or that wait for approval. */
export function releaseFilter(q: ListQuery): Predicate<ReleaseView> | null {
  const { from, to, approval } = q;
  if (approval === 'needed') return needsApproval;
  if (!from || !to) return null;
  return (r) => r.windowEnd >= from && r.windowStart < to;
}

/** Planned tests scheduled in [from, to). */
export function drTestFilter(q: ListQuery): Predicate<DrTestPlan> | null {
  const { scheduledFrom: from, scheduledTo: to } = q;
  if (!from || !to) return null;
  return (t) =>
    t.status === 'planned' && t.scheduledAt !== null && t.scheduledAt >= from && t.scheduledAt < to;
}

export function overdueFilter(q: ListQuery): Predicate<OverdueNode> | null {
  if (!q.overdue) return null;
  return q.overdue === 'all' ? () => true : (n) => n.tierName === q.overdue;
}

/** Open findings (the list method's openOnly), by severity and by when they were raised. */
export function findingFilter(q: ListQuery): Predicate<FindingView> | null {
  if (q.findings !== 'open') return null;
  const { severity, raisedAfter, raisedBefore } = q;
  return (f) =>
    f.status !== 'closed' &&
    (!severity || f.severity === severity) &&
    (!raisedAfter || f.createdAt >= raisedAfter) &&
    (!raisedBefore || f.createdAt < raisedBefore);
}

/** Objective conflicts (a process's own figures) or RTO inversions (along the graph); errors only. */
/** Objectives' conflict code for a node whose achievable recovery time exceeds its RTO (a recovery gap). */
export const CANNOT_MEET_RTO = 'cannot-meet-rto';

export function conflictFilter(q: ListQuery): Predicate<ObjectivesConflict> | null {
  if (q.conflicts === 'objectives')
    return (c) => c.severity === 'error' && c.code !== 'rto-inversion' && c.code !== CANNOT_MEET_RTO;
  if (q.conflicts === 'inversions') return (c) => c.code === 'rto-inversion';
  return null;
}

/** Nodes whose achievable recovery time (critical path) exceeds their RTO. */
export function gapFilter(q: ListQuery): Predicate<RecoveryTime> | null {
  return q.conflicts === 'gaps' ? (r) => (r.gapMinutes ?? 0) > 0 : null;
}

const day = (iso: string | undefined) => iso?.slice(0, 10) ?? '…';

/** The banner over a filtered list: what it shows, in words. */
export function describeFilter(q: ListQuery): string | null {
  const parts: string[] = [];
  if (q.coverage) parts.push(COVERAGE_WORDS[q.coverage as BiaCoverage] ?? q.coverage);
  if (q.department) parts.push(`in ${q.department}`);
  if (q.status === 'in_review') parts.push('runbooks whose latest version is in review');
  if (q.approval === 'needed') parts.push('planned releases with no approval yet');
  if (q.from && q.to) parts.push(`releases with a window from ${day(q.from)} to ${day(q.to)}`);
  if (q.scheduledFrom && q.scheduledTo)
    parts.push(`planned DR tests from ${day(q.scheduledFrom)} to ${day(q.scheduledTo)}`);
  if (q.overdue) parts.push(q.overdue === 'all' ? 'nodes overdue for a DR test' : `${q.overdue} overdue`);
  if (q.findings === 'open') {
    parts.push(`open ${q.severity ?? ''} findings`.replace(/\s+/g, ' '));
    if (q.raisedAfter || q.raisedBefore)
      parts.push(
        `raised ${q.raisedAfter ? `after ${day(q.raisedAfter)}` : ''} ${q.raisedBefore ? `before ${day(q.raisedBefore)}` : ''}`.trim(),
      );
  }
  if (q.conflicts === 'objectives') parts.push('objective conflicts');
  if (q.conflicts === 'inversions') parts.push('RTO inversions');
  if (q.conflicts === 'gaps') parts.push('nodes that cannot meet their RTO along the critical path');
  return parts.length > 0 ? parts.join(' ') : null;
}
