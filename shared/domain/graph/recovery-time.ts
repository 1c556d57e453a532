// Achievable recovery time along the critical path: own time (estimate, else 0) plus the slowest
// required provider; a redundancy group waits only for its fastest member. Computed on the
// condensation so cycles terminate: a cycle is one unit whose own time is the SUM of its members'
// own times (conservative: mutually dependent systems are bootstrapped one after another), and a
// group member inside the same cycle costs no extra wait.
//
// Measured beats estimated (issue 13 item 12). A DR test measures a node's recovery time actual from
// the disruption to the node being back, providers included, so the node's latest measurement,
// passed or failed, IS its achievable time: its estimate and its providers' are not added on top,
// and its consumers wait for the measurement. The estimate-based figure is kept beside it
// (estimatedMinutes) with the gap in the explanation. Worked example: a site estimated at 10 min,
// measured at 90 min in a failed test, RTO 60: achievable 90 min, 30 min over the RTO (not 10 min),
// and a process that needs it waits 90 min. A measurement stays until a later test measures the
// node again; whether it is recent enough is the DR-test overdue list's question (the tier's
// test frequency). Inside a cycle a member's measurement is used as its own time.

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
  /** What the estimates give for component k, its own measurement ignored (providers' counted). */
  estimated: Float64Array;
  estimatedNext: Int32Array;
}

export function componentTimes(g: CompiledGraph, c: Condensation): ComponentTimes {
  const time = new Float64Array(c.compCount);
  const estimated = new Float64Array(c.compCount);
  const next = new Int32Array(c.compCount).fill(-1);
  const estimatedNext = new Int32Array(c.compCount).fill(-1);
  const { consumerUnitStart, unitMemberStart, unitMembers, ownMinutes, measuredMinutes } = g;
  for (let k = 0; k < c.compCount; k++) {
    const single = c.start[k + 1]! - c.start[k]! === 1 && c.cycleId[k] === undefined;
    let own = 0;
    let wait = 0;
    let via = -1;
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const v = c.members[i]!;
      const measured = measuredMinutes[v]!;
      own += single || Number.isNaN(measured) ? ownMinutes[v]! : measured;
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
    estimated[k] = own + wait;
    estimatedNext[k] = via;
    const measured = single ? measuredMinutes[c.members[c.start[k]!]!]! : NaN;
    // The measurement covers the node's whole recovery, so nothing below it is on its critical path.
    time[k] = Number.isNaN(measured) ? own + wait : measured;
    next[k] = Number.isNaN(measured) ? via : -1;
  }
  return { time, next, estimated, estimatedNext };
}

export function recoveryTimes(g: CompiledGraph, c: Condensation = condense(g)): RecoveryTime[] {
  const { time, next, estimated } = componentTimes(g, c);
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
    const hasProven = !Number.isNaN(g.measuredMinutes[v]!);
    const hasEstimate = node.restoreMinutes !== undefined && Number.isFinite(node.restoreMinutes);
    const rt: RecoveryTime = {
      id: node.id,
      name: node.name,
      ownMinutes: hasProven ? g.measuredMinutes[v]! : g.ownMinutes[v]!,
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
    const measuredAlone = hasProven && cycleId === undefined;
    if (measuredAlone) rt.estimatedMinutes = estimated[k]!;
    if (cycleId !== undefined) {
      explanation = `${node.name} is in ${cycleId}; the cycle is timed as one unit and can be back in ${formatDuration(achievableMinutes)}.`;
    } else if (measuredAlone) {
      const diff = achievableMinutes - estimated[k]!;
      explanation =
        `${node.name} was measured back in ${formatDuration(achievableMinutes)} by a DR test` +
        `${node.provenAt ? ` (${node.provenAt.slice(0, 10)})` : ''}; the estimates give ${formatDuration(estimated[k]!)}` +
        (diff === 0
          ? ', the same.'
          : `, so it recovers ${formatDuration(Math.abs(diff))} ${diff > 0 ? 'slower' : 'faster'} than estimated.`);
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
