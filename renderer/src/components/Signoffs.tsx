// Who signed what: the sign-offs recorded for a record (signoffs.list), each with the signer's name,
// their key's fingerprint on hover, and whether the signature verifies against the roster.
import type { SignoffKind, SignoffView } from '../../../shared/contract';
import { formatDateTime } from '../../../shared/format/datetime';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { Signer } from './Fingerprint';

/** Sign-offs of the records `entityIds` (a record may be signed under more than one id, e.g. a version). */
export function useSignoffs(entityIds: readonly string[], kinds?: readonly SignoffKind[]) {
  const key = entityIds.join(',');
  const loaded = useApi(async () => {
    const lists = await Promise.all(entityIds.map((entityId) => api['signoffs.list']({ entityId })));
    return lists.flat().filter((s) => !kinds || kinds.includes(s.kind));
  }, [key, kinds?.join(',')]);
  return loaded.data ?? [];
}

/** The newest of some sign-offs (the one that stands for the record's current approval). */
export function latestSignoff(list: readonly SignoffView[]): SignoffView | undefined {
  return [...list].sort((a, b) => a.signedAt.localeCompare(b.signedAt)).at(-1);
}

function SignatureMark({ s }: { s: SignoffView }) {
  return s.valid ? (
    <span className="sig sig-ok" title={`Signed with ${s.signer} over content ${s.contentHash}`}>
      ✓ signature verified
    </span>
  ) : (
    <span className="sig sig-bad" title={`The signature does not match the roster's key for ${s.signer}`}>
      ✗ signature does not verify
    </span>
  );
}

/**
 * "Approved by NAME on DATE" for a record's current approval: the name is the signer's, with the
 * fingerprint on hover, when a sign-off stands for it; an approval made before approvals were
 * signatures says so.
 */
export function ApprovedBy(props: {
  verb?: string;
  name: string;
  at: string | null;
  signoff: SignoffView | undefined;
}) {
  const s = props.signoff;
  return (
    <>
      {props.verb ?? 'Approved'} by {s ? <Signer name={s.signerName} fingerprint={s.signer} /> : props.name}{' '}
      on {formatDateTime(props.at)}
      {s ? <SignatureMark s={s} /> : <span className="muted small"> · no signature recorded</span>}
    </>
  );
}
