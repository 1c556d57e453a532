// One scenario against every important business service. What goes down is the graph's failure
// propagation; what each service waits for is the graph's achievable recovery time (componentTimes on
// the condensation, so cycles are timed as one unit) over the failed part of the map, with each
// node's own time from its runbook. The Monte Carlo redraws the runbook steps and reruns that same
// critical-path recurrence per run, so P(within tolerance) and the likely-value answer share one model.

import { buildGraph } from '../graph/build';
import { condense } from '../graph/cycles';
import { componentTimes } from '../graph/recovery-time';
import type { CompiledGraph, GraphEdge, GraphInput, GraphNode } from '../graph/types';
import { formatDuration } from '../../format/duration';
import { Rng } from '../runbook/rng';
import { scenarioFailure } from './failure';
import { buildKernel, runKernel } from './kernel';
import { RunbookSampler, type NodeRunbook } from './own-times';
import type {
  MatrixCell,
  MonteCarloSettings,
  PathStep,
  RunbookSpec,
  ScenarioOutcome,
  ScenarioSpec,
  ServiceSpec,
} from './types';

export interface PreparedModel {
  g: CompiledGraph;
  runbooks: readonly RunbookSpec[];
  byNode: ReadonlyMap<string, NodeRunbook>;
  /** Nodes whose hard requirements are cut by a remediation (a redundant twin keeps them up). */
  immune: ReadonlySet<number>;
}

/**
 * The failed nodes a recovery has to wait for, from the services' failed footprint down: a failed
 * node waits for a requirement only when every member of it failed (a surviving member carries it).
 */
function recoverySubgraph(m: PreparedModel, failed: Uint8Array, starts: readonly number[]): GraphInput {
  const { g } = m;
  const seen = new Uint8Array(g.nodeCount);
  const stack = [...starts];
  for (const v of starts) seen[v] = 1;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const src = g.nodes[v]!;
    const rb = m.byNode.get(src.id);
    const node: GraphNode = { id: src.id, name: src.name, kind: src.kind };
    const own = rb ? rb.likelyMinutes : src.restoreMinutes;
    if (own !== undefined) node.restoreMinutes = own;
    if (src.provenMinutes !== undefined) node.provenMinutes = src.provenMinutes;
    nodes.push(node);
    for (let u = g.consumerUnitStart[v]!; u < g.consumerUnitStart[v + 1]!; u++) {
      let allFailed = true;
      for (let j = g.unitMemberStart[u]!; j < g.unitMemberStart[u + 1]!; j++)
        if (!failed[g.unitMembers[j]!]) allFailed = false;
      if (!allFailed) continue;
      for (let j = g.unitMemberStart[u]!; j < g.unitMemberStart[u + 1]!; j++) {
        const p = g.unitMembers[j]!;
        const e = g.edges[g.unitMemberEdge[j]!]!;
        edges.push(e);
        if (!seen[p]) {
          seen[p] = 1;
          stack.push(p);
        }
      }
    }
  }
  return { nodes, edges };
}

