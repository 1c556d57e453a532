// Conflicts: a process's own objectives, RTO inversions along the graph, and nodes whose achievable
// recovery time exceeds their RTO.
import type { DashboardView } from '../../../../shared/contract';
import { FigureLink } from './FigureLink';

export function ConflictsCard({ conflicts }: Pick<DashboardView, 'conflicts'>) {
  const tiles = [
    { figure: conflicts.objectives, label: 'objective conflicts', hint: 'RTO + WRT above MTD, and the like' },
    { figure: conflicts.inversions, label: 'RTO inversions', hint: 'a provider slower than what needs it' },
    { figure: conflicts.gaps, label: 'recovery gaps', hint: 'critical path longer than the RTO' },
  ];
  return (
    <section className="card dash-card" aria-labelledby="dash-conflicts">
      <h2 id="dash-conflicts">Conflicts</h2>
      <ul className="dash-tiles">
        {tiles.map((t) => (
          <li key={t.label} className={t.figure.count > 0 ? 'tile tile-bad' : 'tile'}>
            <FigureLink figure={t.figure} label={t.label} className="big" />
            <span>{t.label}</span>
            <span className="muted small">{t.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
