// Reading DR tests: a test with its runbooks, the nodes in scope and their objectives, the run state
// derived from the recorded events, and the result so far; and the nodes whose tier's test frequency
// has lapsed since they last passed.
import type { DrTestDetail, OverdueNode } from '../../../../shared/contract';
import {
  computeDrTestResult,
  deriveRunState,
  overdueNodes,
  toExecution,
  type DrTestExecution,
  type DrTestResult,
  type RunEvent,
  type RunState,
} from '../../../../shared/domain/drtest';
import type { CompiledGraph } from '../../../../shared/domain/graph';
import type { RunbookStep } from '../../../../shared/domain/runbook/types';
import { deriveEveryProcess } from '../bia/read-all';
import { compiledWorkspaceGraph } from '../graph/read';
import { domainSteps } from '../../store/runbooks';
import type { Reader } from '../runbooks/read';

/** The test as of `now` (epoch ms): a running step's elapsed time counts up to it. */
export function drTestDetail(r: Reader, testId: string, now: number): DrTestDetail {
  const plan = r.store.drtests.plan(testId);
  const runbooks = plan.runbookVersionIds.map((v) => r.store.runbooks.versionView(v));
  // Step ids are the stored steps' ids: unique across runbooks, and what run events name.
  const steps = runbooks.flatMap((v) => domainSteps(v.steps, (s) => s.id, true));
  const { graph } = compiledWorkspaceGraph(r.store);
  const events = r.store.drtests.events(testId);
  const { nodes, state, result } = drTestOutcome(graph, plan.scopeNodeIds, steps, events, plan.dataLoss, now);
  return {
    plan,
    runbooks,
    nodes,
    events,
    state,
    result,
    findings: r.store.drtests.findings({ testId }),
  };
}

/**
 * The run state and result of a test as of `now`, from its steps, recorded events and the nodes'
 * objectives on the graph: the app's reads and `verify --recompute` both call this.
 */
export function drTestOutcome(
  graph: CompiledGraph,
  scopeNodeIds: readonly string[],
  steps: readonly RunbookStep[],
  events: readonly RunEvent[],
  dataLoss: DrTestExecution['dataLoss'],
  now: number,
): { nodes: DrTestDetail['nodes']; state: RunState; result: DrTestResult | null } {
  const nodes = scopeNodeIds.map((id) => {
    const n = graph.nodes[graph.indexOf.get(id) ?? -1];
    return { id, name: n?.name ?? id, rtoMinutes: n?.rtoMinutes ?? null, rpoMinutes: n?.rpoMinutes ?? null };
  });
  const state = deriveRunState(events, now);
  const execution = toExecution(state, dataLoss);
  const objectives = nodes.flatMap((n) =>
    n.rtoMinutes === null
      ? []
      : [{ nodeId: n.id, rtoMinutes: n.rtoMinutes, rpoMinutes: n.rpoMinutes ?? Number.POSITIVE_INFINITY }],
  );
  const result = execution ? computeDrTestResult(steps, execution, objectives) : null;
  return { nodes, state, result };
}

/** Nodes with a tier whose test frequency has lapsed since their last pass (or that never passed). */
export function overdue(r: Reader, now: number): OverdueNode[] {
  const all = deriveEveryProcess(r.store);
  const { graph } = compiledWorkspaceGraph(r.store);
  const tierById = new Map(all.registers.tiers.map((t) => [t.id, t]));
  const processTier = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier]));
  const resourceTier = new Map(
    r.store.drtests.resourceTiers().map((n) => [n.id, tierById.get(n.tierId) ?? null]),
  );
  const lastPass = r.store.drtests.lastPassByNode();
  const coverage = graph.nodes.flatMap((n) => {
    const tier = n.kind === 'process' ? processTier.get(n.id) : resourceTier.get(n.id);
    return tier
      ? [
          {
            nodeId: n.id,
            tier,
            lastPassedAt: lastPass.get(n.id) ?? null,
            name: n.name,
            kind: n.kind,
            tierName: tier.name,
          },
        ]
      : [];
  });
  const meta = new Map(coverage.map((c) => [c.nodeId, c]));
  return overdueNodes(coverage, now).map((s) => ({
    nodeId: s.nodeId,
    name: meta.get(s.nodeId)!.name,
    kind: meta.get(s.nodeId)!.kind,
    tierName: meta.get(s.nodeId)!.tierName,
    testFrequencyDays: s.testFrequencyDays,
    lastPassedAt: s.lastPassedAt === undefined ? null : new Date(s.lastPassedAt).toISOString(),
    daysOverdue: s.daysOverdue,
  }));
}
