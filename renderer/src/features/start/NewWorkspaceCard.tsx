// A new workspace: its name, and where its file will be written before it is.
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Run } from './StartScreen';

/** folder: where the host writes it; null when a dialog asks (desktop); undefined while it loads. */
export function NewWorkspaceCard(props: { busy: boolean; run: Run; folder: string | null | undefined }) {
  const [name, setName] = useState('');
  function create(e: FormEvent) {
    e.preventDefault();
    void props.run(() => api['workspace.create']({ name }));
  }
  return (
    <form className="card" onSubmit={create} aria-labelledby="new-title">
      <h2 id="new-title">New workspace</h2>
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
          placeholder="e.g. Group continuity programme 2027"
        />
      </label>
      <p className="muted small start-where" data-testid="new-folder">
        {props.folder ? (
          <>
            Saved in <span className="mono path">{props.folder}</span>, in a file named after the workspace.
          </>
        ) : props.folder === null ? (
          'You choose the folder and file name in the next step.'
        ) : (
          'Finding the workspaces folder…'
        )}
      </p>
      <button type="submit" className="primary" disabled={props.busy}>
        Create workspace
      </button>
    </form>
  );
}
