// The proper layered graph the ordering and placement steps work on: real nodes plus one dummy
// vertex per layer crossed by a long edge, so every segment joins adjacent layers.

export interface LayeredGraph {
  /** Vertices: 0 .. realCount-1 are the real nodes, the rest dummies. */
  vertexCount: number;
  realCount: number;
  layerCount: number;
  layerOf: Int32Array;
  /** Neighbours one layer up and one layer down, CSR. */
  upStart: Int32Array;
  up: Int32Array;
  downStart: Int32Array;
  down: Int32Array;
  /** Layer l is order[layerStart[l] .. layerStart[l+1]); pos is the index within the layer. */
  layerStart: Int32Array;
  order: Int32Array;
  pos: Int32Array;
  /** Dummy chain of oriented edge e (top to bottom): chain[chainStart[e] .. chainStart[e+1]). */
  chainStart: Int32Array;
  chain: Int32Array;
}

/**
 * top/bottom are the oriented edges (top's layer < bottom's layer). Dummies are long edges' bend
 * points; with longest-path layering their number stays near the edge count on dependency maps
 * (processes → apps → infra → sites), which keeps this cheaper than any smarter routing.
 */
export function buildLayered(
  realCount: number,
  layer: Int32Array,
  top: Int32Array,
  bottom: Int32Array,
): LayeredGraph {
  const m = top.length;
  let dummyCount = 0;
  let layerCount = 0;
  for (let v = 0; v < realCount; v++) if (layer[v]! + 1 > layerCount) layerCount = layer[v]! + 1;
  for (let e = 0; e < m; e++) dummyCount += layer[bottom[e]!]! - layer[top[e]!]! - 1;
  const vertexCount = realCount + dummyCount;
  const layerOf = new Int32Array(vertexCount);
  layerOf.set(layer.subarray(0, realCount));
  const chainStart = new Int32Array(m + 1);
  const chain = new Int32Array(dummyCount);
  const segTop = new Int32Array(m + dummyCount);
  const segBottom = new Int32Array(m + dummyCount);
  let next = realCount;
  let segs = 0;
  let c = 0;
  for (let e = 0; e < m; e++) {
    chainStart[e] = c;
    let prev = top[e]!;
    const end = layer[bottom[e]!]!;
    for (let l = layer[prev]! + 1; l < end; l++) {
      const d = next++;
      layerOf[d] = l;
      chain[c++] = d;
      segTop[segs] = prev;
      segBottom[segs++] = d;
      prev = d;
    }
    segTop[segs] = prev;
    segBottom[segs++] = bottom[e]!;
  }
  chainStart[m] = c;

  const upStart = new Int32Array(vertexCount + 1);
  const downStart = new Int32Array(vertexCount + 1);
  for (let s = 0; s < segs; s++) {
    downStart[segTop[s]! + 1]! += 1;
    upStart[segBottom[s]! + 1]! += 1;
  }
  for (let v = 0; v < vertexCount; v++) {
    upStart[v + 1]! += upStart[v]!;
    downStart[v + 1]! += downStart[v]!;
  }
  const up = new Int32Array(segs);
  const down = new Int32Array(segs);
  const upFill = upStart.slice(0, vertexCount);
  const downFill = downStart.slice(0, vertexCount);
  for (let s = 0; s < segs; s++) {
    down[downFill[segTop[s]!]!++] = segBottom[s]!;
    up[upFill[segBottom[s]!]!++] = segTop[s]!;
  }

  const layerStart = new Int32Array(layerCount + 1);
  for (let v = 0; v < vertexCount; v++) layerStart[layerOf[v]! + 1]! += 1;
  for (let l = 0; l < layerCount; l++) layerStart[l + 1]! += layerStart[l]!;
  const order = new Int32Array(vertexCount);
  const pos = new Int32Array(vertexCount);
  const fill = layerStart.slice(0, layerCount);
  for (let v = 0; v < vertexCount; v++) {
    const l = layerOf[v]!;
    pos[v] = fill[l]! - layerStart[l]!;
    order[fill[l]!++] = v;
  }
  return {
    vertexCount,
    realCount,
    layerCount,
    layerOf,
    upStart,
    up,
    downStart,
    down,
    layerStart,
    order,
    pos,
    chainStart,
    chain,
  };
}
