// First run: who is at the keyboard. Every audit entry carries this name and role.
import { useState, type FormEvent } from 'react';
import type { Profile } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

export function ProfileForm({
  initial,
  onSaved,
}: {
  initial: Profile | null;
  onSaved: (p: Profile) => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      onSaved(await api['profile.set']({ name, role }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="card narrow" onSubmit={submit} aria-labelledby="profile-title">
      <h1 id="profile-title">Who is working?</h1>
      <p className="muted">Steadfast records every change under your name and role, for the audit trail.</p>
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
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Continue
      </button>
    </form>
  );
}
