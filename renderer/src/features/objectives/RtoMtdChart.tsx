// Each process's RTO against its MTD on a time scale: the MTD bar, the RTO marker and the WRT that
// follows it. RTO + WRT must fit inside the MTD; processes where it does not (or with any
// conflict) are drawn in red.
import { useState } from 'react';
import { plural } from '../../../../shared/format/plural';
import type { ObjectivesRow } from '../../../../shared/contract';
import { AxisBottom } from '../../components/ChartAxes';
import { durationTicks, logScale } from '../../components/chart-scale';
import { formatDuration } from '../../../../shared/format/duration';

/** Rows a page: the chart and its axis then fit on one screen, whatever the number of processes. */
const PAGE = 20;
const ROW = 26;

export function RtoMtdChart({ rows: all }: { rows: ObjectivesRow[] }) {
  const [page, setPage] = useState(0);
  const ordered = all
    .filter((r) => r.mtd !== null || r.rto !== null)
    .sort((a, b) => b.conflictCount - a.conflictCount || (a.mtd ?? Infinity) - (b.mtd ?? Infinity));
  const pages = Math.max(1, Math.ceil(ordered.length / PAGE));
  const at = Math.min(page, pages - 1);
  const charted = ordered.slice(at * PAGE, (at + 1) * PAGE);
  // One scale for every page, so pages compare.
  const max = Math.max(0, ...ordered.map((r) => Math.max(r.mtd ?? 0, (r.rto ?? 0) + r.wrt))) * 1.3;
  if (charted.length === 0) {
    return <p className="muted">No process has an MTD or RTO yet: rate impacts in the BIA first.</p>;
  }
  const bad = (r: ObjectivesRow) =>
    r.conflictCount > 0 || (r.mtd !== null && r.rto !== null && r.rto + r.wrt > r.mtd);
  const W = 600;
  const m = { left: 185, right: 16, top: 10, bottom: 46 };
  const H = m.top + m.bottom + charted.length * ROW;
  const x = logScale([15, Math.max(120, max)], [m.left, W - m.right]);
  const ticks = durationTicks(15, Math.max(120, max)).map((t) => ({ at: x(t), label: formatDuration(t) }));
  const conflicted = charted.filter(bad).length;

  return (
    <figure className="chart rm-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`RTO against MTD for ${plural(charted.length, 'process', 'processes')}; ${conflicted} with a conflict.`}
      >
        {ticks.map((t) => (
          <line key={t.label} className="grid-line" x1={t.at} x2={t.at} y1={m.top} y2={H - m.bottom} />
        ))}
        {charted.map((r, i) => {
          const y = m.top + i * ROW;
          const cls = bad(r) ? 'rm-row conflict' : 'rm-row';
          return (
            <g key={r.processId} className={cls}>
              <title>
                {`${r.name}: MTD ${formatDuration(r.mtd)}, RTO ${formatDuration(r.rto)}, WRT ${formatDuration(r.wrt)}${r.conflictCount ? `, ${plural(r.conflictCount, 'conflict')}` : ''}`}
              </title>
              <text x={m.left - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end" className="rm-label">
                {r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name}
              </text>
              {r.mtd !== null && (
                <rect className="mtd-bar" x={m.left} y={y + 5} width={x(r.mtd) - m.left} height={ROW - 10} />
              )}
              {r.rto !== null && r.wrt > 0 && (
                <rect
                  className="wrt-seg"
                  x={x(r.rto)}
                  y={y + 9}
                  width={Math.max(2, x(r.rto + r.wrt) - x(r.rto))}
                  height={ROW - 18}
                />
              )}
              {r.rto !== null && (
                <path
                  className="rto-mark"
                  d={`M${x(r.rto)},${y + 3} l5,${ROW / 2 - 3} l-5,${ROW / 2 - 3} l-5,${-(ROW / 2 - 3)} z`}
                />
              )}
            </g>
          );
        })}
        <AxisBottom
          y={H - m.bottom}
          x0={m.left}
          x1={W - m.right}
          ticks={ticks}
          title="time since the outage began (log scale)"
        />
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="key-box mtd-key" /> MTD
          </li>
          <li>
            <span className="key-diamond" /> RTO
          </li>
          <li>
            <span className="key-box wrt-key" /> WRT after the RTO
          </li>
          <li>
            <span className="key-box conflict-key" /> conflict
          </li>
        </ul>
        {pages > 1 && (
          <div className="row rm-pager" role="group" aria-label="Chart pages">
            <button type="button" onClick={() => setPage(at - 1)} disabled={at === 0}>
              ← Previous
            </button>
            <span className="muted small" data-testid="rm-page">
              {at * PAGE + 1}–{at * PAGE + charted.length} of {ordered.length} (conflicts first, then the
              shortest MTD)
            </span>
            <button type="button" onClick={() => setPage(at + 1)} disabled={at >= pages - 1}>
              Next →
            </button>
          </div>
        )}
        {all.length > ordered.length && (
          <span className="muted small">
            {plural(all.length - ordered.length, 'process', 'processes')} without an MTD or RTO not charted.
          </span>
        )}
      </figcaption>
    </figure>
  );
}
