// Horizontal stacked bars drawn as SVG: one row per group, one segment per part, each segment a link
// to the list it counts. The numbers are also written beside each bar, so nothing depends on colour.
import { linearScale } from '../../components/chart-scale';
import { href } from '../../routing/navigate';
import type { RouteInput } from '../../routing/route';

export interface BarPart {
  key: string;
  label: string;
  count: number;
  to: RouteInput;
}

export interface BarRow {
  label: string;
  parts: BarPart[];
}

/** width: the width the chart is drawn for, in CSS pixels (text stays at its size up to it). */
export function StackedBars(props: { rows: BarRow[]; label: string; width: number; testId?: string }) {
  const W = props.width;
  const rowH = 26;
  const m = { left: 170, right: 70, top: 4, bottom: 4 };
  const H = m.top + props.rows.length * rowH + m.bottom;
  const max = Math.max(1, ...props.rows.map((r) => r.parts.reduce((n, p) => n + p.count, 0)));
  const x = linearScale([0, max], [m.left, W - m.right]);
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
      className="stacked-bars"
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
    >
      {props.rows.map((r, i) => {
        const y = m.top + i * rowH;
        let at = 0;
        const total = r.parts.reduce((n, p) => n + p.count, 0);
        return (
          <g key={r.label}>
            <text className="bar-label" x={m.left - 8} y={y + rowH / 2} dy="0.32em" textAnchor="end">
              {r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label}
            </text>
            {r.parts.map((p) => {
              const x0 = x(at);
              at += p.count;
              if (p.count === 0) return null;
              return (
                <a key={p.key} href={href(p.to)} aria-label={`${r.label}: ${p.count} ${p.label}`}>
                  <rect
                    className={`seg seg-${p.key}`}
                    x={x0}
                    y={y + 4}
                    width={Math.max(2, x(at) - x0)}
                    height={rowH - 8}
                  >
                    <title>{`${r.label}: ${p.count} ${p.label}`}</title>
                  </rect>
                </a>
              );
            })}
            <text className="bar-total" x={x(total) + 6} y={y + rowH / 2} dy="0.32em">
              {total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
