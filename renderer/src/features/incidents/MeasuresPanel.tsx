// The availability report: per service and month, availability from incident downtime against the
// SLA target (the chart: one cell per month, red below target), the same figures as a table, MTTR
// with the count it averages, and the change failure rate with its denominator.
import type { IncidentMeasures } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';

const pct = (x: number, digits = 3): string => `${(x * 100).toFixed(digits)}%`;
const CELL = 34;
const LABEL = 220;
const ROW = 22;

export function MeasuresPanel({ m }: { m: IncidentMeasures }) {
  const r = m.report;
  const cfr = m.changeFailureRate;
  const rows = r.services;
  const mins = (x: number | null) => formatDuration(x === null ? null : Math.round(x));
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title">Availability and measures (last 12 months)</h2>
      <p data-testid="measures-summary">
        MTTR {mins(r.overall.meanMinutes)} (median {mins(r.overall.medianMinutes)}) over {r.overall.count}{' '}
        restored incidents{r.overall.openCount > 0 ? `, ${r.overall.openCount} open` : ''}. Change failure
        rate {cfr.rate === null ? '—' : pct(cfr.rate, 0)} ({cfr.failed} failed of {cfr.deployed} deployed
        {cfr.failedByIncident.length > 0 ? `, ${cfr.failedByIncident.length} counted by an incident` : ''}).
      </p>
      {rows.length === 0 ? (
        <p className="muted">No incident touched a service in this period.</p>
      ) : (
        <>
          <svg
            role="img"
            aria-label="Availability per service per month"
            width={LABEL + r.months.length * CELL}
            height={ROW * (rows.length + 1)}
            className="inc-avail-chart"
          >
            {r.months.map((mo, j) => (
              <text key={mo} x={LABEL + j * CELL + CELL / 2} y={14} textAnchor="middle" fontSize={10}>
                {mo.slice(2)}
              </text>
            ))}
            {rows.map((s, i) => (
              <g key={s.serviceId} transform={`translate(0, ${ROW * (i + 1)})`}>
                <text x={0} y={15} fontSize={12}>
                  {s.name}
                </text>
                {s.months.map((c, j) => (
                  <rect
                    key={c.month}
                    x={LABEL + j * CELL + 1}
                    y={2}
                    width={CELL - 2}
                    height={ROW - 4}
                    fill={c.meetsTarget === false ? '#c62828' : c.downtimeMinutes > 0 ? '#f2c14e' : '#4caf50'}
                  >
                    <title>{`${s.name} ${c.month}: ${pct(c.availability)} (${Math.round(c.downtimeMinutes)} min down)${s.target === null ? '' : ` target ${pct(s.target, 2)}`}`}</title>
                  </rect>
                ))}
              </g>
            ))}
          </svg>
          <table className="inc-table" aria-label="Availability per service per month">
            <thead>
              <tr>
                <th>Service</th>
                <th>SLA target</th>
                <th>MTTR (count)</th>
                {r.months.map((mo) => (
                  <th key={mo}>{mo}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.serviceId}>
                  <td>{s.name}</td>
                  <td>{s.target === null ? '—' : pct(s.target, 2)}</td>
                  <td>
                    {mins(s.mttr.meanMinutes)} ({s.mttr.count})
                  </td>
                  {s.months.map((c) => (
                    <td key={c.month} className={c.meetsTarget === false ? 'inc-below' : ''}>
                      {c.downtimeMinutes === 0 ? '100%' : pct(c.availability)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
