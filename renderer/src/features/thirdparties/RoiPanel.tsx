// The DORA Register of Information: check it at a reference date (every problem by template, row
// and column) and export the xBRL-CSV package when nothing is wrong.
import { useState } from 'react';
import type { RoiCheck } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { ErrorNotice, InfoNotice } from '../../components/Notice';

export function RoiPanel() {
  const [refPeriod, setRefPeriod] = useState(`${new Date().getFullYear() - 1}-12-31`);
  const [check, setCheck] = useState<RoiCheck>();
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();
  const run = () => {
    setError(undefined);
    setNote(undefined);
    api['roi.check']({ refPeriod }).then(setCheck, (err: unknown) => setError(errorMessage(err)));
  };
  return (
    <section className="card" aria-labelledby="roi-title">
      <h2 id="roi-title">DORA Register of Information</h2>
      <div className="row">
        <label className="field">
          Reference date
          <input type="date" value={refPeriod} onChange={(e) => setRefPeriod(e.target.value)} />
        </label>
        <button type="button" onClick={run}>
          Check register
        </button>
        <button
          type="button"
          className="primary"
          disabled={!check || check.problems.length > 0}
          onClick={() =>
            api['roi.export']({ refPeriod }).then(
              (d) => setNote(finishDelivery(d)),
              (err: unknown) => setError(errorMessage(err)),
            )
          }
        >
          Export xBRL-CSV
        </button>
      </div>
      <ErrorNotice message={error} />
      <InfoNotice message={note} />
      {check &&
        (check.problems.length === 0 ? (
          <p data-testid="roi-ok">
            No problems at {check.refPeriod}: {check.rows.reduce((n, r) => n + r.rows, 0)} rows in{' '}
            {check.rows.length} templates.
          </p>
        ) : (
          <table className="plain" aria-label="Register problems">
            <thead>
              <tr>
                <th>Template</th>
                <th>Row</th>
                <th>Column</th>
                <th>Problem</th>
              </tr>
            </thead>
            <tbody>
              {check.problems.map((p, i) => (
                <tr key={i}>
                  <td>{p.template}</td>
                  <td>{p.row ?? '—'}</td>
                  <td>{p.column ?? '—'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
