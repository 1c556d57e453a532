// What a scenario takes down: its selectors resolved to origin nodes, then the graph's own failure
// propagation (redundancy groups included) from shared/domain/graph.

import { createPropagator } from '../graph/propagation';
import type { CompiledGraph } from '../graph/types';
import type { FailureSelector } from './types';

export interface ScenarioFailure {
  origins: number[];
  /** failed[v] = 1 when node v is down in the scenario. */
  failed: Uint8Array;
  /** Failed nodes in failure order, origins first. */
  order: number[];
  problems: string[];
}

/** Resolves selectors to origin indices; `immune` nodes (a remediation's redundant twin) never fail. */
export function resolveOrigins(
  g: CompiledGraph,
  failures: readonly FailureSelector[],
  immune: ReadonlySet<number> = new Set(),
): { origins: number[]; problems: string[] } {
  const origins = new Set<number>();
  const problems: string[] = [];
  for (const f of failures) {
    if (f.type === 'kind') {
      let hit = 0;
      for (let v = 0; v < g.nodeCount; v++)
        if (g.nodes[v]!.kind === f.kind) {
          origins.add(v);
          hit++;
        }
      if (hit === 0)
        problems.push(`No node of kind "${f.kind}" is on the map, so that failure takes nothing down.`);
      continue;
    }
    const v = g.indexOf.get(f.nodeId);
    if (v === undefined) {
      problems.push(`Node "${f.nodeId}" is not on the map (retired or unknown); that failure is ignored.`);
      continue;
    }
    origins.add(v);
    if (f.type === 'all-of') {
      // Every direct consumer, soft edges and redundancy groups included: the provider fails as a whole.
      for (const e of g.edges) if (e.to === f.nodeId) origins.add(g.indexOf.get(e.from)!);
    }
  }
  for (const v of immune) origins.delete(v);
  return { origins: [...origins].sort((a, b) => a - b), problems };
}

export function scenarioFailure(
  g: CompiledGraph,
  failures: readonly FailureSelector[],
  immune: ReadonlySet<number> = new Set(),
): ScenarioFailure {
  const { origins, problems } = resolveOrigins(g, failures, immune);
  const prop = createPropagator(g);
  const count = prop.run(origins);
  const failed = new Uint8Array(g.nodeCount);
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = prop.queue[i]!;
    failed[v] = 1;
    order.push(v);
  }
  return { origins, failed, order, problems };
}
