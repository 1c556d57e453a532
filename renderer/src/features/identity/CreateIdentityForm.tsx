// A new signing identity for a person on this machine: their name, role and a passphrase that
// encrypts their private key. The key pair is made on this machine and the private half never leaves it.
import { useState, type FormEvent } from 'react';
import type { Profile } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { PassphraseField } from './PassphraseField';
import { ErrorNotice } from '../../components/Notice';

/** The backend refuses shorter passphrases too; checked here first so nobody waits for a round trip. */
const MIN_PASSPHRASE = 8;

export function CreateIdentityForm(props: { onCreated: (p: Profile) => void; onCancel?: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (passphrase.length < MIN_PASSPHRASE)
      return setError(`The passphrase must be at least ${MIN_PASSPHRASE} characters long.`);
    if (passphrase !== confirm) return setError('The two passphrases differ: type the same one twice.');
    setBusy(true);
    try {
      props.onCreated(await api['identity.create']({ name, role, passphrase }));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form className="card narrow identity-form" onSubmit={submit} aria-labelledby="identity-create-title">
      <h1 id="identity-create-title">Create your signing identity</h1>
      <p className="muted">
        Your key signs your changes; it never leaves this machine; there is no way to recover a forgotten
        passphrase.
      </p>
      <label>
        Your name
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
      </label>
      <label>
        Your role
        <input
          value={role}
          onChange={(e) => setRole(e.target.value)}
          required
          maxLength={120}
          placeholder="e.g. BCM lead"
        />
      </label>
      <PassphraseField label="Passphrase" kind="new" value={passphrase} onChange={setPassphrase} />
      <PassphraseField label="Confirm passphrase" kind="new" value={confirm} onChange={setConfirm} />
      <ErrorNotice message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Making your key…' : 'Create identity'}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
