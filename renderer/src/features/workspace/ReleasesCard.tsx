// Releases whose window falls in the next two weeks, with the gate's verdict on each.
import type { DashboardView } from '../../../../shared/contract';
import { formatDate, formatDateTime } from '../../../../shared/format/datetime';
import { href } from '../../routing/navigate';
import { FigureLink } from './FigureLink';

export function ReleasesCard({ releases }: Pick<DashboardView, 'releases'>) {
  return (
    <section className="card dash-card dash-wide" aria-labelledby="dash-releases">
      <h2 id="dash-releases">Releases in the next two weeks</h2>
      <p className="dash-line">
        <FigureLink figure={releases.figure} label="releases in the next two weeks" className="big" />{' '}
        {releases.figure.count === 1 ? 'release' : 'releases'} with a window before {formatDate(releases.to)}
      </p>
      {releases.items.length > 0 && (
        <table className="rb-table dash-releases" aria-label="Releases in the next two weeks">
          <thead>
            <tr>
              <th>Window</th>
              <th>Release</th>
              <th>Status</th>
              <th>Gate</th>
              <th>Failing checks</th>
            </tr>
          </thead>
          <tbody>
            {releases.items.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.windowStart)}</td>
                <td>
                  <a href={href({ area: 'releases', id: r.id })}>{r.name}</a>{' '}
                  <span className="muted small">{r.version}</span>
                </td>
                <td>{r.status}</td>
                <td>
                  <span className={r.go ? 'verdict verdict-go' : 'verdict verdict-no'} title={r.summary}>
                    {r.go ? 'GO' : 'NO-GO'}
                  </span>
                </td>
                <td className="small">{r.failing.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
