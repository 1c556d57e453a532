// When an open is refused because another process holds the file (FILE_IN_USE), the refusal names
// the holder; this offers to open the same file read-only instead.
import { api, ApiClientError } from '../../api/client';
import type { Run } from './StartScreen';

/** Whether an open refusal says another process holds the file. */
export function isHeldRefusal(err: unknown): boolean {
  return err instanceof ApiClientError && err.code === 'FILE_IN_USE';
}

export function HeldOffer({ busy, run }: { busy: boolean; run: Run }) {
  return (
    <section className="card held-offer" aria-labelledby="held-offer-title">
      <h2 id="held-offer-title">Open it read-only</h2>
      <p>
        You can read the workspace, export evidence from it and verify its audit trail while the other process
        has it open; every change is refused until you open it again once it is free.
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void run(() => api['workspace.openReadOnly']({}))}
      >
        Open read-only
      </button>
    </section>
  );
}
