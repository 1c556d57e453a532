// Self-assessment: the clause-coverage table (SS1/21 §8.3, DORA Art. 11, RTS 2024/1774 Art. 24–26,
// ISO 22301 §8.2.2) the evidence pack prints, each requirement met, partly met or a gap, its status
// in a colour beside its word.
import type { CoverageStatus } from '../../../../shared/domain/resilience';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';

const WORD: Record<CoverageStatus, string> = { met: 'Met', partly: 'Partly met', gap: 'Gap' };

export function CoveragePanel() {
  const coverage = useApi(() => api['resilience.coverage']({}), []);
  const rows = coverage.data ?? [];
  const count = (s: CoverageStatus) => rows.filter((r) => r.status === s).length;
  return (
    <section className="card" aria-labelledby="res-coverage">
      <h2 id="res-coverage">Self-assessment: clause coverage</h2>
      <ErrorNotice message={coverage.error} />
      {coverage.data && (
        <p className="muted small">
          {count('met')} of {rows.length} requirements met, {count('partly')} partly met, {count('gap')} gaps.
          Generated from the workspace's records; a requirement with no evidence is a gap.
        </p>
      )}
      <div className="dr-scroll">
        <table className="rb-table" aria-label="Clause coverage">
          <thead>
            <tr>
              <th>Framework</th>
              <th>Clause</th>
              <th>Requirement</th>
              <th>Status</th>
              <th>Evidence</th>
              <th>Missing</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.framework}</td>
                <td>{r.clause}</td>
                <td>{r.requirement}</td>
                <td className={`res-coverage ${r.status}`}>{WORD[r.status]}</td>
                <td className="small" title={r.records.join(', ')}>
                  {r.evidence}
                </td>
                <td className="small">{r.missing || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
