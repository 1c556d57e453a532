// The runbooks, DR tests and findings an evidence pack shows, read inside the same transaction as
// the rest of the pack. Each runbook is shown at its approved version (the one people would run),
// else its latest draft; DR-test results are computed as of the pack's time, so the same data and
// the same --at give the same figures.
import type Database from 'better-sqlite3';
import type { DrTestDetail, FindingView, OverdueNode, RunbookDetail } from '../../../shared/contract';
import { findingsOf, loadDrTestDetail, overdueList } from '../domains/drtests/read';
import { listRunbooks, loadRunbookDetail } from '../domains/runbooks/read';

export interface ContinuityEvidence {
  runbooks: RunbookDetail[];
  drTests: DrTestDetail[];
  findings: FindingView[];
  overdue: OverdueNode[];
  /** Node id → name, for printing targets and scopes. */
  nodeNames: Map<string, string>;
}

/**
 * @param inScope the node ids the pack covers; null for the whole workspace. A runbook or test is
 * in scope when it touches one of them; findings follow their test.
 */
export function loadContinuity(
  db: Database.Database,
  at: Date,
  inScope: ReadonlySet<string> | null,
): ContinuityEvidence {
  const touches = (ids: string[]) => inScope === null || ids.some((id) => inScope.has(id));
  const runbooks = listRunbooks(db)
    .filter((s) => touches(s.targetNodeIds))
    .map((s) => loadRunbookDetail(db, s.id, s.approved?.id));
  const testIds = db
    .prepare('SELECT id FROM dr_test WHERE retired_at IS NULL ORDER BY scheduled_at, name')
    .pluck()
    .all() as string[];
  const drTests = testIds
    .map((id) => loadDrTestDetail(db, id, at.getTime()))
    .filter((t) => touches(t.plan.scopeNodeIds));
  const testsShown = new Set(drTests.map((t) => t.plan.id));
  const findings = findingsOf(db, '').filter((f) =>
    f.testId === null ? inScope === null : testsShown.has(f.testId),
  );
  const overdue = overdueList(db, at.getTime()).filter((o) => inScope === null || inScope.has(o.nodeId));
  const nodeNames = new Map(
    (db.prepare('SELECT id, name FROM node').all() as { id: string; name: string }[]).map((n) => [
      n.id,
      n.name,
    ]),
  );
  return { runbooks, drTests, findings, overdue, nodeNames };
}
