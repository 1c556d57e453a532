// The Monte Carlo distribution of the total time as a histogram, with P50, P90 and the RTO marked;
// bars past the RTO are drawn in the warning colour.
import type { MonteCarloResult } from '../../../../shared/domain/runbook/types';
import { AxisBottom, AxisLeft } from '../../components/ChartAxes';
import { linearScale } from '../../components/chart-scale';
import { formatDuration } from '../../../../shared/format/duration';
import { percent } from './format';

export function DistributionChart({ mc, rtoMinutes }: { mc: MonteCarloResult; rtoMinutes: number | null }) {
  const W = 420;
  const H = 220;
  const m = { left: 44, right: 30, top: 22, bottom: 44 };
  const bins = mc.histogram;
  const lo = Math.min(bins[0]?.binStart ?? 0, rtoMinutes ?? Infinity);
  const hi = Math.max(bins[bins.length - 1]?.binEnd ?? 1, rtoMinutes ?? -Infinity);
  const pad = (hi - lo) * 0.04 || 1;
  const x = linearScale([lo - pad, hi + pad], [m.left, W - m.right]);
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const y = linearScale([0, peak / mc.runs], [H - m.bottom, m.top]);
  const step = niceStep((hi - lo) / 5);
  const ticks: number[] = [];
  for (let v = Math.ceil((lo - pad) / step) * step; v <= hi + pad; v += step) ticks.push(v);
  const label = `Distribution of the total time over ${mc.runs} runs: P50 ${formatDuration(Math.round(mc.p50))}, P90 ${formatDuration(Math.round(mc.p90))}${rtoMinutes === null ? '' : `, RTO ${formatDuration(rtoMinutes)}, ${percent(mc.pMeetRto ?? 0)} within it`}.`;
  const mark = (v: number, cls: string, text: string, dy: number) => (
    <g className={cls}>
      <line x1={x(v)} x2={x(v)} y1={m.top - 4} y2={H - m.bottom} />
      <text x={x(v) + 4} y={m.top + dy}>
        {text}
      </text>
    </g>
  );
  return (
    <figure className="chart rb-dist">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="rb-distribution">
        <AxisLeft
          x={m.left}
          y0={H - m.bottom}
          y1={m.top}
          gridTo={W - m.right}
          ticks={[0, 0.5, 1].map((f) => ({
            at: y((f * peak) / mc.runs),
            label: percent((f * peak) / mc.runs).replace(' ', ''),
          }))}
        />
        {bins.map((b) => (
          <rect
            key={b.binStart}
            className={rtoMinutes !== null && b.binStart >= rtoMinutes ? 'hist-bar over' : 'hist-bar'}
            x={x(b.binStart) + 0.5}
            width={Math.max(0.5, x(b.binEnd) - x(b.binStart) - 1)}
            y={y(b.count / mc.runs)}
            height={H - m.bottom - y(b.count / mc.runs)}
          />
        ))}
        <AxisBottom
          y={H - m.bottom}
          x0={m.left}
          x1={W - m.right}
          ticks={ticks.map((v) => ({ at: x(v), label: formatDuration(Math.round(v)) }))}
          title="total time (share of runs)"
        />
        {mark(mc.p50, 'p-mark', 'P50', 8)}
        {mark(mc.p90, 'p-mark', 'P90', 20)}
        {rtoMinutes !== null && mark(rtoMinutes, 'rto-line', `RTO ${formatDuration(rtoMinutes)}`, -8)}
      </svg>
    </figure>
  );
}

function niceStep(raw: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440];
  return steps.find((s) => s >= raw) ?? Math.ceil(raw / 1440) * 1440;
}
