// What a DR test proved: active time with pauses taken out, recovery time actual (RTC) and data
// loss per node against RTO/RPO, pass/fail, and the planned-versus-actual timeline.

import { formatDuration } from '../../format/duration';
import type { Minutes } from '../model';
import { criticalPath } from '../runbook/critical-path';
import type { RunbookStep, StepId } from '../runbook/types';
import type {
  DrTestExecution,
  DrTestResult,
  EpochMs,
  NodeObjective,
  NodeResult,
  Pause,
  StepExecution,
  TimelineRow,
  Verdict,
} from './types';

export const MINUTE_MS = 60_000;

/**
 * Pauses sorted and merged, with open pauses closed at `until`, so overlapping or duplicated
 * pause records are never subtracted twice.
 */
export function mergePauses(pauses: readonly Pause[], until: EpochMs): [EpochMs, EpochMs][] {
  const spans = pauses
    .map((p): [EpochMs, EpochMs] => [p.from, p.to ?? Math.max(p.from, until)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: [EpochMs, EpochMs][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Paused milliseconds inside [from, to]. */
export function pausedMs(from: EpochMs, to: EpochMs, pauses: readonly Pause[]): number {
  let total = 0;
  for (const [a, b] of mergePauses(pauses, to)) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/** Milliseconds in [from, to] while the exercise was not paused. */
export function activeMs(from: EpochMs, to: EpochMs, pauses: readonly Pause[]): number {
  return to <= from ? 0 : to - from - pausedMs(from, to, pauses);
}

export interface DrResultOptions {
  /**
   * 'active' (default) measures RTC with pauses taken out: a pause is an exercise artefact (a
   * break, a safety hold) that a real recovery would not have. 'wall' counts them, for a
   * full-interruption test where the service really was down throughout.
   */
  rtcClock?: 'active' | 'wall';
}

/** One row per step: first start, last finish and the last attempt's outcome, so a retry counts once. */
function mergeExecutions(executions: readonly StepExecution[]): Map<StepId, StepExecution> {
  const byStep = new Map<StepId, StepExecution>();
  for (const e of executions) {
    const seen = byStep.get(e.stepId);
    if (!seen) {
      byStep.set(e.stepId, { ...e });
      continue;
    }
    seen.startedAt = Math.min(seen.startedAt, e.startedAt);
    seen.finishedAt = e.finishedAt;
    seen.outcome = e.outcome;
    if (e.notes) seen.notes = seen.notes ? `${seen.notes}\n${e.notes}` : e.notes;
  }
  return byStep;
}

export function testEnd(execution: DrTestExecution): EpochMs {
  if (execution.endedAt !== undefined) return execution.endedAt;
  let end = execution.disruptionAt;
  for (const s of execution.steps) end = Math.max(end, s.finishedAt ?? s.startedAt);
  return end;
}

/**
 * Throws RunbookError when the runbook is invalid (its schedule is needed for the timeline).
 * Executions of steps that are not in the runbook are ignored.
 */
export function computeDrTestResult(
  steps: readonly RunbookStep[],
  execution: DrTestExecution,
  objectives: readonly NodeObjective[],
  options: DrResultOptions = {},
): DrTestResult {
  const t0 = execution.disruptionAt;
  const end = testEnd(execution);
  const pauses = execution.pauses;
  const clock = options.rtcClock ?? 'active';
  const sinceDisruption = (t: EpochMs): Minutes =>
    (clock === 'wall' ? Math.max(0, t - t0) : activeMs(t0, t, pauses)) / MINUTE_MS;
  const activeSince = (t: EpochMs): Minutes => activeMs(t0, t, pauses) / MINUTE_MS;

  const runs = mergeExecutions(execution.steps);
  const worstLoss = new Map<string, Minutes>();
  for (const d of execution.dataLoss)
    worstLoss.set(d.nodeId, Math.max(d.minutes, worstLoss.get(d.nodeId) ?? -Infinity));

  const nodes = objectives.map((o) => nodeResult(o, steps, runs, worstLoss.get(o.nodeId), sinceDisruption));

  const { schedule } = criticalPath(steps);
  const timeline: TimelineRow[] = steps.map((s) => {
    const plan = schedule[s.id]!;
    const row: TimelineRow = {
      stepId: s.id,
      title: s.title,
      plannedStart: plan.earliestStart,
      plannedFinish: plan.earliestFinish,
    };
    const run = runs.get(s.id);
    if (run) {
      row.actualStart = activeSince(run.startedAt);
      if (run.finishedAt !== undefined) {
        row.actualFinish = activeSince(run.finishedAt);
        row.varianceMinutes = activeMs(run.startedAt, run.finishedAt, pauses) / MINUTE_MS - s.likelyMinutes;
      }
      if (run.outcome) row.outcome = run.outcome;
      if (run.notes) row.notes = run.notes;
    }
    return row;
  });

  return {
    elapsedActiveMinutes: activeMs(t0, end, pauses) / MINUTE_MS,
    pausedMinutes: pausedMs(t0, end, pauses) / MINUTE_MS,
    nodes,
    verdict: overallVerdict(nodes),
    timeline,
  };
}

function nodeResult(
  o: NodeObjective,
  steps: readonly RunbookStep[],
  runs: Map<StepId, StepExecution>,
  dataLoss: Minutes | undefined,
  sinceDisruption: (t: EpochMs) => Minutes,
): NodeResult {
  const mine = steps.filter((s) => s.restoresNodeIds?.includes(o.nodeId));
  const reasons: string[] = [];
  const failedStepIds: StepId[] = [];
  const unfinished: StepId[] = [];
  let lastFinish: EpochMs | undefined;
  for (const s of mine) {
    const run = runs.get(s.id);
    if (run?.outcome === 'failed') failedStepIds.push(s.id);
    if (run?.outcome === 'skipped') continue;
    if (run?.finishedAt === undefined) unfinished.push(s.id);
    else lastFinish = Math.max(lastFinish ?? run.finishedAt, run.finishedAt);
  }

  const result: NodeResult = {
    nodeId: o.nodeId,
    rtoMinutes: o.rtoMinutes,
    rpoMinutes: o.rpoMinutes,
    stepIds: mine.map((s) => s.id),
    failedStepIds,
    verdict: 'pass',
    reasons,
  };
  let failed = false;
  let incomplete = false;

  if (mine.length === 0) {
    incomplete = true;
    reasons.push('No runbook step restores this node, so its recovery time cannot be measured.');
  } else if (unfinished.length > 0 || lastFinish === undefined) {
    incomplete = true;
    reasons.push(
      unfinished.length > 0
        ? `Not restored: ${unfinished.join(', ')} did not finish.`
        : 'Not restored: every step that restores it was skipped.',
    );
  } else {
    result.rtcMinutes = sinceDisruption(lastFinish);
    result.gapMinutes = result.rtcMinutes - o.rtoMinutes;
    if (result.gapMinutes > 0) {
      failed = true;
      reasons.push(
        `Recovered in ${formatDuration(result.rtcMinutes)}, ${formatDuration(result.gapMinutes)} over the RTO of ${formatDuration(o.rtoMinutes)}.`,
      );
    }
  }
  if (failedStepIds.length > 0) {
    failed = true;
    reasons.push(`Failed step${failedStepIds.length > 1 ? 's' : ''}: ${failedStepIds.join(', ')}.`);
  }
  if (dataLoss === undefined) {
    incomplete = true;
    reasons.push('Data loss was not measured.');
  } else {
    result.dataLossMinutes = dataLoss;
    result.dataLossGapMinutes = dataLoss - o.rpoMinutes;
    if (result.dataLossGapMinutes > 0) {
      failed = true;
      reasons.push(
        `Lost ${formatDuration(dataLoss)} of data, ${formatDuration(result.dataLossGapMinutes)} over the RPO of ${formatDuration(o.rpoMinutes)}.`,
      );
    }
  }
  // A proven failure outranks missing evidence: the node cannot pass whatever is measured later.
  result.verdict = failed ? 'fail' : incomplete ? 'incomplete' : 'pass';
  return result;
}

/** Fail if any node failed; incomplete if any lacks evidence (or nothing was in scope); else pass. */
export function overallVerdict(nodes: readonly NodeResult[]): Verdict {
  if (nodes.some((n) => n.verdict === 'fail')) return 'fail';
  if (nodes.length === 0 || nodes.some((n) => n.verdict === 'incomplete')) return 'incomplete';
  return 'pass';
}
