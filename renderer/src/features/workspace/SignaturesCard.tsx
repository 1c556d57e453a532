// What waits for a signature, and whose signature it waits for.
import type { DashboardView, SignatureGroup } from '../../../../shared/contract';
import { href } from '../../routing/navigate';
import type { AreaId } from '../../routing/route';
import { FigureLink } from './FigureLink';

const RECORD_AREA: Record<SignatureGroup['kind'], AreaId> = {
  bia: 'bia',
  runbook: 'runbooks',
  release: 'releases',
};

export function SignaturesCard({ signatures }: Pick<DashboardView, 'signatures'>) {
  const total = signatures.reduce((n, s) => n + s.figure.count, 0);
  return (
    <section className="card dash-card" aria-labelledby="dash-signatures">
      <h2 id="dash-signatures">Waiting for a signature</h2>
      {total === 0 && <p className="muted">Nothing waits for a signature.</p>}
      {signatures
        .filter((s) => s.figure.count > 0)
        .map((s) => (
          <div key={s.kind} className="dash-group">
            <h3>
              <FigureLink figure={s.figure} label={s.label} /> {s.label}
            </h3>
            <ul className="dash-items">
              {s.items.slice(0, 6).map((i) => (
                <li key={i.id}>
                  <a href={href({ area: RECORD_AREA[s.kind], id: i.id })}>{i.name}</a>
                  <span className="muted small"> · waits for {i.waitingFor}</span>
                </li>
              ))}
              {s.items.length > 6 && <li className="muted small">and {s.items.length - 6} more</li>}
            </ul>
          </div>
        ))}
    </section>
  );
}
