// Layer assignment by longest path from the sources: a node sits one layer below its lowest
// consumer, so every top consumer is on layer 0 and each edge points down at least one layer.

/** from/to must be acyclic (after backEdges). Returns the layer of each node. */
export function assignLayers(n: number, from: Int32Array, to: Int32Array): Int32Array {
  const m = from.length;
  const outStart = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    outStart[from[e]! + 1]! += 1;
    inDegree[to[e]!]! += 1;
  }
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const out = new Int32Array(m);
  for (let e = 0; e < m; e++) out[fill[from[e]!]!++] = to[e]!;

  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (inDegree[v] === 0) queue[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const w = out[i]!;
      if (layer[v]! + 1 > layer[w]!) layer[w] = layer[v]! + 1;
      if (--inDegree[w]! === 0) queue[tail++] = w;
    }
  }
  if (tail !== n) throw new Error('assignLayers: input has a cycle');
  return layer;
}
