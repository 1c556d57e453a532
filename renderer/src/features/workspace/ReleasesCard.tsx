// Releases whose window falls in the next two weeks, with the gate's verdict on each.
import type { DashboardView } from '../../../../shared/contract';
import { href } from '../../routing/navigate';
import { FigureLink } from './FigureLink';

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

export function ReleasesCard({ releases }: Pick<DashboardView, 'releases'>) {
  return (
    <section className="card dash-card dash-wide" aria-labelledby="dash-releases">
      <h2 id="dash-releases">Releases in the next two weeks</h2>
      <p className="dash-line">
        <FigureLink figure={releases.figure} label="releases in the next two weeks" className="big" /> release
        {releases.figure.count === 1 ? '' : 's'} with a window before{' '}
        {new Date(releases.to).toLocaleDateString()}
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
                <td>{when(r.windowStart)}</td>
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
