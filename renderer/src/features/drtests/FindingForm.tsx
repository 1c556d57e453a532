// Add or edit a finding of this test.
import { useState, type FormEvent } from 'react';
import type { FindingView, RunbookStepView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const STATUSES = ['open', 'in_progress', 'closed'] as const;

export function FindingForm(props: {
  testId: string;
  steps: RunbookStepView[];
  finding?: FindingView;
  onDone: () => void;
}) {
  const g = props.finding;
  const [f, setF] = useState({
    title: g?.title ?? '',
    description: g?.description ?? '',
    severity: g?.severity ?? ('medium' as FindingView['severity']),
    owner: g?.owner ?? '',
    dueDate: g?.dueDate ?? '',
    status: g?.status ?? ('open' as FindingView['status']),
    stepId: g?.stepId ?? '',
  });
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api['findings.save']({
        ...(g ? { id: g.id } : {}),
        testId: props.testId,
        ...f,
        stepId: f.stepId || null,
        dueDate: f.dueDate || null,
      });
      props.onDone();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form
      className="dr-finding-form"
      onSubmit={save}
      aria-label={g ? `Edit finding ${g.title}` : 'New finding'}
    >
      <div className="rb-fields">
        <label>
          Finding
          <input
            value={f.title}
            onChange={(e) => setF({ ...f, title: e.target.value })}
            required
            maxLength={200}
          />
        </label>
        <label>
          Severity
          <select
            value={f.severity}
            onChange={(e) => setF({ ...f, severity: e.target.value as FindingView['severity'] })}
          >
            {SEVERITIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <input value={f.owner} onChange={(e) => setF({ ...f, owner: e.target.value })} maxLength={120} />
        </label>
        <label>
          Due date
          <input type="date" value={f.dueDate} onChange={(e) => setF({ ...f, dueDate: e.target.value })} />
        </label>
        <label>
          Status
          <select
            value={f.status}
            onChange={(e) => setF({ ...f, status: e.target.value as FindingView['status'] })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Step
          <select value={f.stepId} onChange={(e) => setF({ ...f, stepId: e.target.value })}>
            <option value="">— the test as a whole —</option>
            {props.steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Description
        <textarea
          rows={2}
          value={f.description}
          onChange={(e) => setF({ ...f, description: e.target.value })}
        />
      </label>
      <ErrorNotice message={error} />
      <div className="row">
        <button type="submit" className="primary">
          Save finding
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
