// The start screen: create a workspace (seeing where it will be written), open one (the native dialog
// in the desktop app; in the browser the workspaces of a folder, or any path typed), open the demo,
// or reopen a recent workspace.
import { useState } from 'react';
import type { Profile, WorkspaceSummary } from '../../../../shared/contract';
import { api, errorMessage, isElectron } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { BackupOffer, offeredBackup, type OfferedBackup } from './BackupOffer';
import { HeldOffer, isHeldRefusal } from './HeldOffer';
import { NewWorkspaceCard } from './NewWorkspaceCard';
import { OpenPanel } from './OpenPanel';
import { RecentList } from './RecentList';
import './start.css';

/** Runs an open or create; a refusal goes to `report` when given (shown where it was asked), else on top. */
export type Run = (
  action: () => Promise<WorkspaceSummary | null>,
  report?: (message: string) => void,
) => Promise<void>;

export function StartScreen({
  onOpened,
  profile,
  onSwitchPerson,
}: {
  onOpened: (ws: WorkspaceSummary) => void;
  profile: Profile;
  onSwitchPerson: () => void;
}) {
  // The browser host lists its data folder; the desktop app asks through dialogs instead.
  const listing = useApi(() => (isElectron ? Promise.resolve(null) : api['workspace.files']({})), []);
  const [browsing, setBrowsing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [offer, setOffer] = useState<OfferedBackup>();
  const [held, setHeld] = useState(false);

  const run: Run = async (action, report) => {
    setBusy(true);
    setError(undefined);
    try {
      const ws = await action();
      setOffer(undefined);
      setHeld(false);
      if (ws) onOpened(ws);
    } catch (err) {
      setOffer(offeredBackup(err));
      setHeld(isHeldRefusal(err));
      (report ?? setError)(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  function openChooser() {
    if (isElectron) void run(() => api['workspace.open']({}));
    else setBrowsing((b) => !b);
  }

  return (
    <main className="start" aria-busy={busy}>
      <header>
        <h1>Steadfast</h1>
        <p className="muted">
          Business impact analysis, recovery objectives, dependency maps, runbooks and release readiness, on
          your machine.
        </p>
        <p className="row small">
          <span data-testid="person" title={profile.fingerprint} data-fingerprint={profile.fingerprint}>
            Signing as <strong>{profile.name}</strong> ({profile.role})
          </span>
          <button type="button" className="link" onClick={onSwitchPerson}>
            Switch person
          </button>
        </p>
      </header>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {offer && <BackupOffer offer={offer} busy={busy} run={run} />}
      {held && <HeldOffer busy={busy} run={run} />}
      <div className="start-grid">
        <NewWorkspaceCard
          busy={busy}
          run={run}
          folder={isElectron ? null : listing.data ? listing.data.newWorkspaceFolder : undefined}
        />
        <section className="card start-open" aria-labelledby="open-title">
          <h2 id="open-title">Open</h2>
          <button
            type="button"
            onClick={openChooser}
            disabled={busy}
            aria-expanded={isElectron ? undefined : browsing}
          >
            Open a workspace file…
          </button>
          <button type="button" onClick={() => void run(() => api['workspace.openDemo']({}))} disabled={busy}>
            Open the demo (Meridian Freight)
          </button>
          <p className="muted small">
            {isElectron
              ? 'Choose any .steadfast file on your computer.'
              : 'Lists the workspaces of a folder on this computer; you can also type a path.'}
          </p>
        </section>
        <RecentList busy={busy} run={run} />
      </div>
      {browsing && !isElectron && <OpenPanel busy={busy} run={run} initial={listing.data ?? undefined} />}
    </main>
  );
}
