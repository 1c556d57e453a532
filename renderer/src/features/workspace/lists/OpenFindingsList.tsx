// Open DR-test findings narrowed by the address (severity, when raised): the list a findings number
// on the home screen opens. Read through findings.list, as the DR tests area reads them.
import type { DrTestPlan, FindingView } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { ErrorNotice } from '../../../components/Notice';
import { FilterBanner } from '../../../routing/FilterBanner';

const DAY_MS = 86_400_000;

export function OpenFindingsList(props: {
  keep: (f: FindingView) => boolean;
  tests: DrTestPlan[];
  onOpen: (testId: string) => void;
}) {
  const findings = useApi(() => api['findings.list']({ openOnly: true }), []);
  const rows = (findings.data ?? []).filter(props.keep);
  const testName = new Map(props.tests.map((t) => [t.id, t.name]));
  // eslint-disable-next-line react-hooks/purity -- ages are shown in whole days; a render's time is close enough
  const now = Date.now();
  return (
    <section className="card" aria-labelledby="open-findings">
      <h2 id="open-findings">Open findings</h2>
      <ErrorNotice message={findings.error} />
      {findings.data && <FilterBanner count={rows.length} />}
      {rows.length === 0 ? (
        <p className="muted">{findings.loading ? 'Loading…' : 'None.'}</p>
      ) : (
        <table className="rb-table" aria-label="Open findings">
          <thead>
            <tr>
              <th>Finding</th>
              <th>Severity</th>
              <th>Owner</th>
              <th>Due</th>
              <th className="num">Open for</th>
              <th>Test</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id}>
                <td>{f.title}</td>
                <td>{f.severity}</td>
                <td>{f.owner || '—'}</td>
                <td>{f.dueDate ?? '—'}</td>
                <td className="num">{Math.max(0, Math.floor((now - Date.parse(f.createdAt)) / DAY_MS))} d</td>
                <td>
                  {f.testId ? (
                    <button type="button" className="link" onClick={() => props.onOpen(f.testId!)}>
                      {testName.get(f.testId) ?? 'open the test'}
                    </button>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
