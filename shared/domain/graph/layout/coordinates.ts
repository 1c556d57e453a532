// x-coordinates: each vertex wants to sit at the mean of its neighbours in the adjacent layer;
// a layer is then placed as close as possible to those wishes while keeping its order and the
// minimum spacing, by isotonic regression (pool adjacent violators), which is exact and linear.

import type { LayeredGraph } from './layered';

export interface Spacing {
  /** Width of each vertex (0 for dummies). */
  width: Float64Array;
  nodeGap: number;
  edgeGap: number;
  /** Dummies weigh more, so long edges straighten before nodes move. */
  dummyWeight: number;
}

function separation(g: LayeredGraph, s: Spacing, a: number, b: number): number {
  const gap = a < g.realCount && b < g.realCount ? s.nodeGap : s.edgeGap;
  return (s.width[a]! + s.width[b]!) / 2 + gap;
}

/** Places layer l at the desired positions as nearly as the spacing allows (least squares). */
function placeLayer(
  g: LayeredGraph,
  s: Spacing,
  l: number,
  x: Float64Array,
  want: Float64Array,
  work: Float64Array[],
): void {
  const start = g.layerStart[l]!;
  const k = g.layerStart[l + 1]! - start;
  const [offset, blockWeight, blockMean, blockEnd] = work as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  // Shift out the cumulative spacing, so the constraint becomes "non-decreasing".
  let acc = 0;
  let blocks = 0;
  for (let i = 0; i < k; i++) {
    const v = g.order[start + i]!;
    if (i > 0) acc += separation(g, s, g.order[start + i - 1]!, v);
    offset[i] = acc;
    const w = v < g.realCount ? 1 : s.dummyWeight;
    let mean = want[v]! - acc;
    let weight = w;
    while (blocks > 0 && blockMean[blocks - 1]! > mean) {
      const pw = blockWeight[blocks - 1]!;
      mean = (blockMean[blocks - 1]! * pw + mean * weight) / (pw + weight);
      weight += pw;
      blocks--;
    }
    blockMean[blocks] = mean;
    blockWeight[blocks] = weight;
    blockEnd[blocks] = i + 1;
    blocks++;
  }
  let i = 0;
  for (let b = 0; b < blocks; b++) {
    for (; i < blockEnd[b]!; i++) x[g.order[start + i]!] = blockMean[b]! + offset[i]!;
  }
}

function desire(
  g: LayeredGraph,
  l: number,
  x: Float64Array,
  want: Float64Array,
  useUp: boolean,
  useDown: boolean,
): void {
  for (let i = g.layerStart[l]!; i < g.layerStart[l + 1]!; i++) {
    const v = g.order[i]!;
    let sum = 0;
    let count = 0;
    if (useUp) for (let j = g.upStart[v]!; j < g.upStart[v + 1]!; j++, count++) sum += x[g.up[j]!]!;
    if (useDown) for (let j = g.downStart[v]!; j < g.downStart[v + 1]!; j++, count++) sum += x[g.down[j]!]!;
    want[v] = count > 0 ? sum / count : x[v]!;
  }
}

/** Returns the centre x of every vertex; the leftmost border is at 0. */
export function assignX(g: LayeredGraph, s: Spacing, passes: number): Float64Array {
  const x = new Float64Array(g.vertexCount);
  const want = new Float64Array(g.vertexCount);
  let widest = 1;
  for (let l = 0; l < g.layerCount; l++) widest = Math.max(widest, g.layerStart[l + 1]! - g.layerStart[l]!);
  const work = [
    new Float64Array(widest),
    new Float64Array(widest),
    new Float64Array(widest),
    new Float64Array(widest),
  ];
  // Start packed and centred on 0, so the first sweep has something sensible to average.
  for (let l = 0; l < g.layerCount; l++) {
    const start = g.layerStart[l]!;
    let acc = 0;
    for (let i = start; i < g.layerStart[l + 1]!; i++) {
      if (i > start) acc += separation(g, s, g.order[i - 1]!, g.order[i]!);
      x[g.order[i]!] = acc;
    }
    for (let i = start; i < g.layerStart[l + 1]!; i++) x[g.order[i]!]! -= acc / 2;
  }
  for (let p = 0; p < passes; p++) {
    for (let l = 1; l < g.layerCount; l++) {
      desire(g, l, x, want, true, false);
      placeLayer(g, s, l, x, want, work);
    }
    for (let l = g.layerCount - 2; l >= 0; l--) {
      desire(g, l, x, want, false, true);
      placeLayer(g, s, l, x, want, work);
    }
  }
  // A last pass looking both ways balances a node between its consumers and providers.
  for (let l = 0; l < g.layerCount; l++) {
    desire(g, l, x, want, true, true);
    placeLayer(g, s, l, x, want, work);
  }
  let left = Infinity;
  for (let v = 0; v < g.vertexCount; v++) left = Math.min(left, x[v]! - s.width[v]! / 2);
  if (Number.isFinite(left)) for (let v = 0; v < g.vertexCount; v++) x[v]! -= left;
  return x;
}
