// Every release, soonest window first, with its status and approvals; a new release opens its form.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import type { ReleaseView } from '../../../../shared/contract';
import { FilterBanner } from '../../routing/FilterBanner';
import { ReleaseForm } from './ReleaseForm';
import { formatDateTime } from '../../../../shared/format/datetime';
import { STATUS_TEXT } from './format';
import type { ReleaseContext } from './types';

export function ReleaseList(
  props: ReleaseContext & { onOpen: (id: string) => void; keep?: ((r: ReleaseView) => boolean) | null },
) {
  const releases = useApi(() => api['releases.list']({}), []);
  const [creating, setCreating] = useState(false);
  const rows = (releases.data ?? [])
    .filter((r) => !props.keep || props.keep(r))
    .sort((a, b) => b.windowStart.localeCompare(a.windowStart));
  return (
    <div className="rel-list">
      <div className="row spread">
        <h2>All releases</h2>
        <button type="button" className="primary" onClick={() => setCreating((c) => !c)}>
          {creating ? 'Cancel' : 'New release'}
        </button>
      </div>
      <ErrorNotice message={releases.error} />
      {releases.data && <FilterBanner count={rows.length} />}
      {creating && (
        <ReleaseForm
          {...props}
          onSaved={(id) => {
            setCreating(false);
            props.onOpen(id);
          }}
        />
      )}
      <table className="plain rel-table" aria-label="Releases">
        <thead>
          <tr>
            <th>Release</th>
            <th>Window</th>
            <th>Services</th>
            <th>Type</th>
            <th>Owner</th>
            <th>Approvals</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <button type="button" className="link" onClick={() => props.onOpen(r.id)}>
                  {r.name}
                </button>{' '}
                <span className="muted small">{r.version}</span>
              </td>
              <td>{formatDateTime(r.windowStart)}</td>
              <td>{r.nodeNames.join(', ')}</td>
              <td>
                {r.changeType}, {r.strategy}
              </td>
              <td>{r.owner}</td>
              <td>{r.approvals.map((a) => a.approver).join(', ') || '—'}</td>
              <td>
                <span className={`rel-status rel-${r.status}`}>{STATUS_TEXT[r.status]}</span>
              </td>
            </tr>
          ))}
          {rows.length === 0 && !releases.loading && (
            <tr>
              <td colSpan={7} className="muted">
                No releases yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
