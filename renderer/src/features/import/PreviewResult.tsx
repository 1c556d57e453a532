// What a preview found: per sheet what would be created, updated or left alone, notes, and every
// problem by sheet, row and column.
import { plural } from '../../../../shared/format/plural';
import type { ImportPreview } from '../../../../shared/contract';
import { IMPORT_KIND_LABELS } from './kind-labels';

export function PreviewResult({ preview }: { preview: ImportPreview }) {
  const n = (v: number) => v.toLocaleString();
  return (
    <>
      <table className="import-table" aria-label="Sheets in the file">
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Holds</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              New
            </th>
            <th scope="col" className="num">
              Updated
            </th>
            <th scope="col" className="num">
              Unchanged
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.sheets.map((s) => (
            <tr key={s.sheet}>
              <td>{s.sheet}</td>
              <td>{IMPORT_KIND_LABELS[s.kind]}</td>
              <td className="num">{n(s.rows)}</td>
              <td className="num">{n(s.creates)}</td>
              <td className="num">{n(s.updates)}</td>
              <td className="num">{n(s.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.notes.length > 0 && (
        <ul className="import-notes muted">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {preview.problems.length > 0 && (
        <>
          <h3 id="import-problems-title">
            {plural(preview.problems.length, 'problem')} to fix before importing
          </h3>
          <div className="import-problems">
            <table className="import-table" aria-labelledby="import-problems-title">
              <thead>
                <tr>
                  <th scope="col">Sheet</th>
                  <th scope="col" className="num">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.map((p, i) => (
                  <tr key={i} data-testid="import-problem">
                    <td>{p.sheet}</td>
                    <td className="num">{p.row ?? ''}</td>
                    <td className="mono">{p.column ?? ''}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