export function runScenario(
  m: PreparedModel,
  scenario: ScenarioSpec,
  services: readonly ServiceSpec[],
  mc: MonteCarloSettings,
): ScenarioOutcome {
  const { g } = m;
  const failure = scenarioFailure(g, scenario.failures, m.immune);
  const { failed } = failure;
  const down: number[][] = services.map((s) => {
    const out: number[] = [];
    for (const id of s.nodeIds) {
      const v = g.indexOf.get(id);
      if (v !== undefined && failed[v] && !out.includes(v)) out.push(v);
    }
    return out;
  });
  const starts = [...new Set(down.flat())];
  const sub = buildGraph(recoverySubgraph(m, failed, starts));
  const c = condense(sub);
  const det = componentTimes(sub, c);

  // Components whose time is random: a member restored by a runbook (not overridden by a
  // measurement), or a random component below. Others keep their exact likely-value time.
  const random = new Uint8Array(c.compCount);
  const usedRunbooks = new Set<number>();
  const compOwnRb: (NodeRunbook | undefined)[] = new Array<NodeRunbook | undefined>(sub.nodeCount);
  for (let k = 0; k < c.compCount; k++) {
    const single = c.start[k + 1]! - c.start[k]! === 1 && c.cycleId[k] === undefined;
    const v0 = c.members[c.start[k]!]!;
    if (single && !Number.isNaN(sub.measuredMinutes[v0]!)) continue; // a measurement is the whole answer
    let r = 0;
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const v = c.members[i]!;
      const rb = Number.isNaN(sub.measuredMinutes[v]!) ? m.byNode.get(sub.nodes[v]!.id) : undefined;
      if (rb) {
        compOwnRb[v] = rb;
        usedRunbooks.add(rb.runbookIndex);
        r = 1;
      }
      for (let u = sub.consumerUnitStart[v]!; u < sub.consumerUnitStart[v + 1]!; u++)
        for (let j = sub.unitMemberStart[u]!; j < sub.unitMemberStart[u + 1]!; j++) {
          const mk = c.comp[sub.unitMembers[j]!]!;
          if (mk !== k && random[mk]) r = 1;
        }
    }
    random[k] = r;
  }
  const randomComps: number[] = [];
  for (let k = 0; k < c.compCount; k++) if (random[k]) randomComps.push(k);

  const tolerance = services.map((s) => s.toleranceMinutes);
  const subDown = down.map((list) => list.map((v) => sub.indexOf.get(g.nodes[v]!.id)!));
  const within = new Float64Array(services.length);
  const sums = new Float64Array(services.length);
  const runs = mc.runs;
  const time = Float64Array.from(det.time);
  if (randomComps.length > 0) {
    const sampler = new RunbookSampler(
      m.runbooks,
      [...usedRunbooks].sort((a, b) => a - b),
    );
    const rng = new Rng(mc.seed);
    // Distinct components per service, and its tolerance as a number (NaN: none, never within).
    const svcComps = subDown.map((list) => Int32Array.from(new Set(list.map((v) => c.comp[v]!))));
    const tolLimit = Float64Array.from(tolerance, (t) => t ?? NaN);
    const kernel = buildKernel(sub, c, random, det.time, compOwnRb, sampler.offset);
    for (let r = 0; r < runs; r++) {
      sampler.sample(rng);
      runKernel(kernel, sampler.finish, time);
      for (let s = 0; s < svcComps.length; s++) {
        const list = svcComps[s]!;
        if (list.length === 0) continue;
        let t = 0;
        for (let i = 0; i < list.length; i++) if (time[list[i]!]! > t) t = time[list[i]!]!;
        sums[s]! += t;
        if (t <= tolLimit[s]!) within[s]!++;
      }
    }
  }

  const cells = services.map((svc, s): MatrixCell => {
    const list = subDown[s]!;
    const tol = svc.toleranceMinutes;
    const base = { scenarioId: scenario.id, serviceId: svc.id, toleranceMinutes: tol };
    if (list.length === 0) {
      return {
        ...base,
        status: 'unaffected',
        downNodeIds: [],
        achievableMinutes: null,
        probability: tol === null ? null : 1,
        standardError: tol === null ? null : 0,
        meanMinutes: null,
        path: [],
        explanation: `${scenario.name} does not take down anything ${svc.name} needs.`,
      };
    }
    let worst = list[0]!;
    for (const v of list) if (det.time[c.comp[v]!]! > det.time[c.comp[worst]!]!) worst = v;
    const achievable = det.time[c.comp[worst]!]!;
    const path = pathFrom(sub, c.comp, det.next, worst, m);
    const stochastic = randomComps.length > 0 && list.some((v) => random[c.comp[v]!]);
    let probability: number | null = null;
    let mean = achievable;
    if (stochastic) mean = sums[s]! / runs;
    if (tol !== null) {
      probability = stochastic ? within[s]! / runs : achievable <= tol ? 1 : 0;
    }
    const standardError =
      probability === null ? null : stochastic ? Math.sqrt((probability * (1 - probability)) / runs) : 0;
    const status = tol === null ? 'no-tolerance' : achievable <= tol ? 'within' : 'breach';
    const names = path.map((p) => p.name).join(' → ');
    const pct = probability === null ? '' : ` P(within tolerance) = ${(probability * 100).toFixed(1)} %.`;
    const explanation =
      tol === null
        ? `${svc.name} goes down and can be back in ${formatDuration(achievable)} (critical path ${names}); it has no impact tolerance to compare with.`
        : status === 'within'
          ? `${svc.name} goes down and can be back in ${formatDuration(achievable)}, within its tolerance of ${formatDuration(tol)} (critical path ${names}).${pct}`
          : `${svc.name} goes down and can be back only in ${formatDuration(achievable)}, ${formatDuration(achievable - tol)} beyond its tolerance of ${formatDuration(tol)} (breaching path ${names}).${pct}`;
    return {
      ...base,
      status,
      downNodeIds: list.map((v) => sub.nodes[v]!.id),
      achievableMinutes: achievable,
      probability,
      standardError,
      meanMinutes: mean,
      path,
      explanation,
    };
  });

  return {
    scenarioId: scenario.id,
    failedNodeIds: failure.order.map((v) => g.nodes[v]!.id),
    originNodeIds: failure.origins.map((v) => g.nodes[v]!.id),
    problems: failure.problems,
    cells,
  };
}

function pathFrom(
  sub: CompiledGraph,
  comp: Int32Array,
  next: Int32Array,
  start: number,
  m: PreparedModel,
): PathStep[] {
  const out: PathStep[] = [];
  for (let w = start; w >= 0 && out.length < 100; w = next[comp[w]!]!) {
    const node = sub.nodes[w]!;
    const measured = sub.measuredMinutes[w]!;
    const rb = m.byNode.get(node.id);
    const step: PathStep = {
      nodeId: node.id,
      name: node.name,
      ownMinutes: Number.isNaN(measured) ? sub.ownMinutes[w]! : measured,
      source: !Number.isNaN(measured)
        ? 'proven'
        : rb
          ? 'runbook'
          : node.restoreMinutes !== undefined
            ? 'estimate'
            : 'none',
    };
    if (rb && Number.isNaN(measured)) step.runbookId = m.runbooks[rb.runbookIndex]!.id;
    out.push(step);
  }
  return out;
}
