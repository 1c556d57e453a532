// The impact curve: each category's severity over the time buckets as steps, the intolerable
// threshold, the MTD, and the financial loss as bars behind them (right-hand scale).
import type { BucketView, CategoryView } from '../../../../shared/contract';
import { DEFAULT_INTOLERABLE_THRESHOLD, type BiaObjectives } from '../../../../shared/domain/bia';
import { AxisBottom, AxisLeft } from '../../components/ChartAxes';
import { bandCentre, linearScale } from '../../components/chart-scale';
import { formatDuration } from '../../../../shared/format/duration';
import { curveSummary } from './curve-summary';

/** Categorical colours for the lines, distinct from the severity scale. */
export const CATEGORY_COLOURS = ['#1f5fbf', '#7b3fa0', '#0f8b8d', '#c2185b', '#5d4037', '#455a64', '#6d8b00'];

export function ImpactCurveChart(props: {
  categories: CategoryView[];
  buckets: BucketView[];
  ratings: Record<string, (number | null)[]>;
  objectives: BiaObjectives;
  width?: number;
  height?: number;
}) {
  const { categories, buckets, objectives } = props;
  const threshold = DEFAULT_INTOLERABLE_THRESHOLD;
  const W = props.width ?? 560;
  const H = props.height ?? 260;
  const m = { left: 92, right: 64, top: 16, bottom: 44 };
  const xr: [number, number] = [m.left, W - m.right];
  const y = linearScale([0, 4], [H - m.bottom, m.top + 6]);
  const band = (xr[1] - xr[0]) / Math.max(1, buckets.length);
  const x = (i: number) => bandCentre(i, buckets.length, xr);
  const losses = objectives.financialLossByBucket ?? [];
  const maxLoss = Math.max(0, ...losses.map((v) => v ?? 0));
  const yLoss = linearScale([0, maxLoss || 1], [H - m.bottom, m.top + 6]);
  const mtdIndex = objectives.mtd === null ? -1 : buckets.findIndex((b) => b.minutes === objectives.mtd);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={curveSummary(buckets, objectives, threshold)}
      >
        {maxLoss > 0 &&
          losses.map((v, i) =>
            v === null || v === 0 ? null : (
              <rect
                key={`loss-${i}`}
                className="loss-bar"
                x={x(i) - band * 0.3}
                width={band * 0.6}
                y={yLoss(v)}
                height={H - m.bottom - yLoss(v)}
              />
            ),
          )}
        <AxisLeft
          x={m.left}
          y0={H - m.bottom}
          y1={m.top}
          gridTo={W - m.right}
          ticks={[0, 1, 2, 3, 4].map((s) => ({
            at: y(s),
            label: ['none', 'minimal', 'moderate', 'signif.', 'severe'][s]!,
          }))}
        />
        <AxisBottom
          y={H - m.bottom}
          x0={m.left}
          x1={W - m.right}
          ticks={buckets.map((b, i) => ({ at: x(i), label: b.label }))}
          title="outage lasts"
        />
        {maxLoss > 0 && (
          <g className="axis" aria-hidden="true">
            <text x={W - m.right + 6} y={yLoss(maxLoss)} dy="0.32em">
              {compactMoney(maxLoss)}
            </text>
            <text x={W - m.right + 6} y={H - m.bottom} dy="0.32em">
              0
            </text>
          </g>
        )}
        <line
          className="threshold"
          x1={m.left}
          x2={W - m.right}
          y1={y(threshold - 0.5)}
          y2={y(threshold - 0.5)}
        />
        <text className="threshold-label" x={m.left + 4} y={y(threshold - 0.5) - 5}>
          intolerable from {threshold}
        </text>
        {mtdIndex >= 0 && (
          <g className="mtd-mark">
            <line x1={x(mtdIndex)} x2={x(mtdIndex)} y1={m.top} y2={H - m.bottom} />
            <text x={x(mtdIndex) + 4} y={m.top + 10}>
              MTD {formatDuration(objectives.mtd)}
            </text>
          </g>
        )}
        {categories.map((c, ci) => {
          const row = props.ratings[c.id] ?? [];
          const offset = (ci - (categories.length - 1) / 2) * 2;
          const pts: string[] = [];
          row.forEach((v, i) => {
            if (v === null || v === undefined) return;
            const yy = y(v) + offset;
            pts.push(`${x(i) - band / 2},${yy}`, `${x(i) + band / 2},${yy}`);
          });
          if (pts.length === 0) return null;
          return (
            <polyline
              key={c.id}
              className="curve"
              points={pts.join(' ')}
              stroke={CATEGORY_COLOURS[ci % CATEGORY_COLOURS.length]}
            />
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {categories.map((c, ci) => (
            <li key={c.id}>
              <span
                className="key-line"
                style={{ background: CATEGORY_COLOURS[ci % CATEGORY_COLOURS.length] }}
              />
              {c.name}
            </li>
          ))}
          <li>
            <span className="key-line threshold-key" /> intolerable threshold
          </li>
          {maxLoss > 0 && (
            <li>
              <span className="key-box loss-key" /> financial loss
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

function compactMoney(v: number): string {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}
