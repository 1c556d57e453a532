// Crossing reduction: barycenter sweeps down and up, a bounded number of passes, keeping the best
// order seen. Crossings are counted with the accumulator tree of Barth, Jünger and Mutzel
// (O(E log V) per layer pair), so checking after every pass stays cheap.

import type { LayeredGraph } from './layered';

/** Crossings between layer l and l+1 for the current order. */
function crossingsBetween(g: LayeredGraph, l: number, scratch: Int32Array, tree: Int32Array): number {
  const lowerSize = g.layerStart[l + 2]! - g.layerStart[l + 1]!;
  let size = 1;
  while (size < lowerSize) size <<= 1;
  tree.fill(0, 0, 2 * size);
  let k = 0;
  for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
    const v = g.order[i]!;
    const from = k;
    for (let j = g.downStart[v]!; j < g.downStart[v + 1]!; j++) scratch[k++] = g.pos[g.down[j]!]!;
    if (k - from > 1) scratch.subarray(from, k).sort();
  }
  let crossings = 0;
  for (let i = 0; i < k; i++) {
    // Count earlier segments ending strictly to the right of this one.
    let index = scratch[i]! + size;
    tree[index]! += 1;
    while (index > 1) {
      if (index % 2 === 0) crossings += tree[index + 1]!;
      index >>= 1;
      tree[index]! += 1;
    }
  }
  return crossings;
}

export function countCrossings(g: LayeredGraph): number {
  const scratch = new Int32Array(g.down.length);
  const tree = new Int32Array(4 * Math.max(1, g.vertexCount) + 4);
  let total = 0;
  for (let l = 0; l + 1 < g.layerCount; l++) total += crossingsBetween(g, l, scratch, tree);
  return total;
}

function sweepLayer(g: LayeredGraph, l: number, useUp: boolean, key: Float64Array, buffer: number[]): void {
  const start = g.layerStart[l]!;
  const end = g.layerStart[l + 1]!;
  const nStart = useUp ? g.upStart : g.downStart;
  const nList = useUp ? g.up : g.down;
  buffer.length = 0;
  for (let i = start; i < end; i++) {
    const v = g.order[i]!;
    const a = nStart[v]!;
    const b = nStart[v + 1]!;
    if (a === b) {
      // No neighbour on the fixed side: keep the current place.
      key[v] = g.pos[v]!;
    } else {
      let sum = 0;
      for (let j = a; j < b; j++) sum += g.pos[nList[j]!]!;
      key[v] = sum / (b - a);
    }
    buffer.push(v);
  }
  buffer.sort((x, y) => key[x]! - key[y]! || g.pos[x]! - g.pos[y]!);
  for (let i = 0; i < buffer.length; i++) {
    const v = buffer[i]!;
    g.order[start + i] = v;
    g.pos[v] = i;
  }
}

/** Reorders layers in place; returns the crossings left. Deterministic (ties keep the old order). */
export function reduceCrossings(g: LayeredGraph, passes: number): number {
  const key = new Float64Array(g.vertexCount);
  const buffer: number[] = [];
  let best = countCrossings(g);
  let bestOrder = g.order.slice();
  let stale = 0;
  for (let p = 0; p < passes && best > 0; p++) {
    for (let l = 1; l < g.layerCount; l++) sweepLayer(g, l, true, key, buffer);
    for (let l = g.layerCount - 2; l >= 0; l--) sweepLayer(g, l, false, key, buffer);
    const c = countCrossings(g);
    if (c < best) {
      best = c;
      bestOrder = g.order.slice();
      stale = 0;
    } else if (++stale >= 2) {
      break;
    }
  }
  g.order.set(bestOrder);
  for (let l = 0; l < g.layerCount; l++) {
    for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) g.pos[g.order[i]!] = i - g.layerStart[l]!;
  }
  return best;
}
