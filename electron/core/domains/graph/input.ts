// Builds the dependency graph's input from the store. A process's RTO and tier come from its BIA
// (derived or hand-set); a resource's RTO is its own target, else its tier's.
import type Database from 'better-sqlite3';
import type { GraphEdge, GraphInput, GraphNode } from '../../../../shared/domain/graph';
import type { NodeKind, Tier } from '../../../../shared/domain/model';
import { listEdges } from '../nodes/handlers';

export interface ProcessObjectives {
  rto: number | null;
  rpo?: number | null;
  tier: Tier | null;
}

interface NodeRow {
  id: string;
  kind: NodeKind;
  name: string;
  tier_id: string | null;
  rto_minutes: number | null;
  rpo_minutes: number | null;
  restore_minutes: number | null;
  proven_minutes: number | null;
  proven_at: string | null;
}

/** Impact weight of a process for the blast radius: more critical tiers weigh more (Tier 0 → 5). */
export function impactWeight(tierRank: number | undefined): number {
  return tierRank === undefined ? 1 : Math.max(1, 5 - tierRank);
}

export function loadGraphInput(
  db: Database.Database,
  processes: ReadonlyMap<string, ProcessObjectives>,
  tiers: readonly Tier[],
): GraphInput {
  const tierById = new Map(tiers.map((t) => [t.id, t]));
  const rows = db
    .prepare(
      'SELECT id, kind, name, tier_id, rto_minutes, rpo_minutes, restore_minutes, proven_minutes, proven_at FROM node WHERE retired_at IS NULL',
    )
    .all() as NodeRow[];
  const nodes = rows.map((r): GraphNode => {
    const own = r.tier_id ? tierById.get(r.tier_id) : undefined;
    const p = r.kind === 'process' ? processes.get(r.id) : undefined;
    const tier = p?.tier ?? own;
    const rto = r.kind === 'process' ? p?.rto : (r.rto_minutes ?? own?.rtoMinutes);
    const node: GraphNode = { id: r.id, name: r.name, kind: r.kind };
    if (tier) node.tierRank = tier.rank;
    if (rto !== null && rto !== undefined) node.rtoMinutes = rto;
    const rpo = r.kind === 'process' ? p?.rpo : (r.rpo_minutes ?? own?.rpoMinutes);
    if (rpo !== null && rpo !== undefined) node.rpoMinutes = rpo;
    if (r.restore_minutes !== null) node.restoreMinutes = r.restore_minutes;
    if (r.proven_minutes !== null) node.provenMinutes = r.proven_minutes;
    if (r.proven_at !== null) node.provenAt = r.proven_at;
    if (r.kind === 'process') node.impactWeight = impactWeight(tier?.rank);
    return node;
  });
  const edges = listEdges(db).map((e): GraphEdge => {
    const edge: GraphEdge = { id: e.id, from: e.consumerId, to: e.providerId, hard: e.hard };
    if (e.groupId) edge.groupId = e.groupId;
    return edge;
  });
  return { nodes, edges };
}
