// RTO inversions: a provider that cannot recover (proven capability, else target RTO) within the
// time its consumer must recover in. That time is the consumer's "demand": its own target, or a
// tighter one inherited down hard edges from any node above that needs it (so a database under an
// untargeted application still answers to the process on top). Readings chosen:
// - a redundancy group is inverted only when EVERY member is slower: the fastest member decides;
// - demand flows into a group only through its fastest member(s) (all members when none has a
//   known RTO), since that is the path the consumer relies on; a slow backup's own providers are
//   not held to the consumer's RTO;
// - a node without any RTO is never inverted itself, but demand passes through it.

import { isoDate } from '../../format/datetime';
import { formatDuration } from '../../format/duration';
import { listNames, nameOf, ref } from './format';
import { MAX_PATH_NODES } from './recovery-time';
import type { CompiledGraph, NodeRef, RtoInversion } from './types';

interface Demand {
  minutes: Float64Array;
  origin: Int32Array;
  /** The consumer the demand came through, -1 at its origin. */
  parent: Int32Array;
}

/** Capability of unit u: the fastest member with a known RTO, NaN when none is known. */
function unitCapability(g: CompiledGraph, u: number): number {
  let best = NaN;
  for (let j = g.unitMemberStart[u]!; j < g.unitMemberStart[u + 1]!; j++) {
    const cap = g.capabilityMinutes[g.unitMembers[j]!]!;
    if (!Number.isNaN(cap) && !(cap >= best)) best = cap;
  }
  return best;
}

/**
 * Demand per node: the minimum target over the nodes that reach it. Sources are visited from the
 * tightest target up and each breadth-first search claims only unclaimed nodes, so every node gets
 * its minimum with the shortest path from the most demanding origin, in O(V + E) after the sort.
 */
function computeDemand(g: CompiledGraph): Demand {
  const n = g.nodeCount;
  const demand = new Float64Array(n).fill(NaN);
  const origin = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (!Number.isNaN(g.targetMinutes[v]!)) sources.push(v);
  const rankKey = (v: number) => (g.tierRank[v]! < 0 ? Infinity : g.tierRank[v]!);
  sources.sort(
    (a, b) =>
      g.targetMinutes[a]! - g.targetMinutes[b]! ||
      rankKey(a) - rankKey(b) ||
      g.isProcess[b]! - g.isProcess[a]! ||
      a - b,
  );
  const queue = new Int32Array(n);
  for (const s of sources) {
    if (!Number.isNaN(demand[s]!)) continue;
    const d = g.targetMinutes[s]!;
    demand[s] = d;
    origin[s] = s;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      for (let u = g.consumerUnitStart[v]!; u < g.consumerUnitStart[v + 1]!; u++) {
        const cap = unitCapability(g, u);
        for (let j = g.unitMemberStart[u]!; j < g.unitMemberStart[u + 1]!; j++) {
          const m = g.unitMembers[j]!;
          if (!Number.isNaN(cap) && g.capabilityMinutes[m] !== cap) continue;
          if (!Number.isNaN(demand[m]!)) continue;
          demand[m] = d;
          origin[m] = s;
          parent[m] = v;
          queue[tail++] = m;
        }
      }
    }
  }
  return { minutes: demand, origin, parent };
}

function pathFrom(
  g: CompiledGraph,
  demand: Demand,
  c: number,
  provider: number,
): { path: NodeRef[]; truncated: boolean } {
  const up: number[] = [provider, c];
  let v = demand.parent[c]!;
  while (v >= 0 && up.length < MAX_PATH_NODES) {
    up.push(v);
    v = demand.parent[v]!;
  }
  const truncated = v >= 0;
  // Keep the origin visible even when the middle of a very long path is cut.
  if (truncated) up.push(demand.origin[c]!);
  up.reverse();
  return { path: up.map((w) => ref(g, w)), truncated };
}

function capabilityText(g: CompiledGraph, v: number): string {
  const node = g.nodes[v]!;
  const cap = g.capabilityMinutes[v]!;
  if (node.provenMinutes !== undefined && Number.isFinite(node.provenMinutes)) {
    return `${formatDuration(cap)}, proven${node.provenAt ? ` on ${isoDate(node.provenAt)}` : ''}`;
  }
  return `${formatDuration(cap)} target`;
}

export function rtoInversions(g: CompiledGraph): RtoInversion[] {
  const demand = computeDemand(g);
  const result: RtoInversion[] = [];
  for (let c = 0; c < g.nodeCount; c++) {
    const d = demand.minutes[c]!;
    if (Number.isNaN(d)) continue;
    for (let u = g.consumerUnitStart[c]!; u < g.consumerUnitStart[c + 1]!; u++) {
      const cap = unitCapability(g, u);
      if (Number.isNaN(cap) || cap <= d) continue;
      const providers: RtoInversion['providers'] = [];
      const edgeIds: string[] = [];
      let fastest = -1;
      for (let j = g.unitMemberStart[u]!; j < g.unitMemberStart[u + 1]!; j++) {
        const m = g.unitMembers[j]!;
        const node = g.nodes[m]!;
        const mc = g.capabilityMinutes[m]!;
        const proven = node.provenMinutes !== undefined && Number.isFinite(node.provenMinutes);
        const entry: RtoInversion['providers'][number] = {
          ...ref(g, m),
          capabilityMinutes: Number.isNaN(mc) ? null : mc,
          source: proven ? 'proven' : Number.isNaN(mc) ? 'none' : 'target',
        };
        if (proven && node.provenAt !== undefined) entry.provenAt = node.provenAt;
        providers.push(entry);
        edgeIds.push(g.edges[g.unitMemberEdge[j]!]!.id);
        if (fastest < 0 && mc === cap) fastest = m;
      }
      const o = demand.origin[c]!;
      const { path, truncated } = pathFrom(g, demand, c, fastest);
      const groupId = g.unitGroupId[u];
      const consumerName = nameOf(g, c);
      let explanation =
        groupId === undefined
          ? `${nameOf(g, fastest)} (${capabilityText(g, fastest)}) is slower than the ${formatDuration(d)} ${consumerName} must recover in`
          : `Every member of ${consumerName}'s redundancy group "${groupId}" (${listNames(providers.map((p) => p.name))}) is slower than the ${formatDuration(d)} it must recover in; the fastest, ${nameOf(g, fastest)} (${capabilityText(g, fastest)}), decides`;
      explanation +=
        o === c
          ? ` (its own RTO).`
          : `, a demand set by the RTO of ${nameOf(g, o)} through ${path.map((p) => p.name).join(' → ')}.`;
      const inversion: RtoInversion = {
        consumer: ref(g, c),
        providers,
        edgeIds,
        providerMinutes: cap,
        demandMinutes: d,
        excessMinutes: cap - d,
        demandOrigin: ref(g, o),
        path,
        explanation,
      };
      if (groupId !== undefined) inversion.groupId = groupId;
      if (truncated) inversion.pathTruncated = true;
      result.push(inversion);
    }
  }
  return result;
}
