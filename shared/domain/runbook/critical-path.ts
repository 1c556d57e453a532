// Deterministic schedule of a runbook: earliest and latest start/finish per step and the longest
// (critical) path, by one forward and one backward pass over a topological order.

import type { Minutes } from '../model';
import { compileRunbook } from './graph';
import type { CriticalPathResult, RunbookStep, StepSchedule } from './types';

export type DurationOf = (step: RunbookStep) => Minutes;

export const likelyDuration: DurationOf = (s) => s.likelyMinutes;

/**
 * Throws RunbookError for an invalid runbook. When several paths tie for longest, the one through
 * the earlier-listed steps is reported, so the answer does not depend on object key order.
 */
export function criticalPath(
  steps: readonly RunbookStep[],
  durationOf: DurationOf = likelyDuration,
): CriticalPathResult {
  const { order, predStart, preds } = compileRunbook(steps);
  const n = steps.length;
  const dur = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = durationOf(steps[i]!);
    if (!Number.isFinite(d) || d < 0) {
      throw new RangeError(`Duration of step "${steps[i]!.id}" must be a non-negative number (got ${d}).`);
    }
    dur[i] = d;
  }

  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  let total = 0;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    let start = 0;
    let best = -1;
    for (let q = predStart[i]!; q < predStart[i + 1]!; q++) {
      const p = preds[q]!;
      const f = ef[p]!;
      if (best < 0 || f > start || (f === start && p < best)) {
        start = f;
        best = p;
      }
    }
    es[i] = start;
    ef[i] = start + dur[i]!;
    via[i] = best;
    if (last < 0 || ef[i]! > total || (ef[i] === total && i < last)) {
      total = ef[i]!;
      last = i;
    }
  }

  const lf = new Float64Array(n).fill(total);
  const ls = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k]!;
    ls[i] = lf[i]! - dur[i]!;
    for (let q = predStart[i]!; q < predStart[i + 1]!; q++) {
      const p = preds[q]!;
      if (ls[i]! < lf[p]!) lf[p] = ls[i]!;
    }
  }

  const path: string[] = [];
  for (let v = last; v >= 0; v = via[v]!) path.push(steps[v]!.id);
  path.reverse();

  const schedule: Record<string, StepSchedule> = {};
  for (let i = 0; i < n; i++) {
    schedule[steps[i]!.id] = {
      earliestStart: es[i]!,
      earliestFinish: ef[i]!,
      latestStart: ls[i]!,
      latestFinish: lf[i]!,
      slack: ls[i]! - es[i]!,
    };
  }
  return { total, path, schedule };
}
