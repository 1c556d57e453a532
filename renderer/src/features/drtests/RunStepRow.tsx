// One step in run mode: planned time, live timer while it runs, outcome once finished, and notes.
import { formatDuration } from '../../../../shared/format/duration';
import type { KeyboardEvent } from 'react';
import type { RunbookStepView } from '../../../../shared/contract';
import type { RunState } from '../../../../shared/domain/drtest/run-state';
import { activeMs } from '../../../../shared/domain/drtest/results';
import type { StepOutcome } from '../../../../shared/domain/drtest/types';
import { clock } from './use-now';

/** A step with the runbook it comes from, named when a test uses more than one. */
export type RunStep = RunbookStepView & { runbookLabel: string | null };

export function RunStepRow(props: {
  step: RunStep;
  index: number;
  state: RunState;
  now: number;
  notes: string;
  onNotes: (v: string) => void;
  onAct: (outcome?: StepOutcome) => void;
}) {
  const { step: s, state } = props;
  const running = state.running.find((r) => r.stepId === s.id);
  const outcome = state.finished[s.id];
  const status = running ? 'running' : outcome ? outcome : 'waiting';
  const key = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key.toLowerCase();
    if (k === ' ' || k === 'enter') {
      e.preventDefault();
      props.onAct('ok');
    } else if (running && (k === 'f' || k === 's')) {
      e.preventDefault();
      props.onAct(k === 'f' ? 'failed' : 'skipped');
    }
  };
  const last = [...state.executions].reverse().find((x) => x.stepId === s.id);
  const took =
    last?.finishedAt !== undefined ? activeMs(last.startedAt, last.finishedAt, state.pauses) : null;
  return (
    <li
      className={`dr-run-step dr-${status}`}
      tabIndex={0}
      data-focus={s.id}
      aria-label={`Step ${props.index + 1}: ${s.title}, ${status}`}
      onKeyDown={key}
    >
      <div className="row spread">
        <div className="row">
          <span className="rb-num">{props.index + 1}</span>
          <strong>{s.title}</strong>
          {s.runbookLabel && <span className="badge dr-badge-waiting">{s.runbookLabel}</span>}
          <span className="muted small">
            {s.role || 'no role'} · planned {formatDuration(s.likelyMinutes)}
          </span>
        </div>
        <div className="row">
          {running && (
            <span className="dr-timer" aria-label="Step time">
              {clock(activeMs(running.startedAt, props.now, state.pauses))}
            </span>
          )}
          {took !== null && <span className="mono small">{clock(took)}</span>}
          <span className={`badge dr-badge-${status}`}>{status}</span>
          {state.status === 'running' && !outcome && (
            <button type="button" tabIndex={-1} onClick={() => props.onAct('ok')}>
              {running ? 'Finish' : 'Start'}
            </button>
          )}
          {state.status === 'running' && running && (
            <button type="button" tabIndex={-1} onClick={() => props.onAct('failed')}>
              Failed
            </button>
          )}
        </div>
      </div>
      {running && (
        <input
          className="dr-notes"
          aria-label={`Notes for ${s.title}`}
          placeholder="Notes (Enter finishes the step)"
          value={props.notes}
          onChange={(e) => props.onNotes(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              props.onAct('ok');
            }
          }}
        />
      )}
      {outcome && last?.notes && <p className="muted small dr-note">{last.notes}</p>}
    </li>
  );
}
