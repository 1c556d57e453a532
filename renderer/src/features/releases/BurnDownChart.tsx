// Error budget burn-down: the share of the budget left after each measured period across the SLO
// window, with the policy line below which releases stop.
import type { ErrorBudget } from '../../../../shared/domain/release';
import { AxisBottom, AxisLeft } from '../../components/ChartAxes';
import { linearScale } from '../../components/chart-scale';
import { formatDate } from '../../../../shared/format/datetime';

export function BurnDownChart({ budget, name }: { budget: ErrorBudget; name: string }) {
  const W = 560;
  const H = 220;
  const m = { left: 60, right: 44, top: 12, bottom: 40 };
  const pts = budget.burnDown;
  const lowest = Math.min(0, budget.policy, ...pts.map((p) => p.remainingFraction));
  const x = linearScale([budget.window.start, budget.window.end], [m.left, W - m.right]);
  const y = linearScale([lowest, 1], [H - m.bottom, m.top]);
  const path = [
    `M${x(budget.window.start)},${y(1)}`,
    ...pts.map((p) => `L${x(p.periodEnd)},${y(p.remainingFraction)}`),
  ].join(' ');
  const yTicks = [lowest, (lowest + 1) / 2, 1].map((v) => ({ at: y(v), label: `${Math.round(v * 100)}%` }));
  const xTicks = [0, 0.5, 1].map((f) => {
    const t = budget.window.start + f * (budget.window.end - budget.window.start);
    return { at: x(t), label: formatDate(new Date(t)) };
  });
  const last = pts[pts.length - 1];
  return (
    <figure className="chart rel-burn">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`Burn-down of ${name}: ${last ? `${Math.round(last.remainingFraction * 100)}% of the error budget left` : 'no measurements'}, policy ${Math.round(budget.policy * 100)}%.`}
      >
        <AxisLeft
          ticks={yTicks}
          x={m.left}
          y0={H - m.bottom}
          y1={m.top}
          gridTo={W - m.right}
          title="budget left"
        />
        <AxisBottom ticks={xTicks} y={H - m.bottom} x0={m.left} x1={W - m.right} />
        <line
          className="threshold"
          x1={m.left}
          x2={W - m.right}
          y1={y(budget.policy)}
          y2={y(budget.policy)}
        />
        <text className="threshold-label" x={W - m.right - 4} y={y(budget.policy) - 4} textAnchor="end">
          policy {Math.round(budget.policy * 100)}%
        </text>
        <path className="curve rel-burn-line" d={path} fill="none" />
      </svg>
    </figure>
  );
}
