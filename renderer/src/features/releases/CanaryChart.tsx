// One canary metric: baseline and canary samples as dots on one axis with each median marked, so
// the shift the Mann-Whitney test judges is visible.
import type { CanaryMetricResult } from '../../../../shared/domain/release';
import type { CanaryMetricView } from '../../../../shared/contract';
import { AxisBottom } from '../../components/ChartAxes';
import { linearScale } from '../../components/chart-scale';

export function CanaryChart({ metric, result }: { metric: CanaryMetricView; result: CanaryMetricResult }) {
  const W = 520;
  const m = { left: 80, right: 16, top: 10, bottom: 36 };
  const rowH = 28;
  const H = m.top + 2 * rowH + m.bottom;
  const all = [...metric.baseline, ...metric.canary];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = (hi - lo) * 0.05 || 1;
  const x = linearScale([lo - pad, hi + pad], [m.left, W - m.right]);
  const rows = [
    { label: 'baseline', values: metric.baseline, median: result.baselineMedian, cls: 'cn-base' },
    { label: 'canary', values: metric.canary, median: result.canaryMedian, cls: 'cn-canary' },
  ];
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => lo - pad + f * (hi - lo + 2 * pad));
  return (
    <figure className="chart rel-canary-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`${metric.name}: ${result.verdict}. ${result.reason}`}
      >
        {rows.map((r, i) => {
          const y = m.top + i * rowH + rowH / 2;
          return (
            <g key={r.label} className={r.cls}>
              <text x={m.left - 8} y={y} dy="0.32em" textAnchor="end" className="tl-label">
                {r.label}
              </text>
              {r.values.map((v, k) => (
                <circle key={k} cx={x(v)} cy={y + ((k % 5) - 2) * 2} r={3} />
              ))}
              {r.median !== null && (
                <line className="cn-median" x1={x(r.median)} x2={x(r.median)} y1={y - 11} y2={y + 11} />
              )}
            </g>
          );
        })}
        <AxisBottom
          y={H - m.bottom}
          x0={m.left}
          x1={W - m.right}
          ticks={ticks.map((v) => ({
            at: x(v),
            label: Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3),
          }))}
          title={metric.name}
        />
      </svg>
      <figcaption className="small">
        <span className={`rel-verdict rel-verdict-${result.verdict}`}>{result.verdict}</span> {result.reason}
      </figcaption>
    </figure>
  );
}
