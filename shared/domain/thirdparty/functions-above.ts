// Which business functions sit above a set of nodes: walk the map's hard edges from provider to
// consumer (a soft dependency takes nothing down and so needs nothing recovered).
import type { MapEdge } from './types';

export type ConsumersIndex = ReadonlyMap<string, readonly string[]>;

export function consumersIndex(edges: readonly MapEdge[]): ConsumersIndex {
  const m = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.hard) continue;
    let list = m.get(e.to);
    if (!list) m.set(e.to, (list = []));
    list.push(e.from);
  }
  return m;
}

/** Every function id reachable upwards from `start` (a start node that is a function counts). */
export function functionsAbove(
  start: Iterable<string>,
  consumers: ConsumersIndex,
  isFunction: (id: string) => boolean,
): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (isFunction(id)) found.add(id);
    for (const c of consumers.get(id) ?? []) if (!seen.has(c)) stack.push(c);
  }
  return found;
}
