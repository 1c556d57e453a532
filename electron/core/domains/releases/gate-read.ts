// Gathers everything the go/no-go gate weighs for one release from the store: approvals, risk,
// calendar conflicts, runbooks, DR tests, findings, error budgets, RTO inversions, canary, waivers.
import type { CanaryView, GateView } from '../../../../shared/contract';
import {
  assessRisk,
  errorBudget,
  evaluateGate,
  type GateInput,
  type Instant,
  type RiskInput,
  type RiskWeights,
} from '../../../../shared/domain/release';
import type { Workspace } from '../../app/workspace';
import { releaseConflicts } from './calendar-read';
import { latestCanary } from './canary-read';
import { releaseGraph } from './readiness-graph';
import { iso, toDomainRelease, toReleaseView } from './views';
import { releaseRiskInput } from './risk-assess';
import { slosOn, toSlo } from './slo-read';
import { pendingReleaseReviews } from '../incidents/pending-reviews';
import { expiredBiasTouching } from '../resilience/read';
import { acceptedExceptions } from '../../../../shared/domain/exceptions';

export function gateFor(ws: Workspace, releaseId: string, now: Instant): GateView {
  return gateWithInputs(ws, releaseId, now).view;
}

/** What the gate weighed, as plain values: an evidence pack records them for re-performance. */
export interface GateInputs {
  input: GateInput;
  riskInput: RiskInput;
  riskWeights: RiskWeights;
  /** The SLOs whose error budgets the gate weighed, in the order it weighed them. */
  sloIds: string[];
  /** The canary comparison that decided the canary check, with its samples. */
  canary: CanaryView | null;
}

/** The gate of one release, and the inputs it was evaluated from. */
export function gateWithInputs(
  ws: Workspace,
  releaseId: string,
  now: Instant,
): { view: GateView; inputs: GateInputs } {
  const store = ws.store;
  const row = store.releases.get(releaseId);
  const release = toDomainRelease(row);
  const graph = releaseGraph(ws);
  const riskInput = releaseRiskInput(store, graph, release, now);
  const riskWeights = store.releases.riskWeights();
  const risk = assessRisk(riskInput, { weights: riskWeights });
  const conflicts = releaseConflicts(store, graph, release);
  const canary = latestCanary(store, releaseId);
  const waivers = store.releases.waivers(releaseId);
  const slos = slosOn(store, release.nodeIds);
  const input: GateInput = {
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
    budgets: slos.map((r) => errorBudget(toSlo(r), store.slos.measurements(r.id), now)),
    rtoInversions: graph.inversions(),
    canary: canary?.result,
    pendingReviews: pendingReleaseReviews(store),
    waivers: waivers.map((w) => ({
      checkId: w.checkId,
      justification: w.justification,
      approverId: w.approver,
    })),
    expiredBias: expiredBiasTouching(store, release.nodeIds, new Date(now)),
    acceptedExceptions: acceptedExceptions(store.exceptions.list()),
    premortemModes: store.exceptions.failureModes(releaseId).length,
  };
  const result = evaluateGate(input);
  const view: GateView = {
    ...result,
    release: toReleaseView(store, row),
    risk,
    conflicts,
    waivers,
    canary,
    evaluatedAt: iso(now),
  };
  return {
    view,
    inputs: { input, riskInput, riskWeights, sloIds: slos.map((r) => r.id), canary },
  };
}
