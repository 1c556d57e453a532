// Where a planner looks first: nodes overdue for a DR test under their tier's frequency, and open
// critical findings with their owner and due date.
import { formatDate } from '../../../../shared/format/datetime';
import type { DrTestPlan, OverdueNode } from '../../../../shared/contract';
import { FilterBanner } from '../../routing/FilterBanner';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';

export function AttentionPanel(props: {
  tests: DrTestPlan[];
  onOpen: (testId: string) => void;
  /** From the address: only these overdue nodes (a tier opened from the home screen). */
  keepOverdue?: ((n: OverdueNode) => boolean) | null;
}) {
  const overdue = useApi(() => api['drtests.overdue']({}), []);
  const findings = useApi(() => api['findings.list']({ openOnly: true }), []);
  const critical = (findings.data ?? []).filter((f) => f.severity === 'critical');
  const testName = new Map(props.tests.map((t) => [t.id, t.name]));
  const rows = (overdue.data ?? []).filter((n) => !props.keepOverdue || props.keepOverdue(n));
  return (
    <div className="dr-attention">
      <section className="card" aria-labelledby="dr-critical">
        <h2 id="dr-critical">
          Open critical findings <span className="dr-count">{critical.length}</span>
        </h2>
        <ErrorNotice message={findings.error} />
        {critical.length === 0 ? (
          <p className="muted">None open.</p>
        ) : (
          <ul className="dr-critical-list">
            {critical.map((f) => (
              <li key={f.id}>
                <strong>{f.title}</strong>
                <span className="muted small">
                  {' '}
                  · {f.owner || 'no owner'} · due {f.dueDate ?? '—'} · {f.status.replace('_', ' ')}
                </span>
                {f.testId && (
                  <button type="button" className="link small" onClick={() => props.onOpen(f.testId!)}>
                    {testName.get(f.testId) ?? 'open the test'}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="dr-overdue">
        <h2 id="dr-overdue">
          Overdue for a DR test <span className="dr-count">{rows.length}</span>
        </h2>
        <ErrorNotice message={overdue.error} />
        {props.keepOverdue && overdue.data && <FilterBanner count={rows.length} />}
        {rows.length === 0 ? (
          <p className="muted">Every tiered node passed a test within its tier&apos;s frequency.</p>
        ) : (
          <div className="dr-scroll">
            <table className="rb-table" aria-label="Overdue nodes">
              <thead>
                <tr>
                  <th>Node</th>
                  <th>Tier</th>
                  <th className="num">Every</th>
                  <th>Last passed</th>
                  <th className="num">Overdue</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.nodeId}>
                    <td>{r.name}</td>
                    <td>{r.tierName}</td>
                    <td className="num">{r.testFrequencyDays} d</td>
                    <td>{r.lastPassedAt ? formatDate(r.lastPassedAt) : 'never'}</td>
                    <td className="num">{r.daysOverdue === null ? 'never tested' : `${r.daysOverdue} d`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
