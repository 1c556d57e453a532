// Import processes, ratings, tiers, resources and dependencies from an .xlsx or .csv file: pick it,
// see what it would change and every problem in it, and commit only a clean file, all at once.
import { useRef, useState, type ChangeEvent } from 'react';
import type { ImportCommitResult, ImportPreview } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { PreviewResult } from './PreviewResult';
import { MAX_IMPORT_BYTES, readAsBase64 } from './read-file';
import { Templates } from './Templates';
import './import.css';

type Busy = 'reading' | 'committing' | undefined;

function summary(r: ImportCommitResult): string {
  return `Imported ${r.fileName}: ${r.created.toLocaleString()} new, ${r.updated.toLocaleString()} updated, ${r.unchanged.toLocaleString()} unchanged. The import is in the audit log.`;
}

export function ImportView() {
  const [preview, setPreview] = useState<ImportPreview>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setPreview(undefined);
    setError(undefined);
    setDone(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; the limit for an import is 50 MB.`,
      );
      return;
    }
    setBusy('reading');
    try {
      const dataBase64 = await readAsBase64(file);
      setPreview(await api['import.preview']({ fileName: file.name, dataBase64 }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  }

  async function commit() {
    if (!preview?.token) return;
    setBusy('committing');
    setError(undefined);
    try {
      setDone(summary(await api['import.commit']({ token: preview.token })));
      setPreview(undefined);
      if (input.current) input.current.value = '';
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="import" aria-labelledby="import-title" aria-busy={busy !== undefined}>
      <h1 id="import-title">Import</h1>
      <p className="muted">
        Processes, impact ratings, tiers, resources, the dependencies between them, and third-party providers
        and contracts from an Excel workbook or a CSV file. Rows are matched by name: importing a file again
        updates what it imported before instead of adding copies.
      </p>
      <div className="import-grid">
        <section className="card" aria-labelledby="import-file-title">
          <h2 id="import-file-title">File</h2>
          <label>
            Spreadsheet to import (.xlsx or .csv, up to 50 MB)
            <input
              ref={input}
              type="file"
              accept=".xlsx,.csv"
              onChange={(e) => void pick(e)}
              disabled={busy !== undefined}
            />
          </label>
          {busy && (
            <p className="loading" role="status">
              {busy === 'reading' ? 'Checking the file…' : 'Importing…'}
            </p>
          )}
          <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
          <InfoNotice message={done} />
          {preview && (
            <div className="import-preview" aria-label="Preview">
              <p>
                <strong>{preview.fileName}</strong>{' '}
                <span className="mono small muted" title="SHA-256 of the file, recorded in the audit log">
                  {preview.sha256.slice(0, 16)}…
                </span>
              </p>
              <PreviewResult preview={preview} />
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  disabled={!preview.canCommit || busy !== undefined}
                  onClick={() => void commit()}
                >
                  Import
                </button>
                <span className="muted small">
                  {preview.canCommit
                    ? 'Everything above is applied in one step, or nothing is.'
                    : 'Fix the problems in the file and choose it again; nothing has been imported.'}
                </span>
              </div>
            </div>
          )}
        </section>
        <Templates />
      </div>
    </section>
  );
}
