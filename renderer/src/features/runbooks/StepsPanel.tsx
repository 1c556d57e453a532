// The ordered steps. Reorder with Alt+ArrowUp/Down on a focused step or by dragging it; Enter opens
// it for editing. Focus follows the moved step so a keyboard user can keep moving it.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { NodeView, RunbookDetail, RunbookStepView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { StepCard } from './StepCard';
import { StepForm } from './StepForm';

export function StepsPanel(props: {
  detail: RunbookDetail;
  nodes: NodeView[];
  readOnly: boolean;
  run: (fn: () => Promise<unknown>, done?: string) => Promise<void>;
}) {
  const { summary, version } = props.detail;
  const steps = version.steps;
  const names = new Map(props.nodes.map((n) => [n.id, n.name]));
  const restored = new Set(steps.flatMap((s) => s.restoresNodeIds));
  // With no steps yet there is nothing to mark; the prompt would only be noise.
  const unrestored = steps.length > 0 ? version.targetNodeIds.filter((id) => !restored.has(id)) : [];
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusKey) return;
    listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
  }, [focusKey, steps]);

  const move = (key: string, position: number) => {
    const from = steps.findIndex((s) => s.key === key);
    if (position < 0 || position >= steps.length || from === position) return;
    setFocusKey(key);
    void props.run(async () => {
      await api['runbooks.moveStep']({ runbookId: summary.id, key, position });
      setAnnounce(`Moved “${steps[from]?.title ?? key}” to position ${position + 1} of ${steps.length}.`);
    });
  };

  const onKey = (e: KeyboardEvent<HTMLLIElement>, s: RunbookStepView, i: number) => {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown') && !props.readOnly) {
      e.preventDefault();
      move(s.key, i + (e.key === 'ArrowUp' ? -1 : 1));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const next = steps[i + (e.key === 'ArrowUp' ? -1 : 1)];
      if (next) setFocusKey(next.key);
    } else if (e.key === 'Enter' && !props.readOnly) {
      e.preventDefault();
      setEditing(s.key);
    }
  };

  const onDrop = (e: DragEvent, i: number) => {
    e.preventDefault();
    const key = dragKey ?? e.dataTransfer.getData('text/plain');
    setDragKey(null);
    if (key) move(key, i);
  };

  return (
    <section className="rb-steps" aria-labelledby="rb-steps-title">
      <div className="row spread">
        <h2 id="rb-steps-title">Steps</h2>
        {!props.readOnly && (
          <button type="button" onClick={() => setEditing('new')}>
            Add step
          </button>
        )}
      </div>
      {!props.readOnly && steps.length > 1 && (
        <p className="muted small">
          Drag a step, or focus it and press Alt+↑ / Alt+↓, to reorder. Enter edits it.
        </p>
      )}
      <p className="sr-only" role="status">
        {announce}
      </p>
      {unrestored.length > 0 && (
        <p className="rb-unrestored" role="note" data-testid="rb-unrestored">
          No step restores {unrestored.map((id) => names.get(id) ?? id).join(', ')}, so a DR test cannot
          measure {unrestored.length === 1 ? 'its' : 'their'} recovery time. Edit the step that brings{' '}
          {unrestored.length === 1 ? 'it' : 'them'} back and tick {unrestored.length === 1 ? 'it' : 'them'}{' '}
          under &quot;Restores&quot;.
        </p>
      )}
      {props.detail.issues.length > 0 && (
        <ul className="issues">
          {props.detail.issues.map((i) => (
            <li key={i.message} className="issue issue-error">
              {i.message}
            </li>
          ))}
        </ul>
      )}
      {editing === 'new' && (
        <StepForm
          runbookId={summary.id}
          steps={steps}
          nodes={props.nodes}
          targets={version.targetNodeIds}
          run={props.run}
          onDone={() => setEditing(null)}
        />
      )}
      <ol className="rb-step-list" ref={listRef} aria-label="Steps in order">
        {steps.map((s, i) =>
          editing === s.key ? (
            <li key={s.key}>
              <StepForm
                runbookId={summary.id}
                step={s}
                steps={steps}
                nodes={props.nodes}
                targets={version.targetNodeIds}
                run={props.run}
                onDone={() => {
                  setEditing(null);
                  setFocusKey(s.key);
                }}
              />
            </li>
          ) : (
            <li
              key={s.key}
              data-key={s.key}
              tabIndex={0}
              className={`rb-step ${dragKey === s.key ? 'dragging' : ''}`}
              aria-label={`Step ${i + 1}: ${s.title}`}
              draggable={!props.readOnly}
              onDragStart={(e) => {
                setDragKey(s.key);
                e.dataTransfer.setData('text/plain', s.key);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
              onDragEnd={() => setDragKey(null)}
              onKeyDown={(e) => onKey(e, s, i)}
            >
              <StepCard
                step={s}
                index={i}
                steps={steps}
                nodes={props.nodes}
                timing={props.detail.timing}
                readOnly={props.readOnly}
                onEdit={() => setEditing(s.key)}
                onDelete={() =>
                  void props.run(
                    () => api['runbooks.deleteStep']({ runbookId: summary.id, key: s.key }),
                    'Step deleted.',
                  )
                }
              />
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
