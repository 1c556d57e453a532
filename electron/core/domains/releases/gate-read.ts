// Gathers everything the go/no-go gate weighs for one release from the store: approvals, risk,
// calendar conflicts, runbooks, DR tests, findings, error budgets, RTO inversions, canary, waivers.
import type { GateView } from '../../../../shared/contract';
import { evaluateGate, type Instant } from '../../../../shared/domain/release';
import type { Workspace } from '../../app/workspace';
import { releaseConflicts } from './calendar-read';
import { latestCanary } from './canary-read';
import { releaseGraph } from './readiness-graph';
import { iso, toDomainRelease, toReleaseView } from './views';
import { assessReleaseRisk } from './risk-assess';
import { budgetsFor } from './slo-read';

export function gateFor(ws: Workspace, releaseId: string, now: Instant): GateView {
  const store = ws.store;
  const row = store.releases.get(releaseId);
  const release = toDomainRelease(row);
  const graph = releaseGraph(ws);
  const risk = assessReleaseRisk(store, graph, release, now);
  const conflicts = releaseConflicts(store, graph, release);
  const canary = latestCanary(store, releaseId);
  const waivers = store.releases.waivers(releaseId);
  const result = evaluateGate({
    release,
    now,
    approvals: store.releases.approvals(releaseId).map((a) => ({ approverId: a.approver, at: a.approvedAt })),
    risk: { level: risk.level, score: risk.score },
    conflicts,
    runbooks: store.releases.gateRunbooks(),
    nodes: graph.gateNodes,
    tiers: graph.tiers,
    drTests: store.releases.passedDrTests(),
    findings: store.releases.gateFindings(),
    budgets: budgetsFor(store, release.nodeIds, now),
    rtoInversions: graph.inversions(),
    canary: canary?.result,
    waivers: waivers.map((w) => ({
      checkId: w.checkId,
      justification: w.justification,
      approverId: w.approver,
    })),
  });
  return {
    ...result,
    release: toReleaseView(store, row),
    risk,
    conflicts,
    waivers,
    canary,
    evaluatedAt: iso(now),
  };
}
