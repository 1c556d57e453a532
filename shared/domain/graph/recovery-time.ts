// Achievable recovery time along the critical path: own time (proven, else estimate, else 0) plus
// the slowest required provider; a redundancy group waits only for its fastest member. Computed on
// the condensation so cycles terminate: a cycle is one unit whose own time is the SUM of its
// members' own times (conservative: mutually dependent systems are bootstrapped one after another),
// and a group member inside the same cycle costs no extra wait.

import { condense, type Condensation } from './cycles';
import { formatDuration } from '../../format/duration';
import { nameOf } from './format';
import type { CompiledGraph, RecoveryTime } from './types';

/** Paths longer than this are cut; real dependency maps are far shallower. */
export const MAX_PATH_NODES = 100;

export interface ComponentTimes {
  /** Achievable minutes per component. */
  time: Float64Array;
  /** Node on the critical path right below component k (outside it), or -1. */
  next: Int32Array;
}

export function componentTimes(g: CompiledGraph, c: Condensation): ComponentTimes {
  const time = new Float64Array(c.compCount);
  const next = new Int32Array(c.compCount).fill(-1);
  const { consumerUnitStart, unitMemberStart, unitMembers, ownMinutes } = g;
  for (let k = 0; k < c.compCount; k++) {
    let own = 0;
    let wait = 0;
    let via = -1;
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const v = c.members[i]!;
      own += ownMinutes[v]!;
      for (let u = consumerUnitStart[v]!; u < consumerUnitStart[v + 1]!; u++) {
        let best = Infinity;
        let bestMember = -1;
        for (let j = unitMemberStart[u]!; j < unitMemberStart[u + 1]!; j++) {
          const m = unitMembers[j]!;
          const mk = c.comp[m]!;
          const t = mk === k ? 0 : time[mk]!;
          if (t < best) {
            best = t;
            bestMember = mk === k ? -1 : m;
          }
        }
        if (best > wait) {
          wait = best;
          via = bestMember;
        }
      }
    }
    time[k] = own + wait;
    next[k] = via;
  }
  return { time, next };
}

export function recoveryTimes(g: CompiledGraph, c: Condensation = condense(g)): RecoveryTime[] {
  const { time, next } = componentTimes(g, c);
  const result: RecoveryTime[] = new Array<RecoveryTime>(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    const node = g.nodes[v]!;
    const k = c.comp[v]!;
    const pathNodes: number[] = [v];
    let w = next[k]!;
    while (w >= 0 && pathNodes.length < MAX_PATH_NODES) {
      pathNodes.push(w);
      w = next[c.comp[w]!]!;
    }
    const criticalPath = pathNodes.map((p) => g.nodes[p]!.id);
    const achievableMinutes = time[k]!;
    const hasProven = node.provenMinutes !== undefined && Number.isFinite(node.provenMinutes);
    const hasEstimate = node.restoreMinutes !== undefined && Number.isFinite(node.restoreMinutes);
    const rt: RecoveryTime = {
      id: node.id,
      name: node.name,
      ownMinutes: g.ownMinutes[v]!,
      ownSource: hasProven ? 'proven' : hasEstimate ? 'estimate' : 'none',
      achievableMinutes,
      criticalPath,
      explanation: '',
    };
    if (w >= 0) rt.pathTruncated = true;
    if (hasProven && node.provenAt !== undefined) rt.provenAt = node.provenAt;
    const cycleId = c.cycleId[k];
    if (cycleId !== undefined) rt.cycleId = cycleId;
    const target = g.targetMinutes[v]!;
    let explanation: string;
    const head = next[k]!;
    if (cycleId !== undefined) {
      explanation = `${node.name} is in ${cycleId}; the cycle is timed as one unit and can be back in ${formatDuration(achievableMinutes)}.`;
    } else if (head < 0) {
      explanation = `${node.name} can be back in ${formatDuration(achievableMinutes)}, its own time${rt.ownSource === 'none' ? ' (no estimate recorded, counted as 0)' : rt.ownSource === 'proven' ? ' (proven)' : ''}; it waits for no provider.`;
    } else {
      explanation = `${node.name} can be back in ${formatDuration(achievableMinutes)}: ${formatDuration(rt.ownMinutes)} of its own after ${formatDuration(achievableMinutes - rt.ownMinutes)} waiting for ${nameOf(g, head)} (critical path ${pathNodes.map((p) => nameOf(g, p)).join(' → ')}).`;
    }
    if (!Number.isNaN(target)) {
      rt.rtoMinutes = target;
      rt.gapMinutes = achievableMinutes - target;
      rt.meetsRto = achievableMinutes <= target;
      explanation += rt.meetsRto
        ? ` That meets its RTO of ${formatDuration(target)}.`
        : ` That misses its RTO of ${formatDuration(target)} by ${formatDuration(rt.gapMinutes)}.`;
    }
    rt.explanation = explanation;
    result[v] = rt;
  }
  return result;
}
