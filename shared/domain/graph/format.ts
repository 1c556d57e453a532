// Wording shared by the explanation strings, so every analysis names things the same way.

import type { CompiledGraph, NodeRef } from './types';

export function ref(g: CompiledGraph, v: number): NodeRef {
  const node = g.nodes[v]!;
  return { id: node.id, name: node.name };
}

export function nameOf(g: CompiledGraph, v: number): string {
  return g.nodes[v]!.name;
}

export function tierLabel(rank: number | null): string {
  return rank === null || rank < 0 ? 'untiered' : `Tier ${rank}`;
}

/** "A, B and C" — lists in explanations read as prose. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return 'nothing';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
}
