// Breaks cycles before layering by reversing the back edges of an iterative depth-first search.
// Back edges always lie on a cycle, so an edge outside every cycle keeps its direction.

/**
 * from/to are node indices of the (non-self-loop) edges. Returns 1 for each edge to reverse.
 * The search starts from nodes nobody points at (the top consumers), in input order, so the
 * result is deterministic and tends to keep the natural top-down direction.
 */
export function backEdges(n: number, from: Int32Array, to: Int32Array): Uint8Array {
  const m = from.length;
  const outStart = new Int32Array(n + 1);
  const inDegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    outStart[from[e]! + 1]! += 1;
    inDegree[to[e]!]! += 1;
  }
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const outEdge = new Int32Array(m);
  for (let e = 0; e < m; e++) outEdge[fill[from[e]!]!++] = e;

  const reversed = new Uint8Array(m);
  // 0 unvisited, 1 on the current DFS path, 2 finished.
  const state = new Uint8Array(n);
  const ptr = new Int32Array(n);
  const stack = new Int32Array(n);
  const visit = (s: number) => {
    let sp = 0;
    stack[sp++] = s;
    state[s] = 1;
    ptr[s] = outStart[s]!;
    while (sp > 0) {
      const v = stack[sp - 1]!;
      const i = ptr[v]!;
      if (i === outStart[v + 1]) {
        state[v] = 2;
        sp--;
        continue;
      }
      ptr[v] = i + 1;
      const e = outEdge[i]!;
      const w = to[e]!;
      if (state[w] === 1) reversed[e] = 1;
      else if (state[w] === 0) {
        state[w] = 1;
        ptr[w] = outStart[w]!;
        stack[sp++] = w;
      }
    }
  };
  for (let v = 0; v < n; v++) if (inDegree[v] === 0 && state[v] === 0) visit(v);
  for (let v = 0; v < n; v++) if (state[v] === 0) visit(v);
  return reversed;
}
