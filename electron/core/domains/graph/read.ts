// The dependency map: processes and resources with their effective RTOs, the whole analysis of
// shared/domain/graph, and a layered layout computed here so the UI and the PDF draw the same map.
import type { DependencyMap, MapNode } from '../../../../shared/contract';
import { analyze, buildGraph, type CompiledGraph } from '../../../../shared/domain/graph';
import { layoutGraph } from '../../../../shared/domain/graph/layout/layout';
import type { Store } from '../../store';
import { deriveEveryProcess, processObjectives } from '../bia/read-all';
import { loadGraphInput } from './input';

export const NODE_BOX = { width: 180, height: 44 };

/** `source`: the store (a raw connection is accepted while other services move to the store). */
export function compiledWorkspaceGraph(store: Store): {
  graph: CompiledGraph;
  all: ReturnType<typeof deriveEveryProcess>;
} {
  const all = deriveEveryProcess(store);
  return { graph: buildGraph(loadGraphInput(store, processObjectives(all), all.registers.tiers)), all };
}

/** `source`: the store (a raw connection is accepted while other services move to the store). */
export function dependencyMap(store: Store): DependencyMap {
  const { graph, all } = compiledWorkspaceGraph(store);
  const tierById = new Map(all.registers.tiers.map((t) => [t.id, t]));
  const processTier = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier]));
  const rows = new Map(store.nodes.graphRows().map((r) => [r.id, r]));
  const nodes = graph.nodes.map((n): MapNode => {
    const row = rows.get(n.id);
    const tier =
      n.kind === 'process'
        ? (processTier.get(n.id) ?? null)
        : row?.tierId
          ? (tierById.get(row.tierId) ?? null)
          : null;
    return {
      id: n.id,
      kind: n.kind,
      name: n.name,
      department: row?.department ?? '',
      tierId: tier?.id ?? null,
      tierName: tier?.name ?? null,
      tierRank: n.tierRank ?? null,
      rtoMinutes: n.rtoMinutes ?? null,
      restoreMinutes: n.restoreMinutes ?? null,
      provenMinutes: n.provenMinutes ?? null,
      provenAt: n.provenAt ?? null,
      position: row && row.posX !== null && row.posY !== null ? { x: row.posX, y: row.posY } : null,
    };
  });
  const layout = layoutGraph(
    {
      nodes: nodes.map((n) => ({ id: n.id, ...NODE_BOX })),
      edges: graph.edges.map((e) => ({ id: e.id, from: e.from, to: e.to })),
    },
    { layerGap: 90, nodeGap: 30 },
  );
  return { nodes, edges: store.nodes.edges(), analysis: analyze(graph), layout };
}
