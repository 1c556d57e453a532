// Findings of this test: severity, owner, due date and status, each optionally tied to a step.
import { useState } from 'react';
import type { DrTestDetail, FindingView } from '../../../../shared/contract';
import { FindingForm } from './FindingForm';

export function FindingsPanel({ detail }: { detail: DrTestDetail }) {
  const [editing, setEditing] = useState<FindingView | 'new' | null>(null);
  const steps = detail.runbooks.flatMap((r) => r.steps);
  const stepTitle = new Map(steps.map((s) => [s.id, s.title]));
  return (
    <section className="card dr-findings" aria-labelledby="dr-findings-title">
      <div className="row spread">
        <h2 id="dr-findings-title">Findings</h2>
        <button type="button" onClick={() => setEditing('new')}>
          Add finding
        </button>
      </div>
      {editing && (
        <FindingForm
          key={editing === 'new' ? 'new' : editing.id}
          testId={detail.plan.id}
          steps={steps}
          finding={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {detail.findings.length === 0 ? (
        <p className="muted">No findings recorded.</p>
      ) : (
        <table className="rb-table" aria-label="Findings">
          <thead>
            <tr>
              <th>Severity</th>
              <th>Finding</th>
              <th>Step</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {detail.findings.map((f) => (
              <tr key={f.id}>
                <td>
                  <span className={`badge sev-${f.severity}`}>{f.severity}</span>
                </td>
                <td>
                  {f.title}
                  {f.description && <div className="muted small">{f.description}</div>}
                </td>
                <td>{f.stepId ? (stepTitle.get(f.stepId) ?? '—') : '—'}</td>
                <td>{f.owner || '—'}</td>
                <td>{f.dueDate ?? '—'}</td>
                <td>{f.status.replace('_', ' ')}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => setEditing(f)}
                    aria-label={`Edit ${f.title}`}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
