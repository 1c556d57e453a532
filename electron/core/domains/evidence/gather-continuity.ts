// The runbooks, DR tests and findings an evidence pack shows, read inside the same transaction as
// the rest of the pack. Each runbook is shown at its approved version (the one people would run),
// else its latest draft; DR-test results are computed as of the pack's time, so the same data and
// the same --at give the same figures.
import { drTestDetail, overdue as overdueNodes } from '../drtests/read';
import { runbookDetail, runbookList } from '../runbooks/read';
import type { Workspace } from '../../app/workspace';
import type { ContinuityEvidence } from '../../reports/evidence-data';

/**
 * @param inScope the node ids the pack covers; null for the whole workspace. A runbook or test is
 * in scope when it touches one of them; findings follow their test.
 */
export function loadContinuity(
  ws: Workspace,
  at: Date,
  inScope: ReadonlySet<string> | null,
): ContinuityEvidence {
  const touches = (ids: string[]) => inScope === null || ids.some((id) => inScope.has(id));
  const runbooks = runbookList(ws)
    .filter((s) => touches(s.targetNodeIds))
    .map((s) => runbookDetail(ws, s.id, s.approved?.id));
  const drTests = ws.store.evidence
    .drTestIds()
    .map((id) => drTestDetail(ws, id, at.getTime()))
    .filter((t) => touches(t.plan.scopeNodeIds));
  const testsShown = new Set(drTests.map((t) => t.plan.id));
  const findings = ws.store.drtests
    .findings()
    .filter((f) => (f.testId === null ? inScope === null : testsShown.has(f.testId)));
  const overdue = overdueNodes(ws, at.getTime()).filter((o) => inScope === null || inScope.has(o.nodeId));
  const nodeNames = ws.store.releases.nodeNames();
  return { runbooks, drTests, findings, overdue, nodeNames };
}
