// The workspace's roster: who may sign here, with their key's fingerprint, who added them and when,
// and retired keys with the reason. Add a member (an identity on this machine or a pasted member
// card), retire a key, and copy your own member card for another workspace's members.
import { useState } from 'react';
import type { MemberView } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Fingerprint, Signer } from '../../components/Fingerprint';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { ApprovedBy, latestSignoff, useSignoffs } from '../../components/Signoffs';
import { AddMember } from './AddMember';
import { RetireMember } from './RetireMember';
import './members.css';

/** A retired key: the reason, and the retirement as the signature of the member who did it. */
function Retired({ m }: { m: MemberView }) {
  const signoff = latestSignoff(useSignoffs([m.fingerprint], ['member.retire']));
  return (
    <>
      <strong>Retired</strong>: {m.retiredReason}
      <br />
      <span data-testid="signoff">
        <ApprovedBy verb="Retired" name={m.retiredByName ?? 'unknown'} at={m.retiredAt} signoff={signoff} />
      </span>
    </>
  );
}

function MemberRow({ m, retiring, onRetire }: { m: MemberView; retiring: boolean; onRetire: () => void }) {
  return (
    <tr className={m.retiredAt ? 'member-retired' : undefined} data-testid="member-row">
      <td>
        <strong>{m.name}</strong>
        {m.you && <span className="muted small"> (you)</span>}
      </td>
      <td>{m.role}</td>
      <td>
        <Fingerprint value={m.fingerprint} copy />
      </td>
      <td className="small">
        {m.addedBy === m.fingerprint ? (
          'first member'
        ) : (
          <>
            by <Signer name={m.addedByName} fingerprint={m.addedBy} />
          </>
        )}
        <br />
        <span className="muted">{formatDateTime(m.addedAt)}</span>
      </td>
      <td className="small">
        {m.retiredAt ? (
          <Retired m={m} />
        ) : retiring ? null : (
          <>
            Active{' '}
            <button type="button" className="link" onClick={onRetire} aria-label={`Retire key of ${m.name}`}>
              Retire key
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

function CopyCard() {
  const [card, setCard] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [error, setError] = useState<string>();
  async function copy() {
    setError(undefined);
    try {
      const c = await api['members.card']({});
      const text = JSON.stringify(c, null, 2);
      setCard(text);
      // The clipboard may be refused (an unfocused page, a browser policy): the text is shown anyway.
      await navigator.clipboard?.writeText(text).then(
        () => setInfo('Your member card is on the clipboard.'),
        () => setInfo('Copy the card below.'),
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <div className="members-card">
      <button type="button" onClick={() => void copy()}>
        Copy my member card
      </button>
      <span className="muted small">
        {' '}
        Give it to a member of another workspace: it holds your name, role and public key, never your private
        key.
      </span>
      <InfoNotice message={info} />
      <ErrorNotice message={error} />
      {card && <textarea className="mono small" readOnly rows={6} value={card} aria-label="My member card" />}
    </div>
  );
}

export function MembersView() {
  const members = useApi(() => api['members.list']({}), []);
  const identities = useApi(() => api['identity.list']({}), []);
  const [retiring, setRetiring] = useState<string | null>(null);
  const rows = members.data ?? [];
  const active = rows.filter((m) => !m.retiredAt).length;
  const target = rows.find((m) => m.fingerprint === retiring);
  return (
    <div className="members">
      <h1>Members</h1>
      <p className="muted">
        Each member signs their changes and approvals with their own key. Only active members may change this
        workspace; each addition and retirement is signed by a member and kept in the audit chain.
      </p>
      <ErrorNotice message={members.error ?? identities.error} />
      <table className="plain members-table" aria-label="Roster">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Key fingerprint</th>
            <th>Added</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <MemberRow
              key={m.fingerprint}
              m={m}
              retiring={retiring === m.fingerprint}
              onRetire={() => setRetiring(m.fingerprint)}
            />
          ))}
        </tbody>
      </table>
      <p className="muted small" data-testid="member-count">
        {active} active of {rows.length} on the roster.
      </p>
      {target && (
        <section className="card" aria-label="Retire key">
          <h2>Retire the key of {target.name}</h2>
          <RetireMember member={target} onDone={() => setRetiring(null)} />
        </section>
      )}
      <AddMember identities={identities.data?.identities ?? []} members={rows} />
      <CopyCard />
    </div>
  );
}
