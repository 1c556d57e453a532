// "Restore the newest intact backup…": lists the workspace's automatic backups with their own check,
// names the one it would restore and what becomes of the current file, and restores only when the
// person confirms.
import { useEffect, useRef, useState } from 'react';
import type { BackupView } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { plural } from '../../../../shared/format/plural';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

const taken = (b: BackupView) => (b.takenAt ? formatDateTime(b.takenAt) : b.fileName);

export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const [backups, setBackups] = useState<BackupView[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    let live = true;
    api['backups.list']({}).then(
      (b) => live && setBackups(b),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  const newest = backups?.find((b) => b.intact);

  async function restore(b: BackupView) {
    setBusy(true);
    setError(undefined);
    try {
      // A write: the app refreshes the workspace, and the status bar shows the restored file's check.
      await api['backups.restore']({ fileName: b.fileName });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        className="modal card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        tabIndex={-1}
        ref={ref}
        onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}
      >
        <h2 id="restore-title">Restore a backup</h2>
        <ErrorNotice message={error} />
        {!backups && !error && <p aria-busy="true">Checking each backup's audit trail…</p>}
        {backups && backups.length === 0 && (
          <p>This workspace has no automatic backups. A backup is kept each time it opens intact.</p>
        )}
        {backups && backups.length > 0 && (
          <table className="backups" aria-label="Backups">
            <thead>
              <tr>
                <th>Taken</th>
                <th>Entries</th>
                <th>Check</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.fileName} title={b.fileName}>
                  <td>{taken(b)}</td>
                  <td>{b.head.seq}</td>
                  <td className={b.intact ? 'chain-ok' : 'chain-bad'}>
                    {b.intact ? 'intact' : 'broken'}: {b.summary}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {newest ? (
          <p data-testid="restore-offer">
            Restore the backup taken <strong>{taken(newest)}</strong> (
            {plural(newest.head.seq, 'audit entry', 'audit entries')})? Changes made after it are not in it.
            The current file is not deleted: it is kept beside the workspace, renamed, for whoever
            investigates what changed it.
          </p>
        ) : (
          backups && backups.length > 0 && <p>No backup is intact, so none can be restored.</p>
        )}
        <div className="row">
          {newest && (
            <button type="button" className="primary" disabled={busy} onClick={() => void restore(newest)}>
              {busy ? 'Restoring…' : 'Restore this backup'}
            </button>
          )}
          <button type="button" disabled={busy} onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
