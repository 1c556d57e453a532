// The state of a DR-test run derived from its recorded events, so a run survives a restart: the
// store keeps only the append-only event list, and the screen recomputes everything from it.

import type { StepId } from '../runbook/types';
import { activeMs } from './results';
import type { DrTestExecution, EpochMs, Pause, StepExecution, StepOutcome } from './types';

export type RunEvent =
  | { type: 'started'; at: EpochMs }
  | { type: 'step-started'; at: EpochMs; stepId: StepId }
  | { type: 'step-finished'; at: EpochMs; stepId: StepId; outcome: StepOutcome; notes?: string }
  | { type: 'paused'; at: EpochMs; reason?: string }
  | { type: 'resumed'; at: EpochMs }
  | { type: 'ended'; at: EpochMs };

export type RunStatus = 'not-started' | 'running' | 'paused' | 'ended';

export interface RunningStep {
  stepId: StepId;
  startedAt: EpochMs;
  /** Active milliseconds since the step started, pauses excluded. */
  elapsedActiveMs: number;
}

export interface RunState {
  status: RunStatus;
  disruptionAt?: EpochMs;
  endedAt?: EpochMs;
  /** Several when parallel branches run at once. */
  running: RunningStep[];
  /** Steps whose latest attempt finished, with that attempt's outcome. */
  finished: Record<StepId, StepOutcome>;
  /** Active milliseconds from the start to the end of the run, or to `now` while it lasts. */
  elapsedActiveMs: number;
  pausedSince?: EpochMs;
  /** Every attempt in event order, including unfinished ones; feeds computeDrTestResult. */
  executions: StepExecution[];
  pauses: Pause[];
  /** Events that did not fit the run (e.g. a finish with no start); they are skipped, never hidden. */
  issues: string[];
}

export function deriveRunState(events: readonly RunEvent[], now: EpochMs): RunState {
  const state: RunState = {
    status: 'not-started',
    running: [],
    finished: {},
    elapsedActiveMs: 0,
    executions: [],
    pauses: [],
    issues: [],
  };
  const open = new Map<StepId, StepExecution>();
  let previousAt = -Infinity;

  events.forEach((e, i) => {
    const where = `event ${i + 1} (${e.type})`;
    if (e.at < previousAt) state.issues.push(`${where} is dated before the event it follows.`);
    previousAt = Math.max(previousAt, e.at);
    if (state.status === 'ended') {
      state.issues.push(`${where} comes after the run ended and was ignored.`);
      return;
    }
    if (state.status === 'not-started' && e.type !== 'started') {
      state.issues.push(`${where} comes before the run started and was ignored.`);
      return;
    }
    switch (e.type) {
      case 'started':
        if (state.status !== 'not-started') {
          state.issues.push(`${where}: the run had already started.`);
          return;
        }
        state.status = 'running';
        state.disruptionAt = e.at;
        return;
      case 'step-started': {
        if (open.has(e.stepId)) {
          state.issues.push(`${where}: step ${e.stepId} is already running.`);
          return;
        }
        // Starting a finished step again is a retry: its earlier outcome no longer stands.
        delete state.finished[e.stepId];
        const exec: StepExecution = { stepId: e.stepId, startedAt: e.at };
        open.set(e.stepId, exec);
        state.executions.push(exec);
        return;
      }
      case 'step-finished': {
        const exec = open.get(e.stepId);
        if (!exec) {
          state.issues.push(`${where}: step ${e.stepId} was not running.`);
          return;
        }
        exec.finishedAt = e.at;
        exec.outcome = e.outcome;
        if (e.notes) exec.notes = e.notes;
        open.delete(e.stepId);
        state.finished[e.stepId] = e.outcome;
        return;
      }
      case 'paused':
        if (state.status === 'paused') {
          state.issues.push(`${where}: the run was already paused.`);
          return;
        }
        state.status = 'paused';
        state.pausedSince = e.at;
        state.pauses.push({ from: e.at });
        return;
      case 'resumed': {
        const pause = state.pauses[state.pauses.length - 1];
        if (state.status !== 'paused' || !pause) {
          state.issues.push(`${where}: the run was not paused.`);
          return;
        }
        pause.to = e.at;
        state.status = 'running';
        delete state.pausedSince;
        return;
      }
      case 'ended': {
        const pause = state.pauses[state.pauses.length - 1];
        if (state.status === 'paused' && pause) pause.to = e.at;
        delete state.pausedSince;
        state.status = 'ended';
        state.endedAt = e.at;
        return;
      }
    }
  });

  const until = state.endedAt ?? now;
  if (state.disruptionAt !== undefined)
    state.elapsedActiveMs = activeMs(state.disruptionAt, until, state.pauses);
  for (const exec of open.values()) {
    state.running.push({
      stepId: exec.stepId,
      startedAt: exec.startedAt,
      elapsedActiveMs: activeMs(exec.startedAt, until, state.pauses),
    });
  }
  return state;
}

/** The state as an execution record for computeDrTestResult; data loss is measured separately. */
export function toExecution(
  state: RunState,
  dataLoss: DrTestExecution['dataLoss'] = [],
): DrTestExecution | undefined {
  if (state.disruptionAt === undefined) return undefined;
  const execution: DrTestExecution = {
    disruptionAt: state.disruptionAt,
    steps: state.executions.map((e) => ({ ...e })),
    pauses: state.pauses.map((p) => ({ ...p })),
    dataLoss,
  };
  if (state.endedAt !== undefined) execution.endedAt = state.endedAt;
  return execution;
}
