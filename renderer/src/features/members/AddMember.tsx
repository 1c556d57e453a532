// Adding a member: an identity on this machine that is not on the roster yet, or a member card pasted
// from another machine. The addition is a signed audit entry by the member who makes it.
import { useState, type FormEvent } from 'react';
import type { IdentityView, MemberView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { shortFingerprint } from '../../components/Fingerprint';
import { parseMemberCard } from './member-card';

export function AddMember({ identities, members }: { identities: IdentityView[]; members: MemberView[] }) {
  const onRoster = new Set(members.map((m) => m.fingerprint));
  const candidates = identities.filter((i) => !onRoster.has(i.fingerprint));
  const [chosen, setChosen] = useState('');
  const [card, setCard] = useState('');
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const picked = candidates.some((c) => c.fingerprint === chosen)
    ? chosen
    : (candidates[0]?.fingerprint ?? '');

  async function add(input: Parameters<(typeof api)['members.add']>[0]) {
    setError(undefined);
    setInfo(undefined);
    try {
      const m = await api['members.add'](input);
      setInfo(`${m.name} is a member now (key ${shortFingerprint(m.fingerprint)}).`);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  }

  async function addLocal(e: FormEvent) {
    e.preventDefault();
    if (picked) await add({ fingerprint: picked });
  }

  async function addCard(e: FormEvent) {
    e.preventDefault();
    let parsed;
    try {
      parsed = parseMemberCard(card);
    } catch (err) {
      return setError(errorMessage(err));
    }
    if (await add({ card: parsed })) setCard('');
  }

  return (
    <section className="card members-add" aria-labelledby="members-add-title">
      <h2 id="members-add-title">Add member</h2>
      <form onSubmit={addLocal} aria-label="Add an identity on this machine">
        {candidates.length === 0 ? (
          <p className="muted small">Every identity on this machine is on the roster already.</p>
        ) : (
          <div className="row">
            <label className="inline">
              Identity on this machine
              <select value={picked} onChange={(e) => setChosen(e.target.value)}>
                {candidates.map((c) => (
                  <option key={c.fingerprint} value={c.fingerprint}>
                    {c.name} ({c.role}) · {shortFingerprint(c.fingerprint)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="primary">
              Add member
            </button>
          </div>
        )}
      </form>
      <form onSubmit={addCard} aria-label="Add a member card">
        <label>
          Or paste a member card (from “Copy my member card” on their machine)
          <textarea
            rows={4}
            className="mono small"
            value={card}
            onChange={(e) => setCard(e.target.value)}
            placeholder='{"name": "…", "role": "…", "publicKeyPem": "-----BEGIN PUBLIC KEY-----…"}'
          />
        </label>
        <button type="submit" disabled={card.trim() === ''}>
          Add from card
        </button>
      </form>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <InfoNotice message={info} />
    </section>
  );
}
