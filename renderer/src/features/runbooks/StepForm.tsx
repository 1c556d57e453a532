// Add or edit one step: title, role, Markdown instructions with a preview, verification, rollback
// point, the three-point estimate (checked as typed), the steps it waits for and the nodes it restores.
import { useState, type FormEvent } from 'react';
import type { NodeView, RunbookStepView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { Markdown } from '../../components/Markdown';
import { checkEstimate } from './step-estimate';

export function StepForm(props: {
  runbookId: string;
  step?: RunbookStepView;
  steps: RunbookStepView[];
  nodes: NodeView[];
  /** The runbook's target nodes: the ones a step can restore. */
  targets: string[];
  run: (fn: () => Promise<unknown>, done?: string) => Promise<void>;
  onDone: () => void;
}) {
  const s = props.step;
  const [f, setF] = useState({
    title: s?.title ?? '',
    role: s?.role ?? '',
    instructions: s?.instructions ?? '',
    verification: s?.verification ?? '',
    rollbackPoint: s?.rollbackPoint ?? false,
    min: String(s?.minMinutes ?? ''),
    likely: String(s?.likelyMinutes ?? ''),
    max: String(s?.maxMinutes ?? ''),
    dependsOn: s?.dependsOn ?? [],
    restoresNodeIds: s?.restoresNodeIds ?? [],
  });
  const [touched, setTouched] = useState(false);
  const estimate = checkEstimate(f);
  const restorable = props.nodes.filter(
    (n) => props.targets.includes(n.id) || f.restoresNodeIds.includes(n.id),
  );
  const others = props.steps.filter((x) => x.key !== s?.key);
  const toggle = (list: string[], v: string) =>
    list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

  const save = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!estimate.ok) return;
    void props.run(async () => {
      await api['runbooks.saveStep']({
        runbookId: props.runbookId,
        step: {
          ...(s ? { key: s.key } : {}),
          title: f.title,
          role: f.role,
          instructions: f.instructions,
          verification: f.verification,
          rollbackPoint: f.rollbackPoint,
          minMinutes: estimate.min,
          likelyMinutes: estimate.likely,
          maxMinutes: estimate.max,
          dependsOn: f.dependsOn,
          restoresNodeIds: f.restoresNodeIds,
        },
      });
      props.onDone();
    }, 'Step saved.');
  };

  const showError = (touched || f.min !== '' || f.likely !== '' || f.max !== '') && !estimate.ok;
  return (
    <form className="card rb-step-form" onSubmit={save} aria-label={s ? `Edit step ${s.title}` : 'New step'}>
      <div className="rb-fields">
        <label>
          Title
          <input
            value={f.title}
            onChange={(e) => setF({ ...f, title: e.target.value })}
            required
            maxLength={200}
          />
        </label>
        <label>
          Role
          <input value={f.role} onChange={(e) => setF({ ...f, role: e.target.value })} maxLength={120} />
        </label>
      </div>
      <div className="rb-fields rb-estimate">
        {(['min', 'likely', 'max'] as const).map((k) => (
          <label key={k}>
            {k === 'min' ? 'Min' : k === 'likely' ? 'Likely' : 'Max'} minutes
            <input
              inputMode="numeric"
              value={f[k]}
              aria-invalid={showError}
              onChange={(e) => setF({ ...f, [k]: e.target.value })}
            />
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={f.rollbackPoint}
            onChange={(e) => setF({ ...f, rollbackPoint: e.target.checked })}
          />
          Rollback point
        </label>
      </div>
      {showError && !estimate.ok && (
        <p className="field-error" role="alert">
          {estimate.message}
        </p>
      )}
      <label>
        Instructions (Markdown)
        <textarea
          rows={4}
          value={f.instructions}
          onChange={(e) => setF({ ...f, instructions: e.target.value })}
        />
      </label>
      {f.instructions && <Markdown source={f.instructions} className="markdown rb-preview" />}
      <label>
        Verification
        <textarea
          rows={2}
          value={f.verification}
          onChange={(e) => setF({ ...f, verification: e.target.value })}
        />
      </label>
      {others.length > 0 && (
        <fieldset className="rb-checks">
          <legend>Waits for</legend>
          {others.map((o) => (
            <label key={o.key} className="check">
              <input
                type="checkbox"
                checked={f.dependsOn.includes(o.key)}
                onChange={() => setF({ ...f, dependsOn: toggle(f.dependsOn, o.key) })}
              />
              #{props.steps.indexOf(o) + 1} {o.title}
            </label>
          ))}
        </fieldset>
      )}
      {restorable.length > 0 && (
        <fieldset className="rb-checks">
          <legend>Restores</legend>
          {restorable.map((n) => (
            <label key={n.id} className="check">
              <input
                type="checkbox"
                checked={f.restoresNodeIds.includes(n.id)}
                onChange={() => setF({ ...f, restoresNodeIds: toggle(f.restoresNodeIds, n.id) })}
              />
              {n.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save step
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
