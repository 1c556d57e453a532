// Workshop mode: a full-screen facilitator view over the frame, one process at a time, rated by
// keyboard alone. PageDown/PageUp walk the processes, Esc leaves.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Registers } from '../../../../shared/contract';
import { WorkshopProcess } from './WorkshopProcess';

export function WorkshopOverlay(props: {
  processIds: string[];
  startId: string;
  registers: Registers;
  onExit: (lastProcessId: string) => void;
}) {
  const { processIds } = props;
  const [index, setIndex] = useState(() => Math.max(0, processIds.indexOf(props.startId)));
  const [pending, setPending] = useState(0);
  const previousFocus = useRef<Element | null>(null);
  const processId = processIds[index] ?? props.startId;
  const track = useCallback((delta: number) => setPending((n) => n + delta), []);

  useEffect(() => {
    previousFocus.current = document.activeElement;
    return () => {
      if (previousFocus.current instanceof HTMLElement) previousFocus.current.focus();
    };
  }, []);

  const go = (delta: number) => setIndex((i) => Math.max(0, Math.min(processIds.length - 1, i + delta)));

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const inText = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (e.target instanceof HTMLElement) e.target.blur();
      props.onExit(processId);
    } else if (e.key === 'PageDown' && !inText) {
      e.preventDefault();
      go(1);
    } else if (e.key === 'PageUp' && !inText) {
      e.preventDefault();
      go(-1);
    }
  }

  return (
    <div
      className="workshop"
      role="dialog"
      aria-modal="true"
      aria-label="Workshop mode"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="workshop-bar">
        <span className="workshop-progress" data-testid="workshop-progress">
          Process {index + 1} of {processIds.length}
        </span>
        <progress value={index + 1} max={processIds.length} aria-hidden="true" />
        <span className={pending > 0 ? 'saving' : 'saved'} role="status" data-testid="workshop-saving">
          {pending > 0 ? `Saving… (${pending})` : 'All ratings saved'}
        </span>
        <div className="row">
          <button type="button" onClick={() => go(-1)} disabled={index === 0}>
            ← Previous (PgUp)
          </button>
          <button type="button" onClick={() => go(1)} disabled={index >= processIds.length - 1}>
            Next (PgDn) →
          </button>
          <button type="button" onClick={() => props.onExit(processId)}>
            Leave (Esc)
          </button>
        </div>
      </header>
      <WorkshopProcess key={processId} processId={processId} registers={props.registers} track={track} />
    </div>
  );
}
