// Planned against actual, per step: the plan's bar (critical-path schedule at likely durations) and
// the measured bar beneath it, on one minute axis from the disruption, with the RTO marked.
import { plural } from '../../../../shared/format/plural';
import type { DrTestResult } from '../../../../shared/domain/drtest/types';
import { AxisBottom } from '../../components/ChartAxes';
import { linearScale } from '../../components/chart-scale';
import { formatDuration } from '../../../../shared/format/duration';

export function TimelineChart({ result, rtoMinutes }: { result: DrTestResult; rtoMinutes: number }) {
  const rows = result.timeline;
  const W = 760;
  const rowH = 26;
  const m = { left: 200, right: 40, top: 24, bottom: 44 };
  const H = m.top + rows.length * rowH + m.bottom;
  const ends = rows.flatMap((r) => [r.plannedFinish, r.actualFinish ?? r.actualStart ?? 0]);
  const hi = Math.max(1, ...ends, Number.isFinite(rtoMinutes) ? rtoMinutes : 0) * 1.05;
  const x = linearScale([0, hi], [m.left, W - m.right]);
  const step = niceStep(hi / 5);
  const ticks = Array.from({ length: Math.floor(hi / step) + 1 }, (_, i) => i * step);
  const label = `Timeline of ${plural(rows.length, 'step')}: planned against actual minutes from the disruption${Number.isFinite(rtoMinutes) ? `, RTO ${formatDuration(rtoMinutes)}` : ''}.`;
  return (
    <figure className="chart dr-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="dr-timeline">
        {rows.map((r, i) => {
          const y = m.top + i * rowH;
          const actualEnd = r.actualFinish ?? r.actualStart;
          return (
            <g key={r.stepId}>
              <text className="tl-label" x={m.left - 8} y={y + rowH / 2} dy="0.32em" textAnchor="end">
                {r.title.length > 30 ? `${r.title.slice(0, 29)}…` : r.title}
              </text>
              <rect
                className="tl-planned"
                x={x(r.plannedStart)}
                y={y + 3}
                width={Math.max(1, x(r.plannedFinish) - x(r.plannedStart))}
                height={9}
              >
                <title>{`${r.title}: planned ${formatDuration(r.plannedStart)}–${formatDuration(r.plannedFinish)}`}</title>
              </rect>
              {r.actualStart !== undefined && actualEnd !== undefined && (
                <rect
                  className={`tl-actual tl-${r.outcome ?? 'open'}`}
                  x={x(r.actualStart)}
                  y={y + 13}
                  width={Math.max(2, x(actualEnd) - x(r.actualStart))}
                  height={9}
                >
                  <title>{`${r.title}: actual ${formatDuration(r.actualStart)}–${formatDuration(actualEnd)}${r.outcome ? `, ${r.outcome}` : ''}`}</title>
                </rect>
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
            label: formatDuration(v),
          }))}
          title="minutes from the disruption"
        />
        {Number.isFinite(rtoMinutes) && (
          <g className="rto-line">
            <line x1={x(rtoMinutes)} x2={x(rtoMinutes)} y1={m.top - 8} y2={H - m.bottom} />
            <text x={x(rtoMinutes) + 4} y={m.top - 10}>
              RTO {formatDuration(rtoMinutes)}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="key-box tl-planned-key" /> planned
          </li>
          <li>
            <span className="key-box tl-ok-key" /> actual
          </li>
          <li>
            <span className="key-box tl-failed-key" /> failed step
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** A tick step people read easily: whole minutes, then quarter hours, hours, days. */
function niceStep(raw: number): number {
  const steps = [0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440];
  return steps.find((s) => s >= raw) ?? Math.ceil(raw / 1440) * 1440;
}
