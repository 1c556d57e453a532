// Compiles a GraphInput into index arrays once, so every analysis runs over typed arrays instead
// of maps of objects (TOOLCHAIN.md: plain-array algorithms are two orders faster than cytoscape's).

import type { CompiledGraph, GraphEdge, GraphInput, GraphIssue, GraphNode } from './types';

/** Counting sort of (key, value) pairs into CSR form; stable, so input order survives. */
function toCsr(n: number, keys: readonly number[], values: readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const k of keys) start[k + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[fill[k]!++] = values[i]!;
  }
  return [start, out];
}

function finiteOrNaN(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : NaN;
}

export function buildGraph(input: GraphInput): CompiledGraph {
  const issues: GraphIssue[] = [];
  const nodes: GraphNode[] = [];
  const indexOf = new Map<string, number>();
  for (const node of input.nodes) {
    if (indexOf.has(node.id)) {
      issues.push({
        code: 'duplicate-node',
        id: node.id,
        message: `Node id "${node.id}" appears twice; the first one is kept.`,
      });
      continue;
    }
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
  }
  const n = nodes.length;

  const edges: GraphEdge[] = [];
  const hardFrom: number[] = [];
  const hardTo: number[] = [];
  // Units are keyed by (consumer, provider) for single requirements and (consumer, groupId) for
  // groups. Each accepted hard edge records its unit; only groups keep a member list, to refuse a
  // repeated member, so the common single requirement allocates nothing.
  const singleUnit = new Map<number, number>();
  const groupUnit = new Map<string, number>();
  const groupMembers = new Map<number, number[]>();
  const unitConsumerList: number[] = [];
  const unitGroupList: (string | undefined)[] = [];
  const memberUnit: number[] = [];
  const memberNode: number[] = [];
  const memberEdge: number[] = [];

  for (const edge of input.edges) {
    const c = indexOf.get(edge.from);
    const p = indexOf.get(edge.to);
    if (c === undefined || p === undefined) {
      const missing = c === undefined ? edge.from : edge.to;
      issues.push({
        code: 'dangling-edge',
        id: edge.id,
        message: `Edge "${edge.id}" refers to unknown node "${missing}" and is ignored.`,
      });
      continue;
    }
    const e = edges.length;
    edges.push(edge);
    if (!edge.hard) continue;
    hardFrom.push(c);
    hardTo.push(p);
    let u: number | undefined;
    if (edge.groupId === undefined) {
      const key = c * n + p;
      if (singleUnit.has(key)) {
        issues.push({
          code: 'duplicate-edge',
          id: edge.id,
          message: `Edge "${edge.id}" repeats a required dependency of "${edge.from}" on "${edge.to}".`,
        });
        continue;
      }
      u = unitConsumerList.length;
      singleUnit.set(key, u);
      unitConsumerList.push(c);
      unitGroupList.push(undefined);
    } else {
      const key = `${c}\u0000${edge.groupId}`;
      u = groupUnit.get(key);
      if (u === undefined) {
        u = unitConsumerList.length;
        groupUnit.set(key, u);
        groupMembers.set(u, [p]);
        unitConsumerList.push(c);
        unitGroupList.push(edge.groupId);
      } else {
        const members = groupMembers.get(u)!;
        if (members.includes(p)) {
          issues.push({
            code: 'duplicate-edge',
            id: edge.id,
            message: `Edge "${edge.id}" repeats member "${edge.to}" of group "${edge.groupId}".`,
          });
          continue;
        }
        members.push(p);
      }
    }
    memberUnit.push(u);
    memberNode.push(p);
    memberEdge.push(e);
  }

  const [hardOutStart, hardOut] = toCsr(n, hardFrom, hardTo);
  const [hardInStart, hardIn] = toCsr(n, hardTo, hardFrom);

  // Renumber units by consumer (stable) so each consumer's units form one range.
  const unitCount = unitConsumerList.length;
  const unitIds = Array.from({ length: unitCount }, (_, i) => i);
  const [consumerUnitStart, order] = toCsr(n, unitConsumerList, unitIds);
  const renumber = new Int32Array(unitCount);
  const unitConsumer = new Int32Array(unitCount);
  const unitGroupId: (string | undefined)[] = new Array<string | undefined>(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const raw = order[u]!;
    renumber[raw] = u;
    unitConsumer[u] = unitConsumerList[raw]!;
    unitGroupId[u] = unitGroupList[raw];
  }
  const memberCount = memberUnit.length;
  const finalUnit: number[] = new Array<number>(memberCount);
  const memberIds: number[] = new Array<number>(memberCount);
  for (let i = 0; i < memberCount; i++) {
    finalUnit[i] = renumber[memberUnit[i]!]!;
    memberIds[i] = i;
  }
  const [unitMemberStart, memberOrder] = toCsr(unitCount, finalUnit, memberIds);
  const unitMembers = new Int32Array(memberCount);
  const unitMemberEdge = new Int32Array(memberCount);
  for (let j = 0; j < memberCount; j++) {
    const i = memberOrder[j]!;
    unitMembers[j] = memberNode[i]!;
    unitMemberEdge[j] = memberEdge[i]!;
  }
  const [providerUnitStart, providerUnits] = toCsr(n, memberNode, finalUnit);

  const ownMinutes = new Float64Array(n);
  const measuredMinutes = new Float64Array(n);
  const capabilityMinutes = new Float64Array(n);
  const targetMinutes = new Float64Array(n);
  const tierRank = new Int32Array(n);
  const impact = new Float64Array(n);
  const isProcess = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    const node = nodes[v]!;
    const proven = finiteOrNaN(node.provenMinutes);
    const restore = finiteOrNaN(node.restoreMinutes);
    const target = finiteOrNaN(node.rtoMinutes);
    // A measured recovery beats the estimates; recovery-time.ts applies it end to end.
    ownMinutes[v] = Number.isNaN(restore) ? 0 : restore;
    measuredMinutes[v] = proven;
    capabilityMinutes[v] = Number.isNaN(proven) ? target : proven;
    targetMinutes[v] = target;
    tierRank[v] = node.tierRank !== undefined && Number.isFinite(node.tierRank) ? node.tierRank : -1;
    const proc = node.kind === 'process';
    isProcess[v] = proc ? 1 : 0;
    impact[v] = proc
      ? node.impactWeight !== undefined && Number.isFinite(node.impactWeight)
        ? node.impactWeight
        : 1
      : 0;
  }

  return {
    nodeCount: n,
    nodes,
    edges,
    indexOf,
    issues,
    hardOutStart,
    hardOut,
    hardInStart,
    hardIn,
    unitCount,
    unitConsumer,
    unitGroupId,
    unitMemberStart,
    unitMembers,
    unitMemberEdge,
    consumerUnitStart,
    providerUnitStart,
    providerUnits,
    ownMinutes,
    measuredMinutes,
    capabilityMinutes,
    targetMinutes,
    tierRank,
    impact,
    isProcess,
  };
}
