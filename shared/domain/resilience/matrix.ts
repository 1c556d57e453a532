// The scenario × service matrix, and what a remediation would change. Runs wherever it is called:
// the renderer calls it in a Web Worker (renderer/src/features/resilience/matrix.worker.ts), the
// evidence pack in the core.

import { buildGraph } from '../graph/build';
import type { GraphInput } from '../graph/types';
import { formatDuration } from '../../format/duration';
import { indexRunbooks } from './own-times';
import { runScenario, type PreparedModel } from './scenario';
import type {
  MatrixCell,
  RemediationChange,
  RemediationHint,
  ResilienceInput,
  RunbookSpec,
  ScenarioMatrix,
} from './types';

export function prepareModel(
  graph: GraphInput,
  runbooks: readonly RunbookSpec[],
  redundant: readonly string[] = [],
): PreparedModel & { problems: string[] } {
  const twins = new Set(redundant);
  // A redundant twin outside the scenario keeps the node up: it needs nothing that can fail.
  const input: GraphInput =
    twins.size === 0
      ? graph
      : { nodes: graph.nodes, edges: graph.edges.filter((e) => !(e.hard && twins.has(e.from))) };
  const g = buildGraph(input);
  const { byNode, problems } = indexRunbooks(runbooks);
  const immune = new Set<number>();
  for (const id of twins) {
    const v = g.indexOf.get(id);
    if (v !== undefined) immune.add(v);
  }
  return { g, runbooks, byNode, immune, problems };
}

export function scenarioMatrix(input: ResilienceInput): ScenarioMatrix {
  const model = prepareModel(input.graph, input.runbooks);
  return {
    runs: input.mc.runs,
    seed: input.mc.seed,
    scenarios: input.scenarios.map((sc) => {
      const out = runScenario(model, sc, input.services, input.mc);
      out.problems.push(...model.problems);
      return out;
    }),
  };
}

function applyStepChange(runbooks: readonly RunbookSpec[], change: RemediationChange): RunbookSpec[] {
  if (change.type !== 'step') return [...runbooks];
  return runbooks.map((rb) =>
    rb.id !== change.runbookId
      ? rb
      : {
          ...rb,
          steps: rb.steps.map((s) =>
            s.id !== change.stepId
              ? s
              : {
                  ...s,
                  minMinutes: change.minMinutes,
                  likelyMinutes: change.likelyMinutes,
                  maxMinutes: change.maxMinutes,
                },
          ),
        },
  );
}

/** One cell recomputed with the given changes (same seed, so the difference is the change's). */
export function recomputeCell(
  input: ResilienceInput,
  scenarioId: string,
  serviceId: string,
  changes: readonly RemediationChange[],
): MatrixCell {
  const scenario = input.scenarios.find((s) => s.id === scenarioId);
  const service = input.services.find((s) => s.id === serviceId);
  if (!scenario || !service) throw new RangeError('Unknown scenario or service.');
  let runbooks: readonly RunbookSpec[] = input.runbooks;
  for (const ch of changes) runbooks = applyStepChange(runbooks, ch);
  const redundant = changes.flatMap((c) => (c.type === 'redundant' ? [c.nodeId] : []));
  const model = prepareModel(input.graph, runbooks, redundant);
  return runScenario(model, scenario, [service], input.mc).cells[0]!;
}

/**
 * What a planner could try on a breach: a redundant twin for each node on the breaching path (root
 * cause first) and the slowest runbook step on it made twice as fast, each recomputed.
 */
export function remediationHints(input: ResilienceInput, cell: MatrixCell, limit = 4): RemediationHint[] {
  if (cell.status !== 'breach') return [];
  const changes: { change: RemediationChange; label: string }[] = [];
  // The footprint node itself (path[0]) is what the service is; twins are for what it stands on.
  for (const p of cell.path.slice(1).reverse())
    changes.push({
      change: { type: 'redundant', nodeId: p.nodeId },
      label: `A redundant pair for ${p.name} (a twin the scenario does not reach)`,
    });
  let slowest: {
    rb: RunbookSpec;
    stepId: string;
    title: string;
    likely: number;
    min: number;
    max: number;
  } | null = null;
  for (const p of cell.path) {
    const rb = input.runbooks.find((r) => r.id === p.runbookId);
    if (!rb) continue;
    for (const s of rb.steps)
      if (!slowest || s.likelyMinutes > slowest.likely)
        slowest = {
          rb,
          stepId: s.id,
          title: s.title,
          likely: s.likelyMinutes,
          min: s.minMinutes,
          max: s.maxMinutes,
        };
  }
  if (slowest && slowest.likely > 0) {
    const half = (x: number): number => Math.round(x / 2);
    changes.push({
      change: {
        type: 'step',
        runbookId: slowest.rb.id,
        stepId: slowest.stepId,
        minMinutes: half(slowest.min),
        likelyMinutes: half(slowest.likely),
        maxMinutes: half(slowest.max),
      },
      label: `Step "${slowest.title}" of ${slowest.rb.name} twice as fast (${formatDuration(slowest.likely)} → ${formatDuration(half(slowest.likely))} likely)`,
    });
  }
  const hints = changes.map(({ change, label }): RemediationHint => {
    const c = recomputeCell(input, cell.scenarioId, cell.serviceId, [change]);
    return {
      change,
      label,
      achievableMinutes: c.achievableMinutes,
      probability: c.probability,
      status: c.status,
    };
  });
  const ranked = hints
    .filter((h) => h.change.type === 'redundant')
    .sort(
      (a, b) =>
        (b.probability ?? 0) - (a.probability ?? 0) ||
        (a.achievableMinutes ?? 0) - (b.achievableMinutes ?? 0),
    )
    .slice(0, Math.max(1, limit - 1));
  // The faster step is always shown beside the twins: it is the cheaper change to try first.
  return [...ranked, ...hints.filter((h) => h.change.type === 'step')];
}
