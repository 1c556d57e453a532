// Strongly connected components of the hard-edge graph by an iterative Tarjan (no recursion, so
// 10k-node chains do not overflow the stack). Components come out providers-first, which is the
// order recovery time and recovery order need.

import { listNames } from './format';
import type { CompiledGraph, DependencyCycle } from './types';

export interface Condensation {
  /** Component of each node. */
  comp: Int32Array;
  compCount: number;
  /** Members of component k: members[start[k] .. start[k+1]), in input order. Providers' components come first. */
  start: Int32Array;
  members: Int32Array;
  /** 1 when component k is a cycle: more than one member, or one member requiring itself. */
  isCycle: Uint8Array;
  /** Cycle id of component k, or undefined. */
  cycleId: (string | undefined)[];
}

export function condense(g: CompiledGraph): Condensation {
  const n = g.nodeCount;
  const { hardOutStart, hardOut } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const edgePtr = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const compStartList: number[] = [];
  let sp = 0;
  let counter = 0;
  let filled = 0;
  let compCount = 0;

  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    let csp = 0;
    callStack[csp++] = s;
    index[s] = low[s] = counter++;
    edgePtr[s] = hardOutStart[s]!;
    stack[sp++] = s;
    onStack[s] = 1;
    while (csp > 0) {
      const v = callStack[csp - 1]!;
      const i = edgePtr[v]!;
      if (i < hardOutStart[v + 1]!) {
        edgePtr[v] = i + 1;
        const w = hardOut[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          edgePtr[w] = hardOutStart[w]!;
          stack[sp++] = w;
          onStack[w] = 1;
          callStack[csp++] = w;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        compStartList.push(filled);
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = compCount;
          order[filled++] = w;
        } while (w !== v);
        compCount++;
      }
      if (csp > 0) {
        const parent = callStack[csp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  compStartList.push(filled);

  const start = Int32Array.from(compStartList);
  // Members in input order make the output independent of DFS details.
  const members = new Int32Array(n);
  const fill = start.slice(0, compCount);
  for (let v = 0; v < n; v++) {
    const k = comp[v]!;
    members[fill[k]!++] = v;
  }
  const isCycle = new Uint8Array(compCount);
  for (let k = 0; k < compCount; k++) {
    if (start[k + 1]! - start[k]! > 1) {
      isCycle[k] = 1;
      continue;
    }
    const v = members[start[k]!]!;
    for (let i = hardOutStart[v]!; i < hardOutStart[v + 1]!; i++) if (hardOut[i] === v) isCycle[k] = 1;
  }
  // Number cycles by their first member's input position, so ids do not depend on DFS order.
  const cycles: number[] = [];
  for (let k = 0; k < compCount; k++) if (isCycle[k]) cycles.push(k);
  cycles.sort((a, b) => members[start[a]!]! - members[start[b]!]!);
  const cycleId: (string | undefined)[] = new Array<string | undefined>(compCount).fill(undefined);
  cycles.forEach((k, i) => (cycleId[k] = `cycle-${i + 1}`));
  return { comp, compCount, start, members, isCycle, cycleId };
}

/** Cycles of required dependencies, each with its members; reported, never hidden. */
export function findCycles(g: CompiledGraph, c: Condensation = condense(g)): DependencyCycle[] {
  const result: { first: number; cycle: DependencyCycle }[] = [];
  for (let k = 0; k < c.compCount; k++) {
    const id = c.cycleId[k];
    if (id === undefined) continue;
    const members = [];
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const node = g.nodes[c.members[i]!]!;
      members.push({ id: node.id, name: node.name });
    }
    const selfLoop = members.length === 1;
    const explanation = selfLoop
      ? `${members[0]!.name} requires itself, so it cannot be restored after its own providers.`
      : `${listNames(members.map((m) => m.name))} require each other in a cycle; they must be restored together and someone must decide which comes up first.`;
    result.push({ first: c.members[c.start[k]!]!, cycle: { id, members, selfLoop, explanation } });
  }
  return result.sort((a, b) => a.first - b.first).map((r) => r.cycle);
}
