// Run mode: start the clock at the disruption, then one key per step. Space or Enter on the focused
// step starts it, and again finishes it as done (F: failed, S: skipped); P pauses and resumes. Each
// key press is one `record` call (drtests.record, or incidents.record in crisis mode), stored at once,
// so nothing is lost if the app dies.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DrTestDetail } from '../../../../shared/contract';
import { activeMs } from '../../../../shared/domain/drtest/results';
import type { StepOutcome } from '../../../../shared/domain/drtest/types';
import { errorMessage, type api } from '../../api/client';
import { formatDuration } from '../../../../shared/format/duration';
import { ErrorNotice } from '../../components/Notice';
import { RunStepRow, type RunStep } from './RunStepRow';
import { clock, useNow } from './use-now';

export type RunEventInput = Parameters<(typeof api)['drtests.record']>[0]['event'];

/** What a run needs: its state, the runbooks whose steps it runs, and the nodes whose RTO it races. */
export type RunSubject = Pick<DrTestDetail, 'state' | 'runbooks' | 'nodes'>;

export function ExerciseRun({
  detail,
  record: send,
  title = 'Exercise',
}: {
  detail: RunSubject;
  record: (event: RunEventInput) => Promise<unknown>;
  title?: string;
}) {
  const { state } = detail;
  const several = detail.runbooks.length > 1;
  const steps: RunStep[] = detail.runbooks.flatMap((r, i) =>
    r.steps.map((s) => ({ ...s, runbookLabel: several ? `runbook ${i + 1}` : null })),
  );
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const now = useNow(state.status === 'running');
  const elapsed = state.disruptionAt === undefined ? 0 : activeMs(state.disruptionAt, now, state.pauses);
  const tightest = Math.min(...detail.nodes.map((n) => n.rtoMinutes ?? Infinity));

  useEffect(() => {
    if (!focusId) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId, detail]);

  const record = async (event: RunEventInput, thenFocus?: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await send(event);
      if (thenFocus) setFocusId(thenFocus);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const isRunning = (id: string) => state.running.some((r) => r.stepId === id);
  const nextAfter = (id: string) => {
    const i = steps.findIndex((s) => s.id === id);
    const rest = [...steps.slice(i + 1), ...steps.slice(0, i)];
    return rest.find((s) => !state.finished[s.id] && !isRunning(s.id))?.id ?? 'end';
  };

  const act = (stepId: string, outcome: StepOutcome = 'ok') => {
    if (state.status !== 'running') return;
    if (isRunning(stepId)) {
      const n = notes[stepId]?.trim();
      void record({ type: 'step-finished', stepId, outcome, ...(n ? { notes: n } : {}) }, nextAfter(stepId));
    } else if (!state.finished[stepId]) {
      void record({ type: 'step-started', stepId }, stepId);
    }
  };

  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key.toLowerCase() === 'p' && (state.status === 'running' || state.status === 'paused')) {
      e.preventDefault();
      void record(state.status === 'running' ? { type: 'paused' } : { type: 'resumed' });
    }
  };

  return (
    <section className="card dr-run" aria-labelledby="dr-run-title" ref={rootRef} onKeyDown={onKey}>
      <div className="row spread">
        <h2 id="dr-run-title">{title}</h2>
        <div className="row">
          <span className="dr-clock" data-testid="dr-clock" aria-label="Active time since the disruption">
            {clock(elapsed)}
          </span>
          {Number.isFinite(tightest) && <span className="muted small">RTO {formatDuration(tightest)}</span>}
          {state.status === 'paused' && <span className="badge badge-in_review">paused</span>}
        </div>
      </div>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {state.status === 'not-started' ? (
        <>
          <p className="muted">
            Start the clock when the disruption begins: every recovery time is measured from that moment.
          </p>
          <button
            type="button"
            className="primary"
            autoFocus
            disabled={busy || steps.length === 0}
            onClick={() => void record({ type: 'started' }, steps[0]?.id)}
          >
            Start the clock (disruption now)
          </button>
        </>
      ) : (
        <>
          <p className="muted small">
            Focus a step: Space or Enter starts it and finishes it as done; F finishes it as failed, S as
            skipped. P pauses or resumes.
          </p>
          <ol className="dr-run-steps" aria-label="Exercise steps">
            {steps.map((s, i) => (
              <RunStepRow
                key={s.id}
                step={s}
                index={i}
                state={state}
                now={now}
                notes={notes[s.id] ?? ''}
                onNotes={(v) => setNotes({ ...notes, [s.id]: v })}
                onAct={(outcome) => act(s.id, outcome)}
              />
            ))}
          </ol>
          <div className="row">
            <button
              type="button"
              onClick={() =>
                void record(state.status === 'running' ? { type: 'paused' } : { type: 'resumed' })
              }
              disabled={busy}
            >
              {state.status === 'paused' ? 'Resume' : 'Pause'}
            </button>
            <button
              type="button"
              data-focus="end"
              className={Object.keys(state.finished).length === steps.length ? 'primary' : ''}
              disabled={busy}
              onClick={() => void record({ type: 'ended' })}
            >
              End the run
            </button>
          </div>
        </>
      )}
    </section>
  );
}
