// A save refused because someone else changed the record after it was loaded (CONFLICT with
// details.conflict): each field with your value and the one stored now, and a way to reload.
import { ApiClientError } from '../../api/client';

interface ConflictField {
  field: string;
  yours: unknown;
  stored: unknown;
}

/** The fields of a stale-update refusal, when `err` is one. */
export function staleFields(err: unknown): ConflictField[] | undefined {
  if (!(err instanceof ApiClientError) || err.code !== 'CONFLICT') return;
  const c = (err.details as { conflict?: { fields?: unknown } } | undefined)?.conflict;
  return Array.isArray(c?.fields) ? (c.fields as ConflictField[]) : undefined;
}

function shown(v: unknown): string {
  return v === null || v === undefined || v === '' ? '(empty)' : String(v);
}

export function ConflictNotice(props: {
  fields: ConflictField[];
  onReload: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="notice notice-error conflict-notice" role="alert">
      <div>
        <strong>Not saved: someone else changed this after you loaded it.</strong>
        <table className="plain" aria-label="Conflicting values">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours</th>
              <th scope="col">Stored now</th>
            </tr>
          </thead>
          <tbody>
            {props.fields.map((f) => (
              <tr key={f.field}>
                <td>{f.field}</td>
                <td>{shown(f.yours)}</td>
                <td>{shown(f.stored)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="primary" onClick={props.onReload}>
        Reload
      </button>
      <button type="button" className="link" onClick={props.onDismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}
