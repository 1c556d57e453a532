// The impact matrix: impact categories × time buckets, each cell a severity 0–4. Keyboard first:
// arrows (and Home/End) move, digits 0–4 rate the focused cell at once, Delete/Backspace clears.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BucketView, CategoryView } from '../../../../shared/contract';
import type { ToleranceLimit } from '../../../../shared/domain/bia';
import { SeverityLegend } from '../../components/SeverityLegend';
import { severityFill, severityInk, severityName } from '../../components/severity';

export interface MatrixProps {
  categories: CategoryView[];
  buckets: BucketView[];
  ratings: Record<string, (number | null)[]>;
  toleranceLimits: readonly ToleranceLimit[];
  mtdBucketId: string | null;
  onRate: (categoryId: string, bucketId: string, severity: number | null) => void;
  large?: boolean;
  autoFocus?: boolean;
  /** Shown under the matrix, aligned to the buckets (the financial loss row). */
  footer?: ReactNode;
}

interface Pos {
  row: number;
  col: number;
}

export function ImpactMatrix(props: MatrixProps) {
  const { categories, buckets } = props;
  const [focus, setFocus] = useState<Pos>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const at = (p: Pos) => cells.current.get(`${p.row}:${p.col}`);
  const row = Math.min(focus.row, Math.max(0, categories.length - 1));
  const col = Math.min(focus.col, Math.max(0, buckets.length - 1));

  useEffect(() => {
    if (props.autoFocus) cells.current.get('0:0')?.focus();
  }, [props.autoFocus]);

  function move(p: Pos) {
    const next = {
      row: Math.max(0, Math.min(categories.length - 1, p.row)),
      col: Math.max(0, Math.min(buckets.length - 1, p.col)),
    };
    setFocus(next);
    at(next)?.focus();
  }

  function rateFocused(severity: number | null) {
    const c = categories[row];
    const b = buckets[col];
    if (c && b) props.onRate(c.id, b.id, severity);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, Pos> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: { row, col: 0 },
      End: { row, col: buckets.length - 1 },
    };
    const target = moves[e.key];
    if (target) {
      e.preventDefault();
      move(target);
    } else if (/^[0-4]$/.test(e.key)) {
      e.preventDefault();
      rateFocused(Number(e.key));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      rateFocused(null);
    }
  }

  const limitOf = new Map(props.toleranceLimits.map((l) => [l.categoryId, l.bucketId]));

  return (
    <div className={props.large ? 'matrix-wrap large' : 'matrix-wrap'}>
      <table className="matrix" role="grid" aria-label="Impact matrix" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col">Impact category</th>
            {buckets.map((b) => (
              <th
                key={b.id}
                scope="col"
                className={b.id === props.mtdBucketId ? 'mtd-col' : undefined}
                title={b.id === props.mtdBucketId ? 'The MTD is reached here' : undefined}
              >
                {b.label}
                {b.id === props.mtdBucketId && <span className="mtd-tag">MTD</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c, r) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              {buckets.map((b, k) => {
                const v = props.ratings[c.id]?.[k] ?? null;
                const isLimit = limitOf.get(c.id) === b.id;
                const focused = r === row && k === col;
                return (
                  <td
                    key={b.id}
                    role="gridcell"
                    ref={(el) => {
                      if (el) cells.current.set(`${r}:${k}`, el);
                      else cells.current.delete(`${r}:${k}`);
                    }}
                    tabIndex={focused ? 0 : -1}
                    className={isLimit ? 'cell limit' : 'cell'}
                    style={{ background: severityFill(v), color: severityInk(v) }}
                    aria-label={`${c.name} at ${b.label}: ${v === null ? 'not rated' : `${severityName(v)} (${v})`}${isLimit ? ', tolerance limit' : ''}`}
                    onFocus={() => {
                      if (!focused) setFocus({ row: r, col: k });
                    }}
                    onClick={(e) => e.currentTarget.focus()}
                  >
                    {v ?? '·'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {props.footer}
      </table>
      <SeverityLegend label="Rate the focused cell" onPick={rateFocused} />
      <p className="muted small">
        Arrow keys move; type 0–4 to rate (saved at once); Delete clears. ▲ marks each category&apos;s
        tolerance limit.
      </p>
    </div>
  );
}
