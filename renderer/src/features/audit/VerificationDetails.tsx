// What a failed verification found, in full: the first broken entry, the head this machine recorded,
// and the state differences by table, row and field (the first ones; all are counted).
import type { ChainVerification } from '../../../../shared/contract';
import { plural } from '../../../../shared/format/plural';

const shown = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

export function VerificationDetails({ verification: v }: { verification: ChainVerification }) {
  return (
    <section className="card" aria-label="What does not hold" data-testid="verify-details">
      <h2>What does not hold</h2>
      <ul>
        <li>
          Chain:{' '}
          {v.firstBroken
            ? `broken at entry ${v.firstBroken.seq}: ${v.firstBroken.reason}`
            : `${plural(v.checked, 'entry', 'entries')} and ${plural(v.signatures, 'signature')} verified`}
        </li>
        <li>Head recorded on this machine: {v.outsideHead.status}</li>
        <li>
          State:{' '}
          {v.state.ok
            ? `${plural(v.state.rows, 'row')} match the audit trail`
            : `${plural(v.state.totalDifferences, 'difference')} from what the audit trail says`}
        </li>
      </ul>
      {v.state.differences.length > 0 && (
        <table aria-label="State differences" className="backups">
          <thead>
            <tr>
              <th>Table</th>
              <th>Row</th>
              <th>Field</th>
              <th>Kind</th>
              <th>Audit trail says</th>
              <th>File holds</th>
            </tr>
          </thead>
          <tbody>
            {v.state.differences.slice(0, 50).map((d) => (
              <tr key={`${d.table} ${d.id} ${d.field ?? ''} ${d.kind}`}>
                <td>{d.table}</td>
                <td className="mono">{d.id}</td>
                <td>{d.field ?? ''}</td>
                <td>{d.kind}</td>
                <td className="mono">{shown(d.expected)}</td>
                <td className="mono">{shown(d.actual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
