// A run's events as stored rows and back: shared by DR-test runs (dr_test_event) and crisis-mode runs
// of incidents (incident_run_event), which keep the same columns so one derivation serves both.
import type { RunEvent } from '../../../../shared/domain/drtest';
import type { StepOutcome } from '../../../../shared/domain/drtest/types';

/** The columns both event tables share. */
export interface RunEventColumns {
  type: RunEvent['type'];
  at: number;
  stepId: string | null;
  outcome: StepOutcome | null;
  notes: string | null;
}

/** An event as the operator reports it; the store stamps the time it arrived. */
export type EventInput = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 'at'> : never) : never;

export function toEvent(r: RunEventColumns): RunEvent {
  switch (r.type) {
    case 'step-started':
      return { type: 'step-started', at: r.at, stepId: r.stepId ?? '' };
    case 'step-finished':
      return {
        type: 'step-finished',
        at: r.at,
        stepId: r.stepId ?? '',
        outcome: r.outcome ?? 'ok',
        ...(r.notes ? { notes: r.notes } : {}),
      };
    case 'paused':
      return { type: 'paused', at: r.at, ...(r.notes ? { reason: r.notes } : {}) };
    default:
      return { type: r.type, at: r.at };
  }
}

export function eventColumns(e: EventInput, at: number): RunEventColumns {
  return {
    type: e.type,
    at,
    stepId: 'stepId' in e ? e.stepId : null,
    outcome: e.type === 'step-finished' ? e.outcome : null,
    notes: e.type === 'step-finished' ? (e.notes ?? null) : e.type === 'paused' ? (e.reason ?? null) : null,
  };
}
