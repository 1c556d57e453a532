// Crisis mode: open a recovery, rollback or failover runbook against the live incident and run it
// with the DR-test run mode (step timers, keyboard control, resume after a restart); each key press
// is stored at once and fills the incident's timeline.
import { useState } from 'react';
import type { IncidentDetail } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { ExerciseRun } from '../drtests/ExerciseRun';
import '../drtests/drtests.css';

export function CrisisPanel({ detail }: { detail: IncidentDetail }) {
  const runbooks = useApi(() => api['runbooks.list']({}), []);
  const [pick, setPick] = useState('');
  const [error, setError] = useState<string>();
  const openIds = new Set(detail.runbooks.map((r) => r.runbookId));
  const choices = (runbooks.data ?? []).filter((r) => r.kind !== 'deployment' && !openIds.has(r.id));
  const open = async () => {
    setError(undefined);
    try {
      await api['incidents.openRunbook']({ incidentId: detail.incident.id, runbookId: pick });
      setPick('');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const ended = detail.state.status === 'ended';
  return (
    <section className="card" aria-labelledby="crisis-title">
      <h2 id="crisis-title">Crisis mode</h2>
      <ErrorNotice message={error ?? runbooks.error} onDismiss={() => setError(undefined)} />
      {detail.state.status === 'not-started' && (
        <div className="row">
          <label>
            Runbook to run
            <select value={pick} onChange={(e) => setPick(e.target.value)} aria-label="Runbook to run">
              <option value="">choose a recovery or rollback runbook…</option>
              {choices.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({r.kind})
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!pick} onClick={() => void open()}>
            Open runbook
          </button>
        </div>
      )}
      {detail.runbooks.length > 0 && !ended && (
        <ExerciseRun
          title="Recovery run"
          detail={detail}
          record={(event) => api['incidents.record']({ incidentId: detail.incident.id, event })}
        />
      )}
      {ended && <p className="muted">The crisis run has ended; its steps are on the timeline.</p>}
    </section>
  );
}
