// The status bar's account of the audit trail: the check that ran when the workspace opened (chain,
// signatures, the head recorded on this machine, the state), its progress while it runs, and for a
// broken workspace exactly what is wrong, with the way to the details and to an intact backup.
import { useState } from 'react';
import type { IntegrityStatus, RestoredFrom } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { plural } from '../../../../shared/format/plural';
import { navigate } from '../../routing/navigate';
import { RestoreDialog } from './RestoreDialog';
import { useIntegrity } from './use-integrity';

function restoredNote(r: RestoredFrom | null): string | null {
  if (!r) return null;
  const when = r.takenAt ? `the backup of ${formatDateTime(r.takenAt)}` : `backup ${r.backup}`;
  return `restored from ${when} on ${formatDateTime(r.restoredAt)}; the replaced file is kept as "${r.brokenKeptAs}"`;
}

function Checking({ status }: { status: IntegrityStatus & { status: 'checking' } }) {
  const pct = Math.round(status.progress * 100);
  return (
    <span className="chain chain-warn" data-testid="chain-state" role="status">
      Checking the audit trail…{pct > 0 ? ` ${pct} %` : ''}
    </span>
  );
}

export function IntegrityState({ workspaceId, chainSeq }: { workspaceId: string; chainSeq: number }) {
  const status = useIntegrity(workspaceId);
  const [restoring, setRestoring] = useState(false);
  if (!status)
    return (
      <span className="chain" data-testid="chain-state">
        Checking the audit trail…
      </span>
    );
  if (status.status === 'checking') return <Checking status={status} />;
  const note = restoredNote(status.restoredFrom);
  if (status.status === 'failed')
    return (
      <span className="chain chain-bad" data-testid="chain-state" role="alert">
        The audit trail could not be checked: {status.error}
      </span>
    );
  const v = status.verification;
  if (v.ok) {
    // Later writes extend the verified chain (each one signed and carrying its rows): say how many.
    const since = chainSeq - v.head.seq;
    const extra = [
      since > 0 ? `${plural(since, 'entry', 'entries')} written since` : null,
      v.outsideHead.status === 'no-record' ? 'no head recorded on this machine' : null,
      note,
    ].filter((x): x is string => x !== null);
    return (
      <span className="chain chain-ok" data-testid="chain-state" title={v.summary}>
        Audit trail verified: {plural(v.checked, 'entry', 'entries')}, {plural(v.signatures, 'signature')},
        state matches{extra.map((x) => ` · ${x}`).join('')}
      </span>
    );
  }
  return (
    <>
      <span className="chain chain-broken" data-testid="chain-state" role="alert">
        <strong>Audit trail does not hold:</strong> {v.summary}{' '}
        <button type="button" className="link" onClick={() => navigate({ area: 'audit' })}>
          Details
        </button>{' '}
        <button type="button" className="link" onClick={() => setRestoring(true)}>
          Restore the newest intact backup…
        </button>
      </span>
      {restoring && <RestoreDialog onClose={() => setRestoring(false)} />}
    </>
  );
}
