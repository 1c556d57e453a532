// Failure propagation: the least fixpoint of "a consumer fails when one of its requirements has
// lost every member". A counter per requirement unit and a queue make it linear in what fails.

import { listNames, nameOf } from './format';
import type { CompiledGraph, FailedNode } from './types';

/**
 * A reusable propagation kernel. Arrays are stamped with an epoch instead of cleared, so running it
 * once per node (the all-nodes blast radius) costs what fails, not the size of the graph.
 */
export interface Propagator {
  /** Fails the origins and everything that follows; returns how many failed (origins included). */
  run(origins: readonly number[]): number;
  /** The failed nodes of the last run, in failure order: queue[0 .. count). */
  readonly queue: Int32Array;
  isFailed(v: number): boolean;
  /** Provider whose failure brought v down in the last run; -1 for an origin. */
  readonly cause: Int32Array;
  /** Requirement unit that v lost; -1 for an origin. */
  readonly causeUnit: Int32Array;
  readonly depth: Int32Array;
}

export function createPropagator(g: CompiledGraph): Propagator {
  const n = g.nodeCount;
  const failedEpoch = new Int32Array(n);
  const unitEpoch = new Int32Array(g.unitCount);
  const remaining = new Int32Array(g.unitCount);
  const queue = new Int32Array(n);
  const cause = new Int32Array(n);
  const causeUnit = new Int32Array(n);
  const depth = new Int32Array(n);
  const { providerUnitStart, providerUnits, unitMemberStart, unitConsumer } = g;
  let epoch = 0;

  function run(origins: readonly number[]): number {
    epoch++;
    let tail = 0;
    for (const o of origins) {
      if (failedEpoch[o] === epoch) continue;
      failedEpoch[o] = epoch;
      cause[o] = -1;
      causeUnit[o] = -1;
      depth[o] = 0;
      queue[tail++] = o;
    }
    for (let head = 0; head < tail; head++) {
      const p = queue[head]!;
      for (let i = providerUnitStart[p]!, end = providerUnitStart[p + 1]!; i < end; i++) {
        const u = providerUnits[i]!;
        if (unitEpoch[u] !== epoch) {
          unitEpoch[u] = epoch;
          remaining[u] = unitMemberStart[u + 1]! - unitMemberStart[u]!;
        }
        // Members are distinct (build.ts), so reaching zero means every member has failed.
        if (--remaining[u]! !== 0) continue;
        const c = unitConsumer[u]!;
        if (failedEpoch[c] === epoch) continue;
        failedEpoch[c] = epoch;
        cause[c] = p;
        causeUnit[c] = u;
        depth[c] = depth[p]! + 1;
        queue[tail++] = c;
      }
    }
    return tail;
  }

  return {
    run,
    queue,
    cause,
    causeUnit,
    depth,
    isFailed: (v) => failedEpoch[v] === epoch,
  };
}

/** Describes one failed node from the last run of a propagator. */
export function describeFailed(g: CompiledGraph, prop: Propagator, v: number): FailedNode {
  const node = g.nodes[v]!;
  const c = prop.cause[v]!;
  if (c < 0) {
    return {
      id: node.id,
      name: node.name,
      kind: node.kind,
      origin: true,
      depth: 0,
      explanation: `${node.name} fails (given).`,
    };
  }
  const u = prop.causeUnit[v]!;
  const groupId = g.unitGroupId[u];
  const failed: FailedNode = {
    id: node.id,
    name: node.name,
    kind: node.kind,
    origin: false,
    depth: prop.depth[v]!,
    causeId: g.nodes[c]!.id,
    explanation: '',
  };
  if (groupId === undefined) {
    failed.explanation = `${node.name} fails because it requires ${nameOf(g, c)}, which failed.`;
  } else {
    failed.causeGroupId = groupId;
    const names: string[] = [];
    for (let i = g.unitMemberStart[u]!; i < g.unitMemberStart[u + 1]!; i++)
      names.push(nameOf(g, g.unitMembers[i]!));
    failed.explanation = `${node.name} fails because every member of its redundancy group "${groupId}" failed (${listNames(names)}); ${nameOf(g, c)} was the last.`;
  }
  return failed;
}
