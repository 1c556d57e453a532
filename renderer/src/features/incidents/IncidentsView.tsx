// The incidents area: the register (major incidents and overdue reviews marked), recording a new
// incident, and the incident opened.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { formatDuration } from '../../../../shared/format/duration';
import { ErrorNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { IncidentForm } from './IncidentForm';
import { IncidentPage } from './IncidentPage';
import { MeasuresPanel } from './MeasuresPanel';
import { when } from './format';
import './incidents.css';

export function IncidentsView() {
  const list = useApi(() => api['incidents.list']({}), []);
  const measures = useApi(() => api['incidents.measures']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const releases = useApi(() => api['releases.list']({}), []);
  const route = useRoute();
  const open = (id: string | null) => navigate({ area: 'incidents', id });
  const [creating, setCreating] = useState(false);
  const ctx = { nodes: nodes.data ?? [], releases: releases.data ?? [] };
  if (route.id)
    return <IncidentPage key={route.id} incidentId={route.id} {...ctx} onBack={() => open(null)} />;
  const rows = list.data ?? [];
  return (
    <section aria-labelledby="inc-title">
      <div className="row spread">
        <h1 id="inc-title">Incidents</h1>
        <button type="button" className="primary" onClick={() => setCreating((c) => !c)}>
          {creating ? 'Cancel' : 'Record an incident'}
        </button>
      </div>
      <ErrorNotice message={list.error ?? measures.error ?? nodes.error ?? releases.error} />
      {creating && (
        <IncidentForm
          {...ctx}
          onSaved={(id) => {
            setCreating(false);
            open(id);
          }}
        />
      )}
      {measures.data && <MeasuresPanel m={measures.data} />}
      {rows.length === 0 && !list.loading ? (
        <p className="muted">No incidents recorded.</p>
      ) : (
        <table className="inc-table">
          <thead>
            <tr>
              <th>Incident</th>
              <th>Severity</th>
              <th>Status</th>
              <th>Started</th>
              <th>Time to restore</th>
              <th>Review</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <button type="button" className="link" onClick={() => open(r.id)}>
                    {r.title}
                  </button>
                  {r.major && <span className="badge inc-major">major</span>}
                </td>
                <td>{r.severity}</td>
                <td>{r.status}</td>
                <td>{when(r.startedAt)}</td>
                <td>
                  {formatDuration(
                    r.timeToRestoreMinutes === null ? null : Math.round(r.timeToRestoreMinutes),
                  )}
                </td>
                <td>{r.reviewOverdue ? <span className="badge inc-overdue">overdue</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
