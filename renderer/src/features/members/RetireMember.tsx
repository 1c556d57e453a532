// Retiring a member's key (lost, replaced, left): a reason, then a confirmation, since a retired key
// can never sign again nor be added back. The retirement is a sign-off by the member who does it.
import { useState, type FormEvent } from 'react';
import type { MemberView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

export function RetireMember({ member, onDone }: { member: MemberView; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!confirming) return setConfirming(true);
    try {
      await api['members.retire']({ fingerprint: member.fingerprint, reason });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setConfirming(false);
    }
  }

  return (
    <form className="members-retire" onSubmit={submit} aria-label={`Retire the key of ${member.name}`}>
      <label>
        Reason
        <input
          autoFocus
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setConfirming(false);
          }}
          required
          maxLength={500}
          placeholder="e.g. laptop lost, key replaced, left the team"
        />
      </label>
      {confirming && (
        <p className="notice notice-warn" role="status">
          {member.name}’s key will never sign again in this workspace, and cannot be added back. Your
          signature records this.
        </p>
      )}
      <div className="row">
        <button type="submit" className={confirming ? 'danger' : undefined}>
          {confirming ? 'Yes, retire this key' : 'Retire key'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
    </form>
  );
}
