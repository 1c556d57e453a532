// Two versions side by side, step by step, with what changed between them.
import { formatDuration } from '../../../../shared/format/duration';
import { useState } from 'react';
import type { RunbookDetail, RunbookStepView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';

export function CompareVersions({ detail, onClose }: { detail: RunbookDetail; onClose: () => void }) {
  const vs = detail.versions;
  const [left, setLeft] = useState(vs[1]?.id ?? vs[0]!.id);
  const [right, setRight] = useState(vs[0]!.id);
  const cmp = useApi(
    () =>
      api['runbooks.compare']({ runbookId: detail.summary.id, leftVersionId: left, rightVersionId: right }),
    [left, right],
  );
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <label className="inline">
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {vs.map((v) => (
          <option key={v.id} value={v.id}>
            v{v.version} · {v.status.replace('_', ' ')}
          </option>
        ))}
      </select>
    </label>
  );
  const c = cmp.data;
  const cell = (s: RunbookStepView | undefined) =>
    s ? (
      <>
        <strong>{s.title}</strong>
        <div className="muted small">
          {s.role || 'no role'} · {formatDuration(s.minMinutes)} / {formatDuration(s.likelyMinutes)} /{' '}
          {formatDuration(s.maxMinutes)}
          {s.rollbackPoint ? ' · rollback point' : ''}
        </div>
      </>
    ) : (
      <span className="muted">—</span>
    );
  return (
    <section className="card rb-compare" aria-label="Compare versions">
      <div className="row spread">
        <div className="row">
          {pick(left, setLeft, 'Left')}
          {pick(right, setRight, 'Right')}
        </div>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ErrorNotice message={cmp.error} />
      {c && (
        <table className="rb-table">
          <thead>
            <tr>
              <th>v{c.left.version}</th>
              <th>v{c.right.version}</th>
              <th>Change</th>
            </tr>
          </thead>
          <tbody>
            {c.left.description !== c.right.description && (
              <tr className="rb-version-fields">
                <td>{c.left.description || '—'}</td>
                <td>{c.right.description || '—'}</td>
                <td>description changed</td>
              </tr>
            )}
            {c.left.targetNodeIds.join() !== c.right.targetNodeIds.join() && (
              <tr className="rb-version-fields">
                <td>{c.left.targetNodeIds.length} target nodes</td>
                <td>{c.right.targetNodeIds.length} target nodes</td>
                <td>targets changed</td>
              </tr>
            )}
            {c.changes.map((ch) => (
              <tr key={ch.key} className={`cmp-${ch.change}`}>
                <td>{cell(c.left.steps.find((s) => s.key === ch.key))}</td>
                <td>{cell(c.right.steps.find((s) => s.key === ch.key))}</td>
                <td>
                  {ch.change}
                  {ch.fields.length > 0 && <span className="muted small"> ({ch.fields.join(', ')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
