// Reruns the domain code on a pack's inputs.json: the same functions, composed the same way, that the
// app called when it computed the pack's figures (BIA → graph → runbooks, DR tests, gates). Nothing
// here computes a figure itself.
import type { RecomputeInputs } from '../../../shared/contract/recompute-inputs';
import { deriveAll, type BiaObjectives } from '../../../shared/domain/bia';
import type { DrTestResult } from '../../../shared/domain/drtest';
import { analyze, buildGraph, type CompiledGraph, type GraphAnalysis } from '../../../shared/domain/graph';
import {
  analyseCanary,
  assessRisk,
  burnRates,
  errorBudget,
  evaluateGate,
  type BurnRate,
  type CanaryResult,
  type ErrorBudget,
  type GateResult,
  type RiskAssessment,
} from '../../../shared/domain/release';
import { validateRunbook } from '../../../shared/domain/runbook';
import type { RunbookTiming } from '../../../shared/contract';
import { prepareFromRegisters } from '../domains/bia/read';
import { processObjectives } from '../domains/bia/read-all';
import { drTestOutcome } from '../domains/drtests/read';
import { graphInputFrom } from '../domains/graph/input';
import { gateInversions, gateNodes, nodeTierLookup } from '../domains/releases/readiness-graph';
import { runbookTiming } from '../domains/runbooks/read';

export interface Recomputed {
  /** By process id. */
  objectives: Map<string, BiaObjectives>;
  graph: CompiledGraph;
  analysis: GraphAnalysis;
  /** By runbook version id; null when the runbook cannot be timed (invalid or empty). */
  runbooks: Map<string, RunbookTiming | null>;
  /** By DR test id: the nodes in scope (with their names on the graph) and the result. */
  drTests: Map<string, { nodes: { id: string; name: string }[]; result: DrTestResult | null }>;
  /** By SLO id. */
  slos: Map<string, { budget: ErrorBudget; burn: { short: BurnRate; long: BurnRate } }>;
  /** By canary comparison id. */
  canaries: Map<string, CanaryResult>;
  /** By release id. */
  gates: Map<string, { result: GateResult; risk: RiskAssessment; canary: CanaryResult | null }>;
}

export function rerun(inputs: RecomputeInputs): Recomputed {
  const now = Date.parse(inputs.at);
  const { bia } = inputs;

  const derived = deriveAll(bia.processes, prepareFromRegisters(bia));
  const all = { processes: bia.processes, derived };
  const graph = buildGraph(
    graphInputFrom(inputs.graph.nodes, inputs.graph.edges, processObjectives(all), bia.tiers),
  );

  const runbooks = new Map(
    inputs.runbooks.versions.map((v) => {
      const ok = v.steps.length > 0 && validateRunbook(v.steps).ok;
      return [v.id, ok ? runbookTiming(graph, v.targetNodeIds, v.steps, inputs.runbooks.monteCarlo) : null];
    }),
  );

  const drTests = new Map(
    inputs.drTests.map((t) => [
      t.id,
      drTestOutcome(graph, t.scopeNodeIds, t.steps, t.events, t.dataLoss, now),
    ]),
  );

  const slos = new Map(
    inputs.slos.list.map((s) => [
      s.id,
      {
        budget: errorBudget(s, s.measurements, now),
        burn: burnRates(s, s.measurements, now, inputs.slos.burnWindows),
      },
    ]),
  );

  const canaries = new Map(
    inputs.canaries.map((c) => [
      c.id,
      analyseCanary(c.metrics, { passThreshold: c.passThreshold, marginalThreshold: c.marginalThreshold }),
    ]),
  );

  const tierIdOf = nodeTierLookup(all, new Map(inputs.graph.nodes.map((n) => [n.id, n.tierId ?? undefined])));
  const nodes = gateNodes(graph, tierIdOf);
  const inversions = gateInversions(graph);
  const gates = new Map(
    inputs.gates.map((g) => {
      const risk = assessRisk(
        { ...g.risk, touchedTierRanks: g.risk.touchedTierRanks.map((r) => r ?? undefined) },
        { weights: g.riskWeights },
      );
      const canary = g.canaryId === null ? null : (canaries.get(g.canaryId) ?? null);
      const result = evaluateGate({
        release: g.release,
        now,
        approvals: g.approvals,
        risk: { level: risk.level, score: risk.score },
        conflicts: g.conflicts,
        runbooks: g.runbooks,
        nodes,
        tiers: bia.tiers,
        drTests: g.drTests,
        findings: g.findings,
        budgets: g.sloIds.flatMap((id) => slos.get(id)?.budget ?? []),
        rtoInversions: inversions,
        canary: canary ?? undefined,
        waivers: g.waivers,
        pendingReviews: g.pendingReviews,
        ...(g.expiredBias ? { expiredBias: g.expiredBias } : {}),
        acceptedExceptions: g.acceptedExceptions,
        premortemModes: g.premortemModes,
      });
      return [g.id, { result, risk, canary }];
    }),
  );

  return {
    objectives: new Map(bia.processes.map((p, i) => [p.id, derived[i]!])),
    graph,
    analysis: analyze(graph),
    runbooks,
    drTests,
    slos,
    canaries,
    gates,
  };
}
