// The release-readiness evidence of a pack, read inside the pack's transaction and evaluated as of
// the pack's time (gates, error budgets, delivery metrics), so the same data and --at give the same
// figures.
import { DAY_MS, deliveryMetrics, monthlyTrend } from '../../../../shared/domain/release';
import type { Workspace } from '../../app/workspace';
import { DELIVERY_DAYS, type ReleaseEvidence } from '../../reports/evidence-data';
import { allConflicts } from '../releases/calendar-read';
import { gateWithInputs, type GateInputs } from '../releases/gate-read';
import { releaseGraph } from '../releases/readiness-graph';
import { toDomainRelease, toReleaseView } from '../releases/views';
import { sloView } from '../releases/slo-read';

const ACTIVE = new Set(['planned', 'approved', 'in-progress']);

/** @param inScope node ids the pack covers, null for all: a release is in scope when it touches one. */
export function loadReleaseEvidence(
  ws: Workspace,
  at: Date,
  inScope: ReadonlySet<string> | null,
): { evidence: ReleaseEvidence; gateInputs: GateInputs[] } {
  const store = ws.store;
  const now = at.getTime();
  const names = store.releases.nodeNames();
  const touches = (ids: readonly string[]) => inScope === null || ids.some((id) => inScope.has(id));
  const rows = store.releases.list().filter((r) => touches(r.nodeIds));
  const releases = rows.map((r) => toReleaseView(store, r, names));
  const shown = new Set(rows.map((r) => r.id));
  const period = { start: now - DELIVERY_DAYS * DAY_MS, end: now };
  const domain = rows.map(toDomainRelease);
  const gates = rows.filter((r) => ACTIVE.has(r.status)).map((r) => gateWithInputs(ws, r.id, now));
  const evidence: ReleaseEvidence = {
    releases,
    gates: gates.map((g) => g.view),
    conflicts: allConflicts(store, releaseGraph(ws)).filter((c) => shown.has(c.releaseId)),
    slos: store.slos
      .list()
      .filter((s) => touches([s.nodeId]))
      .map((s) => sloView(store, s, now, names)),
    delivery: { ...deliveryMetrics(domain, period), monthly: monthlyTrend(domain, period) },
  };
  return { evidence, gateInputs: gates.map((g) => g.inputs) };
}
