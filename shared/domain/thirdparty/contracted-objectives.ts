// The FFIEC check for contracts: a contracted RTO (or RPO) slower than what the business functions
// above the contracted service need, as their BIA derives it.
import { consumersIndex, functionsAbove } from './functions-above';
import type { BusinessFunction, MapEdge, ThirdPartyContract, ThirdPartyProvider } from './types';

export interface ContractObjectiveFlag {
  contractId: string;
  reference: string;
  objective: 'rto' | 'rpo';
  contractedMinutes: number;
  /** The strictest need among the functions above, and the function that sets it. */
  neededMinutes: number;
  functionId: string;
  functionName: string;
  message: string;
}

export function contractObjectiveFlags(input: {
  providers: readonly ThirdPartyProvider[];
  contracts: readonly ThirdPartyContract[];
  functions: readonly BusinessFunction[];
  edges: readonly MapEdge[];
  format: (minutes: number) => string;
}): ContractObjectiveFlag[] {
  const fn = new Map(input.functions.map((f) => [f.id, f]));
  const consumers = consumersIndex(input.edges);
  const providerNodes = new Map(input.providers.map((p) => [p.id, p.nodeIds]));
  const flags: ContractObjectiveFlag[] = [];
  for (const c of input.contracts) {
    const start = c.nodeIds.length > 0 ? c.nodeIds : (providerNodes.get(c.providerId) ?? []);
    const above = [...functionsAbove(start, consumers, (id) => fn.has(id))].map((id) => fn.get(id)!);
    for (const objective of ['rto', 'rpo'] as const) {
      const contracted = objective === 'rto' ? c.contractedRtoMinutes : c.contractedRpoMinutes;
      if (contracted === null) continue;
      let strictest: BusinessFunction | undefined;
      for (const f of above) {
        const need = objective === 'rto' ? f.rtoMinutes : f.rpoMinutes;
        if (need === null) continue;
        const best = strictest && (objective === 'rto' ? strictest.rtoMinutes : strictest.rpoMinutes);
        if (best === undefined || best === null || need < best || (need === best && f.name < strictest!.name))
          strictest = f;
      }
      if (!strictest) continue;
      const needed = (objective === 'rto' ? strictest.rtoMinutes : strictest.rpoMinutes)!;
      if (contracted <= needed) continue;
      const label = objective.toUpperCase();
      flags.push({
        contractId: c.id,
        reference: c.reference,
        objective,
        contractedMinutes: contracted,
        neededMinutes: needed,
        functionId: strictest.id,
        functionName: strictest.name,
        message: `Contract ${c.reference} promises an ${label} of ${input.format(contracted)}, but ${strictest.name} needs ${input.format(needed)}.`,
      });
    }
  }
  return flags;
}
