// The blameless post-incident review: what happened, contributing factors, what went well, and the
// actions (findings with owner, due date and status, pointing at the runbook step or process BIA they
// change). A major incident's review is due within the set number of days.
import { useState, type FormEvent } from 'react';
import type { IncidentDetail } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { formatDate } from '../../../../shared/format/datetime';

export function ReviewPanel({ detail }: { detail: IncidentDetail }) {
  const r = detail.review;
  const [f, setF] = useState({
    whatHappened: r?.whatHappened ?? '',
    contributingFactors: r?.contributingFactors ?? '',
    wentWell: r?.wentWell ?? '',
    facilitator: r?.facilitator ?? '',
  });
  const [error, setError] = useState<string>();
  const save = async (completed: boolean) => {
    setError(undefined);
    try {
      await api['reviews.save']({
        subject: { kind: 'incident', incidentId: detail.incident.id },
        ...f,
        completed,
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const due = detail.reviewDue;
  return (
    <section className="card" aria-labelledby="review-title">
      <div className="row">
        <h2 id="review-title">Post-incident review</h2>
        {r && r.completedAt !== null && <span className="badge">completed</span>}
        {due && (
          <span className={`badge ${due.overdue ? 'inc-overdue' : ''}`} data-testid="review-due">
            {due.overdue ? `overdue by ${due.daysOverdue} d` : `due ${formatDate(new Date(due.dueAt))}`}
          </span>
        )}
      </div>
      <p className="muted small">Blameless: describe systems and decisions, not people at fault.</p>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {(
        [
          ['whatHappened', 'What happened'],
          ['contributingFactors', 'Contributing factors'],
          ['wentWell', 'What went well'],
        ] as const
      ).map(([k, label]) => (
        <label key={k}>
          {label}
          <textarea rows={3} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
        </label>
      ))}
      <label>
        Facilitator
        <input value={f.facilitator} onChange={(e) => setF({ ...f, facilitator: e.target.value })} />
      </label>
      <div className="row">
        <button type="button" onClick={() => void save(false)}>
          Save review
        </button>
        <button type="button" className="primary" onClick={() => void save(true)}>
          Complete review
        </button>
      </div>
      {r && <ActionsPanel reviewId={r.id} detail={detail} />}
    </section>
  );
}

function ActionsPanel({ reviewId, detail }: { reviewId: string; detail: IncidentDetail }) {
  const nodes = useApi(() => api['nodes.list']({}), []);
  const processes = (nodes.data ?? []).filter((n) => n.kind === 'process');
  const steps = detail.runbooks.flatMap((v) => v.steps);
  const blank = { title: '', owner: '', dueDate: '', stepId: '', processId: '' };
  const [a, setA] = useState(blank);
  const [error, setError] = useState<string>();
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api['reviews.saveAction']({
        reviewId,
        title: a.title,
        owner: a.owner,
        dueDate: a.dueDate || null,
        stepId: a.stepId || null,
        processId: a.processId || null,
      });
      setA(blank);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const actions = detail.review?.actions ?? [];
  return (
    <div aria-label="Actions">
      <h3>Actions</h3>
      <ErrorNotice message={error ?? nodes.error} onDismiss={() => setError(undefined)} />
      <ul data-testid="review-actions">
        {actions.map((x) => (
          <li key={x.id}>
            {x.title} · {x.owner} · {x.dueDate ?? 'no date'} · {x.status}
          </li>
        ))}
      </ul>
      <form className="rb-fields" onSubmit={add} aria-label="New action">
        <label>
          Action
          <input value={a.title} onChange={(e) => setA({ ...a, title: e.target.value })} required />
        </label>
        <label>
          Owner
          <input value={a.owner} onChange={(e) => setA({ ...a, owner: e.target.value })} required />
        </label>
        <label>
          Due
          <input type="date" value={a.dueDate} onChange={(e) => setA({ ...a, dueDate: e.target.value })} />
        </label>
        <label>
          Changes runbook step
          <select value={a.stepId} onChange={(e) => setA({ ...a, stepId: e.target.value })}>
            <option value="">none</option>
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Changes BIA of
          <select value={a.processId} onChange={(e) => setA({ ...a, processId: e.target.value })}>
            <option value="">none</option>
            {processes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add action</button>
      </form>
    </div>
  );
}
