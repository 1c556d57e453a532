// The register as the page shows it and as the Register of Information reads it: providers and
// contracts from the store, business functions with the RTO/RPO and tier the BIA derives, the map's
// edges, and the pure rules (concentration, contracted-objective flags, RoI tables) over them.
import type { ThirdPartyRegister } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { concentration } from '../../../../shared/domain/thirdparty/concentration';
import { contractObjectiveFlags } from '../../../../shared/domain/thirdparty/contracted-objectives';
import { consumersIndex, functionsAbove } from '../../../../shared/domain/thirdparty/functions-above';
import type { RoiFunction, RoiInput } from '../../../../shared/domain/thirdparty/roi';
import type { BusinessFunction, MapEdge } from '../../../../shared/domain/thirdparty/types';
import type { Store } from '../../store';
import { compiledWorkspaceGraph } from '../graph/read';

/** Tier ranks at or below this are critical or important functions (B_06.01.0050). */
export const CRITICAL_TIER_RANK = 1;

interface MapData {
  functions: BusinessFunction[];
  edges: MapEdge[];
  nodes: { id: string; kind: string; name: string }[];
  lastAssessed: Map<string, string | null>;
}

function mapData(store: Store): MapData {
  const { graph, all } = compiledWorkspaceGraph(store);
  const functions: BusinessFunction[] = graph.nodes
    .filter((n) => n.kind === 'process')
    .map((n) => ({
      id: n.id,
      name: n.name,
      tierRank: n.tierRank ?? null,
      rtoMinutes: n.rtoMinutes ?? null,
      rpoMinutes: n.rpoMinutes ?? null,
    }));
  const edges = graph.edges.map((e) => ({ from: e.from, to: e.to, hard: e.hard }));
  const nodes = graph.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name }));
  const lastAssessed = new Map(
    all.records.map((r) => [r.processId, (r.approvedAt ?? r.lastEditedAt)?.slice(0, 10) ?? null]),
  );
  return { functions, edges, nodes, lastAssessed };
}

export function thirdPartyRegister(store: Store): ThirdPartyRegister {
  const tp = store.thirdParties;
  const providers = tp.providers();
  const contracts = tp.contracts();
  const chain = tp.chain();
  const { functions, edges, nodes } = mapData(store);
  return {
    entity: tp.entity(),
    providers,
    contracts,
    chain,
    functions,
    nodes,
    concentration: concentration({ providers, contracts, chain, functions, edges }),
    flags: contractObjectiveFlags({ providers, contracts, functions, edges, format: formatDuration }),
  };
}

/** Everything the Register of Information is built from, at a reference date. */
export function roiInput(store: Store, refPeriod: string, reportDate: string): RoiInput {
  const tp = store.thirdParties;
  const providers = tp.providers();
  const contracts = tp.contracts();
  const { functions, edges, lastAssessed } = mapData(store);
  const consumers = consumersIndex(edges);
  const isFunction = new Set(functions.map((f) => f.id));
  const providerNodes = new Map(providers.map((p) => [p.id, p.nodeIds]));
  const contractFunctions = new Map(
    contracts.map((c) => [
      c.id,
      [
        ...functionsAbove(
          c.nodeIds.length > 0 ? c.nodeIds : (providerNodes.get(c.providerId) ?? []),
          consumers,
          (id) => isFunction.has(id),
        ),
      ].sort(),
    ]),
  );
  // Function identifiers F1, F2 … in name order: stable while the set of processes is.
  const roiFunctions: RoiFunction[] = [...functions]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((f, i) => ({
      id: f.id,
      code: `F${i + 1}`,
      name: f.name,
      critical: f.tierRank !== null && f.tierRank <= CRITICAL_TIER_RANK,
      rtoMinutes: f.rtoMinutes,
      rpoMinutes: f.rpoMinutes,
      lastAssessed: lastAssessed.get(f.id) ?? null,
    }));
  return {
    entity: tp.entity(),
    refPeriod,
    reportDate,
    providers,
    contracts,
    chain: tp.chain(),
    functions: roiFunctions,
    contractFunctions,
  };
}

/** The reference date by default: the last 31 December before `now`. */
export function defaultRefPeriod(now: Date): string {
  return `${now.getUTCFullYear() - 1}-12-31`;
}
