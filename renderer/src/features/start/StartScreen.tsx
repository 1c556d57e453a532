// The start screen: create, open, reopen a recent workspace, or explore the demo.
import { formatDateTime } from '../../../../shared/format/datetime';
import { useState, type FormEvent } from 'react';
import type { WorkspaceSummary } from '../../../../shared/contract';
import { api, errorMessage, isElectron } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';

export function StartScreen({ onOpened }: { onOpened: (ws: WorkspaceSummary) => void }) {
  const recent = useApi(() => api['workspace.recent']({}), []);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<WorkspaceSummary | null>) {
    setBusy(true);
    setError(undefined);
    try {
      const ws = await action();
      if (ws) onOpened(ws);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  function create(e: FormEvent) {
    e.preventDefault();
    void run(() => api['workspace.create']({ name }));
  }

  return (
    <main className="start" aria-busy={busy}>
      <header>
        <h1>Steadfast</h1>
        <p className="muted">
          Business impact analysis, recovery objectives, dependency maps, runbooks and release readiness, on
          your machine.
        </p>
      </header>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <div className="start-grid">
        <form className="card" onSubmit={create} aria-labelledby="new-title">
          <h2 id="new-title">New workspace</h2>
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={200}
              placeholder="e.g. Group continuity programme 2027"
            />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            Create workspace
          </button>
        </form>
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">Open</h2>
          {isElectron && (
            <button type="button" onClick={() => void run(() => api['workspace.open']({}))} disabled={busy}>
              Open a workspace file…
            </button>
          )}
          <button type="button" onClick={() => void run(() => api['workspace.openDemo']({}))} disabled={busy}>
            Open the demo (Meridian Freight)
          </button>
          <h3>Recent</h3>
          <ErrorNotice message={recent.error} />
          {recent.data?.length === 0 && <p className="muted">No recent workspaces yet.</p>}
          <ul className="recent">
            {recent.data?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="link"
                  disabled={busy || !r.available}
                  onClick={() => void run(() => api['workspace.openRecent']({ id: r.id }))}
                >
                  {r.name}
                </button>
                <span className="muted small">
                  {' '}
                  {r.fileName} · {formatDateTime(r.lastOpenedAt)}
                  {!r.available && ' · missing'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </main>
  );
}
