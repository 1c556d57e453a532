// Concentration: which providers, direct or down the supply chain, sit under the most critical
// business functions. A function counts once per provider, weighted by its tier: Tier rank 0 weighs
// 4, rank 1 weighs 3, rank 2 weighs 2, anything else (or untiered) 1. Ties go to the provider closer
// to the entity in the supply chain, then by name.
import { consumersIndex, functionsAbove } from './functions-above';
import type {
  BusinessFunction,
  MapEdge,
  SupplyChainLink,
  ThirdPartyContract,
  ThirdPartyProvider,
} from './types';

export function tierWeight(tierRank: number | null): number {
  return tierRank === null ? 1 : Math.max(1, 4 - tierRank);
}

export interface ConcentrationRow {
  providerId: string;
  name: string;
  /** Sum of the tier weights of the functions above it. */
  score: number;
  functionIds: string[];
  /** How many functions of each weight (index = weight − 1). */
  byWeight: [number, number, number, number];
  /** Its closest position in any supply chain: 1 direct, above 1 sub-contractor. */
  rank: number;
  contracts: number;
}

export function concentration(input: {
  providers: readonly ThirdPartyProvider[];
  contracts: readonly ThirdPartyContract[];
  chain: readonly SupplyChainLink[];
  functions: readonly BusinessFunction[];
  edges: readonly MapEdge[];
}): ConcentrationRow[] {
  const fn = new Map(input.functions.map((f) => [f.id, f]));
  const consumers = consumersIndex(input.edges);
  const providerOf = new Map(input.providers.map((p) => [p.id, p]));
  // Each provider's nodes: its own vendor nodes and the nodes of every contract it serves.
  const nodes = new Map<string, Set<string>>(input.providers.map((p) => [p.id, new Set(p.nodeIds)]));
  const rank = new Map<string, number>();
  const contracts = new Map<string, Set<string>>();
  const serve = (providerId: string, c: ThirdPartyContract, r: number) => {
    const set = nodes.get(providerId);
    if (!set) return;
    const contractNodes = c.nodeIds.length > 0 ? c.nodeIds : (providerOf.get(c.providerId)?.nodeIds ?? []);
    for (const n of contractNodes) set.add(n);
    rank.set(providerId, Math.min(rank.get(providerId) ?? Infinity, r));
    let cs = contracts.get(providerId);
    if (!cs) contracts.set(providerId, (cs = new Set()));
    cs.add(c.id);
  };
  const byId = new Map(input.contracts.map((c) => [c.id, c]));
  for (const c of input.contracts) serve(c.providerId, c, 1);
  for (const l of input.chain) {
    const c = byId.get(l.contractId);
    if (c) serve(l.providerId, c, l.rank);
  }
  const rows = input.providers.map((p): ConcentrationRow => {
    const above = [...functionsAbove(nodes.get(p.id)!, consumers, (id) => fn.has(id))].sort();
    const byWeight: [number, number, number, number] = [0, 0, 0, 0];
    let score = 0;
    for (const id of above) {
      const w = tierWeight(fn.get(id)!.tierRank);
      byWeight[w - 1]! += 1;
      score += w;
    }
    return {
      providerId: p.id,
      name: p.name,
      score,
      functionIds: above,
      byWeight,
      rank: Number.isFinite(rank.get(p.id)) ? rank.get(p.id)! : 1,
      contracts: contracts.get(p.id)?.size ?? 0,
    };
  });
  return rows.sort(
    (a, b) =>
      b.score - a.score ||
      b.functionIds.length - a.functionIds.length ||
      a.rank - b.rank ||
      a.name.localeCompare(b.name),
  );
}
