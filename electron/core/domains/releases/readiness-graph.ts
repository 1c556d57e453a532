// What release readiness needs from the dependency map: each touched node's tier, its blast radius
// and dependency depth, and whether two services depend on each other (for overlap conflicts).
import { inversionKey } from '../../../../shared/domain/exceptions';
import type { Tier } from '../../../../shared/domain/model';
import {
  blastRadius,
  rtoInversions,
  type BlastRadius,
  type CompiledGraph,
} from '../../../../shared/domain/graph';
import type { CalendarNode, GateNode, GateRtoInversion, Related } from '../../../../shared/domain/release';
import type { Workspace } from '../../app/workspace';
import type { ProcessesDerived } from '../bia/read-all';
import { compiledWorkspaceGraph } from '../graph/read';

export interface ReleaseGraph {
  graph: CompiledGraph;
  tiers: Tier[];
  calendarNodes: CalendarNode[];
  gateNodes: GateNode[];
  tierRankOf(id: string): number | undefined;
  /** Blast radius of one node, or null when it is not on the map (retired or unknown). */
  blast(id: string): BlastRadius | null;
  /** Related when either fails with the other: one lies in the other's blast radius. */
  related: Related;
  /** Sum of every process's impact weight: the blast radius that scores fully in the risk model. */
  totalImpact: number;
  inversions(): GateRtoInversion[];
}

export function releaseGraph(ws: Workspace): ReleaseGraph {
  // The graph service still reads the raw connection; it moves onto the store with the nodes aggregate.
  const { graph, all } = compiledWorkspaceGraph(ws.store);
  const tiers = all.registers.tiers;
  const tierIdOf = nodeTierLookup(all, ws.store.releases.nodeTierIds());
  const rankById = new Map(tiers.map((t) => [t.id, t.rank]));
  const tierRankOf = (id: string): number | undefined => {
    const idx = graph.indexOf.get(id);
    const fromGraph = idx === undefined ? undefined : graph.nodes[idx]!.tierRank;
    if (fromGraph !== undefined) return fromGraph;
    const tierId = tierIdOf(id);
    return tierId === undefined ? undefined : rankById.get(tierId);
  };

  const cache = new Map<string, BlastRadius | null>();
  const blast = (id: string): BlastRadius | null => {
    if (!cache.has(id)) cache.set(id, graph.indexOf.has(id) ? blastRadius(graph, id) : null);
    return cache.get(id) ?? null;
  };
  const hits = (a: string, b: string): boolean => blast(a)?.failed.some((f) => f.id === b) ?? false;

  return {
    graph,
    tiers,
    calendarNodes: graph.nodes.map((n) => ({ id: n.id, name: n.name, tierRank: tierRankOf(n.id) })),
    gateNodes: gateNodes(graph, tierIdOf),
    tierRankOf,
    blast,
    related: (a, b) => a !== b && (hits(a, b) || hits(b, a)),
    totalImpact: graph.impact.reduce((s, x) => s + x, 0),
    inversions: () => gateInversions(graph),
  };
}

/** A node's tier id: a process's derived tier, else the node's own. */
export function nodeTierLookup(
  all: ProcessesDerived,
  nodeTier: ReadonlyMap<string, string | undefined>,
): (id: string) => string | undefined {
  const processTier = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier?.id]));
  return (id) => processTier.get(id) ?? nodeTier.get(id);
}

export function gateNodes(graph: CompiledGraph, tierIdOf: (id: string) => string | undefined): GateNode[] {
  return graph.nodes.map((n) => ({ id: n.id, name: n.name, tierId: tierIdOf(n.id) }));
}

export function gateInversions(graph: CompiledGraph): GateRtoInversion[] {
  // No inversion is recorded as resolved yet: an inversion is resolved by fixing the objectives.
  return rtoInversions(graph).flatMap((inv) =>
    inv.providers.map((p) => ({
      providerId: p.id,
      consumerId: inv.consumer.id,
      resolved: false,
      key: inversionKey(inv),
    })),
  );
}
