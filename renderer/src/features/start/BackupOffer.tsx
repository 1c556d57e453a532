// When a workspace cannot be opened (damaged, not a workspace any more), the refusal names the
// newest intact automatic backup; this offers to put it in place. The damaged file is kept beside
// it under a new name, never deleted.
import { formatDateTime } from '../../../../shared/format/datetime';
import { api, ApiClientError } from '../../api/client';
import type { Run } from './StartScreen';

export interface OfferedBackup {
  fileName: string;
  takenAt: string | null;
}

/** The backup an open refusal offers, if it offers one. */
export function offeredBackup(err: unknown): OfferedBackup | undefined {
  if (!(err instanceof ApiClientError) || typeof err.details !== 'object' || err.details === null) return;
  const b = (err.details as { backup?: unknown }).backup;
  if (typeof b !== 'object' || b === null) return;
  const { fileName, takenAt } = b as { fileName?: unknown; takenAt?: unknown };
  if (typeof fileName !== 'string') return;
  return { fileName, takenAt: typeof takenAt === 'string' ? takenAt : null };
}

export function BackupOffer({ offer, busy, run }: { offer: OfferedBackup; busy: boolean; run: Run }) {
  const when = offer.takenAt ? formatDateTime(offer.takenAt) : offer.fileName;
  return (
    <section className="card backup-offer" aria-labelledby="backup-offer-title">
      <h2 id="backup-offer-title">Restore a backup</h2>
      <p>
        The newest automatic backup whose audit trail and state check hold was taken <strong>{when}</strong>.
        Restoring it puts it in place of the file; the damaged file is kept beside it under a new name.
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void run(() => api['backups.restoreFailed']({ fileName: offer.fileName }))}
      >
        Restore the backup of {when}
      </button>
    </section>
  );
}
