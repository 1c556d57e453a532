// The per-run recurrence of the scenario Monte Carlo, flattened once into typed arrays so each of
// the 10,000 runs is a tight loop: per random component, own time (constant part + the finish of
// its runbook-restored members) plus the slowest requirement, a requirement waiting for its
// fastest member. Requirements with no random member fold into a constant floor.

import type { Condensation } from '../graph/cycles';
import type { CompiledGraph } from '../graph/types';
import type { NodeRunbook } from './own-times';

export interface Kernel {
  /** Random components, providers first. */
  comps: Int32Array;
  constOwn: Float64Array;
  waitFloor: Float64Array;
  /** Per random comp i: runbook-node slots nodeStart[i] .. nodeStart[i+1]. */
  nodeStart: Int32Array;
  /** Per slot: global step indices stepStart[s] .. stepStart[s+1]. */
  stepStart: Int32Array;
  steps: Int32Array;
  /** Per random comp i: requirement units unitStart[i] .. unitStart[i+1]. */
  unitStart: Int32Array;
  /** Per unit: member components memberStart[u] .. memberStart[u+1]. */
  memberStart: Int32Array;
  memberComps: Int32Array;
}

export function buildKernel(
  sub: CompiledGraph,
  c: Condensation,
  random: Uint8Array,
  time: Float64Array,
  rbOf: readonly (NodeRunbook | undefined)[],
  offset: Int32Array,
): Kernel {
  const comps: number[] = [];
  const constOwn: number[] = [];
  const waitFloor: number[] = [];
  const nodeStart = [0];
  const stepStart = [0];
  const steps: number[] = [];
  const unitStart = [0];
  const memberStart = [0];
  const memberComps: number[] = [];
  for (let k = 0; k < c.compCount; k++) {
    if (!random[k]) continue;
    comps.push(k);
    let own = 0;
    let floor = 0;
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const v = c.members[i]!;
      const rb = rbOf[v];
      if (rb) {
        for (const s of rb.steps) steps.push(offset[rb.runbookIndex]! + s);
        stepStart.push(steps.length);
      } else {
        const measured = sub.measuredMinutes[v]!;
        own += Number.isNaN(measured) ? sub.ownMinutes[v]! : measured;
      }
      for (let u = sub.consumerUnitStart[v]!; u < sub.consumerUnitStart[v + 1]!; u++) {
        const members = new Set<number>();
        let inside = false;
        let anyRandom = false;
        let constBest = Infinity;
        for (let j = sub.unitMemberStart[u]!; j < sub.unitMemberStart[u + 1]!; j++) {
          const mk = c.comp[sub.unitMembers[j]!]!;
          if (mk === k) inside = true;
          members.add(mk);
          if (random[mk]) anyRandom = true;
          else constBest = Math.min(constBest, time[mk]!);
        }
        if (inside) continue; // a member inside the same cycle costs no wait
        if (!anyRandom) {
          floor = Math.max(floor, constBest);
          continue;
        }
        for (const mk of members) memberComps.push(mk);
        memberStart.push(memberComps.length);
      }
    }
    constOwn.push(own);
    waitFloor.push(floor);
    nodeStart.push(stepStart.length - 1);
    unitStart.push(memberStart.length - 1);
  }
  return {
    comps: Int32Array.from(comps),
    constOwn: Float64Array.from(constOwn),
    waitFloor: Float64Array.from(waitFloor),
    nodeStart: Int32Array.from(nodeStart),
    stepStart: Int32Array.from(stepStart),
    steps: Int32Array.from(steps),
    unitStart: Int32Array.from(unitStart),
    memberStart: Int32Array.from(memberStart),
    memberComps: Int32Array.from(memberComps),
  };
}

/** One run: writes the time of every random component into `time` (constants stay as they are). */
export function runKernel(kr: Kernel, finish: Float64Array, time: Float64Array): void {
  const { comps, constOwn, waitFloor, nodeStart, stepStart, steps, unitStart, memberStart, memberComps } = kr;
  for (let i = 0; i < comps.length; i++) {
    let own = constOwn[i]!;
    for (let s = nodeStart[i]!, sEnd = nodeStart[i + 1]!; s < sEnd; s++) {
      let f = 0;
      for (let q = stepStart[s]!, qEnd = stepStart[s + 1]!; q < qEnd; q++) {
        const x = finish[steps[q]!]!;
        if (x > f) f = x;
      }
      own += f;
    }
    let wait = waitFloor[i]!;
    for (let u = unitStart[i]!, uEnd = unitStart[i + 1]!; u < uEnd; u++) {
      let best = Infinity;
      for (let j = memberStart[u]!, jEnd = memberStart[u + 1]!; j < jEnd; j++) {
        const t = time[memberComps[j]!]!;
        if (t < best) best = t;
      }
      if (best > wait) wait = best;
    }
    time[comps[i]!] = own + wait;
  }
}
