// The browser's Open…: there is no file dialog, so the host lists the workspaces of a folder (the
// data folder first, any other the user types) and opens any path typed. The host checks each path
// and refuses with a reason; a refusal changes nothing.
import { formatDateTime } from '../../../../shared/format/datetime';
import { useState, type FormEvent } from 'react';
import type { WorkspaceFolderListing } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import type { Run } from './StartScreen';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function OpenPanel(props: { busy: boolean; run: Run; initial?: WorkspaceFolderListing }) {
  const [listing, setListing] = useState(props.initial);
  const [folder, setFolder] = useState(props.initial?.folder ?? '');
  const [path, setPath] = useState('');
  const [listError, setListError] = useState<string>();
  const [openError, setOpenError] = useState<string>();

  async function show(e: FormEvent) {
    e.preventDefault();
    setListError(undefined);
    try {
      const next = await api['workspace.files']({ folder });
      setListing(next);
      setFolder(next.folder);
    } catch (err) {
      setListError(errorMessage(err));
    }
  }

  function openTyped(e: FormEvent) {
    e.preventDefault();
    setOpenError(undefined);
    void props.run(() => api['workspace.openFile']({ path }), setOpenError);
  }

  return (
    <section className="card start-browse" aria-labelledby="browse-title">
      <h2 id="browse-title">Open a workspace file</h2>
      <form className="row" onSubmit={show} aria-label="Folder to list">
        <label className="grow">
          Folder
          <input
            className="mono"
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            spellCheck={false}
          />
        </label>
        <button type="submit">Show</button>
      </form>
      <ErrorNotice message={listError} onDismiss={() => setListError(undefined)} />
      {listing && (
        <>
          {listing.files.length === 0 ? (
            <p className="muted">No .steadfast workspaces in {listing.folder}.</p>
          ) : (
            <table className="plain start-files" aria-label={`Workspaces in ${listing.folder}`}>
              <thead>
                <tr>
                  <th>File</th>
                  <th>Workspace</th>
                  <th>Modified</th>
                  <th className="num">Size</th>
                </tr>
              </thead>
              <tbody>
                {listing.files.map((f) => (
                  <tr key={f.path}>
                    <td>
                      <button
                        type="button"
                        className="link"
                        disabled={props.busy}
                        title={f.path}
                        onClick={() =>
                          void props.run(() => api['workspace.openFile']({ path: f.path }), setOpenError)
                        }
                      >
                        {f.fileName}
                      </button>
                    </td>
                    <td>{f.knownAs ?? <span className="muted">not opened here yet</span>}</td>
                    <td>{formatDateTime(f.modifiedAt)}</td>
                    <td className="num">{size(f.sizeBytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {listing.truncated && <p className="muted small">Only the 500 most recent files are listed.</p>}
        </>
      )}
      <form className="row" onSubmit={openTyped} aria-label="Open by path">
        <label className="grow">
          Or type the path of a workspace file
          <input
            className="mono"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={`${listing?.folder ?? '/path/to'}/name.steadfast`}
            spellCheck={false}
            required
          />
        </label>
        <button type="submit" className="primary" disabled={props.busy}>
          Open
        </button>
      </form>
      <ErrorNotice message={openError} onDismiss={() => setOpenError(undefined)} />
    </section>
  );
}
