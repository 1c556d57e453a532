// Open findings by severity and by how long they have been open; each cell opens its list.
import { FINDING_AGES, type DashboardView } from '../../../../shared/contract';
import { FigureLink } from './FigureLink';

export function FindingsCard({ findings }: Pick<DashboardView, 'findings'>) {
  return (
    <section className="card dash-card" aria-labelledby="dash-findings">
      <h2 id="dash-findings">Open findings</h2>
      <p className="dash-line">
        <FigureLink figure={findings.open} label="open findings" className="big" /> open
      </p>
      <table className="dash-grid" aria-label="Open findings by severity and age">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col" className="num">
              All
            </th>
            {FINDING_AGES.map((a) => (
              <th key={a.id} scope="col" className="num">
                {a.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {findings.bySeverity.map((s) => (
            <tr key={s.severity} className={`dash-sev dash-sev-${s.severity}`}>
              <th scope="row">{s.severity}</th>
              <td className="num">
                <FigureLink figure={s.figure} label={`open ${s.severity} findings`} />
              </td>
              {s.byAge.map((f, i) => (
                <td key={FINDING_AGES[i]!.id} className="num">
                  <FigureLink figure={f} label={`open ${s.severity} findings ${FINDING_AGES[i]!.label}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
