// Builds the dependency graph's input from the store. A process's RTO and tier come from its BIA
// (derived or hand-set); a resource's RTO is its own target, else its tier's.
import type { GraphEdge, GraphInput, GraphNode } from '../../../../shared/domain/graph';
import type { Tier } from '../../../../shared/domain/model';
import type { Store } from '../../store';
import type { ProcessObjectives } from '../bia/read-all';

/** Impact weight of a process for the blast radius: more critical tiers weigh more (Tier 0 → 5). */
export function impactWeight(tierRank: number | undefined): number {
  return tierRank === undefined ? 1 : Math.max(1, 5 - tierRank);
}

export function loadGraphInput(
  store: Store,
  processes: ReadonlyMap<string, ProcessObjectives>,
  tiers: readonly Tier[],
): GraphInput {
  return graphInputFrom(store.nodes.graphRows(), store.nodes.edges(), processes, tiers);
}

/** The fields of a node row the graph reads. */
export type GraphNodeRow = Pick<
  ReturnType<Store['nodes']['graphRows']>[number],
  | 'id'
  | 'name'
  | 'kind'
  | 'tierId'
  | 'rtoMinutes'
  | 'rpoMinutes'
  | 'restoreMinutes'
  | 'provenMinutes'
  | 'provenAt'
>;
export type GraphEdgeRow = Pick<
  ReturnType<Store['nodes']['edges']>[number],
  'id' | 'consumerId' | 'providerId' | 'hard' | 'groupId'
>;

/** The graph's input from plain rows: the store's, or an evidence pack's inputs.json on re-performance. */
export function graphInputFrom(
  nodeRows: readonly GraphNodeRow[],
  edgeRows: readonly GraphEdgeRow[],
  processes: ReadonlyMap<string, ProcessObjectives>,
  tiers: readonly Tier[],
): GraphInput {
  const tierById = new Map(tiers.map((t) => [t.id, t]));
  const nodes = nodeRows.map((r): GraphNode => {
    const own = r.tierId ? tierById.get(r.tierId) : undefined;
    const p = r.kind === 'process' ? processes.get(r.id) : undefined;
    const tier = p?.tier ?? own;
    const rto = r.kind === 'process' ? p?.rto : (r.rtoMinutes ?? own?.rtoMinutes);
    const node: GraphNode = { id: r.id, name: r.name, kind: r.kind };
    if (tier) node.tierRank = tier.rank;
    if (rto !== null && rto !== undefined) node.rtoMinutes = rto;
    const rpo = r.kind === 'process' ? p?.rpo : (r.rpoMinutes ?? own?.rpoMinutes);
    if (rpo !== null && rpo !== undefined) node.rpoMinutes = rpo;
    if (r.restoreMinutes !== null) node.restoreMinutes = r.restoreMinutes;
    if (r.provenMinutes !== null) node.provenMinutes = r.provenMinutes;
    if (r.provenAt !== null) node.provenAt = r.provenAt;
    if (r.kind === 'process') node.impactWeight = impactWeight(tier?.rank);
    return node;
  });
  const edges = edgeRows.map((e): GraphEdge => {
    const edge: GraphEdge = { id: e.id, from: e.consumerId, to: e.providerId, hard: e.hard };
    if (e.groupId) edge.groupId = e.groupId;
    return edge;
  });
  return { nodes, edges };
}
