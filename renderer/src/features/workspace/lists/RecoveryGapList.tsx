// Nodes whose achievable recovery time along the critical path exceeds their RTO, read from the
// dependency map's analysis (graph.map): the list the "recovery gaps" number opens.
import type { RecoveryTime } from '../../../../../shared/domain/graph';
import { api } from '../../../api/client';
import { useApi } from '../../../api/use-api';
import { formatDuration } from '../../../../../shared/format/duration';
import { ErrorNotice } from '../../../components/Notice';
import { FilterBanner } from '../../../routing/FilterBanner';
import { navigate } from '../../../routing/navigate';

export function RecoveryGapList({ keep }: { keep: (r: RecoveryTime) => boolean }) {
  const map = useApi(() => api['graph.map']({}), []);
  const rows = (map.data?.analysis.recoveryTimes ?? [])
    .filter(keep)
    .sort((a, b) => (b.gapMinutes ?? 0) - (a.gapMinutes ?? 0));
  const names = new Map((map.data?.nodes ?? []).map((n) => [n.id, n.name]));
  return (
    <section className="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Recovery gaps</h2>
      <ErrorNotice message={map.error} />
      {map.data && <FilterBanner count={rows.length} />}
      {rows.length === 0 ? (
        <p className="muted">{map.loading ? 'Loading…' : 'Every node can be recovered within its RTO.'}</p>
      ) : (
        <table className="rb-table" aria-label="Recovery gaps">
          <thead>
            <tr>
              <th>Node</th>
              <th className="num">RTO</th>
              <th className="num">Achievable</th>
              <th className="num">Gap</th>
              <th>Critical path</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <button type="button" className="link" onClick={() => navigate({ area: 'map', id: r.id })}>
                    {r.name}
                  </button>
                </td>
                <td className="num">{r.rtoMinutes === undefined ? '—' : formatDuration(r.rtoMinutes)}</td>
                <td className="num">{formatDuration(r.achievableMinutes)}</td>
                <td className="num">{formatDuration(r.gapMinutes ?? 0)}</td>
                <td className="small">{r.criticalPath.map((id) => names.get(id) ?? id).join(' → ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
