// Monthly delivery trend: deployments as bars and the change failure rate as a line on its own scale.
import type { MonthlyRow } from '../../../../shared/domain/release';
import { AxisBottom, AxisLeft } from '../../components/ChartAxes';
import { bandCentre, linearScale } from '../../components/chart-scale';

export function TrendChart({ rows }: { rows: MonthlyRow[] }) {
  const W = 640;
  const H = 240;
  const m = { left: 50, right: 50, top: 14, bottom: 40 };
  const maxDeploys = Math.max(1, ...rows.map((r) => r.deployments));
  const y = linearScale([0, maxDeploys], [H - m.bottom, m.top]);
  const yRate = linearScale([0, 1], [H - m.bottom, m.top]);
  const range: [number, number] = [m.left, W - m.right];
  const bw = ((W - m.left - m.right) / Math.max(1, rows.length)) * 0.5;
  const rated = rows.map((r, i) => ({ i, rate: r.changeFailureRate.rate })).filter((p) => p.rate !== null);
  const label = rows
    .map((r) => `${r.month}: ${r.deployments} deployments, ${r.changeFailureRate.failed} failed`)
    .join('; ');
  return (
    <figure className="chart rel-trend">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`Monthly trend. ${label}.`}>
        <AxisLeft
          x={m.left}
          y0={H - m.bottom}
          y1={m.top}
          gridTo={W - m.right}
          title="deployments"
          ticks={[0, Math.ceil(maxDeploys / 2), maxDeploys].map((v) => ({ at: y(v), label: String(v) }))}
        />
        <AxisBottom
          y={H - m.bottom}
          x0={m.left}
          x1={W - m.right}
          ticks={rows.map((r, i) => ({ at: bandCentre(i, rows.length, range), label: r.month }))}
        />
        {rows.map((r, i) => (
          <rect
            key={r.month}
            className="rel-trend-bar"
            x={bandCentre(i, rows.length, range) - bw / 2}
            y={y(r.deployments)}
            width={bw}
            height={H - m.bottom - y(r.deployments)}
          />
        ))}
        <path
          className="rel-trend-cfr"
          fill="none"
          d={rated
            .map((p, k) => `${k ? 'L' : 'M'}${bandCentre(p.i, rows.length, range)},${yRate(p.rate!)}`)
            .join(' ')}
        />
        {rated.map((p) => (
          <circle
            key={p.i}
            className="rel-trend-dot"
            cx={bandCentre(p.i, rows.length, range)}
            cy={yRate(p.rate!)}
            r={4}
          />
        ))}
        <g className="axis" aria-hidden="true">
          {[0, 0.5, 1].map((v) => (
            <text key={v} x={W - m.right + 8} y={yRate(v)} dy="0.32em">
              {v * 100}%
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="key-box rel-key-release" /> deployments
          </li>
          <li>
            <span className="key-line rel-key-cfr" /> change failure rate (right scale)
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
