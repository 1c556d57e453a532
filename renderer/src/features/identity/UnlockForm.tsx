// Who is working: pick your identity on this machine and unlock your key with your passphrase. Also
// the "Switch person" screen: another person's key opens only with that person's passphrase.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IdentityView, Profile } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PassphraseField } from './PassphraseField';
import { ErrorNotice } from '../../components/Notice';
import { shortFingerprint } from '../../components/Fingerprint';

export function UnlockForm(props: {
  /** The identities on this machine, last used first (the backend's order). */
  identities: IdentityView[];
  /** The person working now, when switching: offered last, since the point is to change. */
  current?: string | null;
  onUnlocked: (p: Profile) => void;
  onCreate: () => void;
  onCancel?: () => void;
}) {
  const switching = props.current !== undefined && props.current !== null;
  const first = props.identities.find((i) => i.fingerprint !== props.current) ?? props.identities[0];
  const [chosen, setChosen] = useState(first?.fingerprint ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [remember, setRemember] = useState(false);
  // The desktop app's keychain: absent in the browser host (and where the OS offers none).
  const remembered = useApi(() => api['identity.remembered']({}), []);
  const keychain = remembered.data?.available === true;
  const chosenRemembered = !switching && (remembered.data?.fingerprints.includes(chosen) ?? false);

  async function unlockWith(call: () => Promise<Profile>) {
    setError(undefined);
    setBusy(true);
    try {
      props.onUnlocked(await call());
    } catch (err) {
      setError(errorMessage(err));
      setPassphrase('');
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void unlockWith(() =>
      api['identity.unlock']({ fingerprint: chosen, passphrase, ...(remember ? { remember } : {}) }),
    );
  }

  // At start (not when switching person), a passphrase remembered on this computer unlocks at once.
  const triedRemembered = useRef(false);
  useEffect(() => {
    if (triedRemembered.current || !chosenRemembered) return;
    triedRemembered.current = true;
    void unlockWith(() => api['identity.unlockRemembered']({ fingerprint: chosen }));
    // Once, on the first answer of identity.remembered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chosenRemembered]);

  async function forget() {
    await api['identity.forget']({ fingerprint: chosen });
    remembered.reload();
  }

  return (
    <form className="card narrow identity-form" onSubmit={submit} aria-labelledby="identity-unlock-title">
      <h1 id="identity-unlock-title">{switching ? 'Switch person' : 'Who is working?'}</h1>
      <p className="muted">
        Unlock your signing key with your passphrase: every change you make is signed with it.
      </p>
      <fieldset className="identity-list">
        <legend>Identities on this machine</legend>
        {props.identities.map((i) => (
          <label key={i.fingerprint} className="identity-choice" title={i.fingerprint}>
            <input
              type="radio"
              name="identity"
              value={i.fingerprint}
              checked={chosen === i.fingerprint}
              onChange={() => setChosen(i.fingerprint)}
            />
            <span>
              <strong>{i.name}</strong> <span className="muted">({i.role})</span>
              {i.fingerprint === props.current && <span className="muted small"> · working now</span>}
              <br />
              <span className="mono small muted">{shortFingerprint(i.fingerprint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <PassphraseField
        label="Passphrase"
        kind="current"
        autoFocus
        value={passphrase}
        onChange={setPassphrase}
      />
      {keychain && (
        <label className="row">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          Remember on this computer
        </label>
      )}
      {chosenRemembered && (
        <p className="muted small">
          Your passphrase is remembered on this computer.{' '}
          <button type="button" className="link" onClick={() => void forget()}>
            Forget it
          </button>
        </p>
      )}
      <ErrorNotice message={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy || !chosen} aria-busy={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p>
        <button type="button" className="link" onClick={props.onCreate}>
          Someone else? Create a new identity
        </button>
      </p>
    </form>
  );
}
