// Every process's MTD, RTO, RPO, WRT and tier in one sortable table: at 150 processes a chart can
// show only a page at a time, and a table is what people sort, scan and compare.
import { useState } from 'react';
import type { ObjectivesRow } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';

type Key = 'name' | 'department' | 'mtd' | 'rto' | 'rpo' | 'wrt' | 'tierName' | 'conflictCount';

const COLUMNS: { key: Key; label: string; num?: boolean }[] = [
  { key: 'name', label: 'Process' },
  { key: 'department', label: 'Department' },
  { key: 'mtd', label: 'MTD', num: true },
  { key: 'rto', label: 'RTO', num: true },
  { key: 'rpo', label: 'RPO', num: true },
  { key: 'wrt', label: 'WRT', num: true },
  { key: 'tierName', label: 'Tier' },
  { key: 'conflictCount', label: 'Conflicts', num: true },
];

/** Ascending with blanks last whichever the direction, so "no MTD" never hides the shortest MTD. */
function compare(a: ObjectivesRow, b: ObjectivesRow, key: Key, dir: 1 | -1): number {
  const x = a[key];
  const y = b[key];
  if (x === null && y === null) return a.name.localeCompare(b.name);
  if (x === null) return 1;
  if (y === null) return -1;
  const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  return dir * c || a.name.localeCompare(b.name);
}

export function ObjectivesTable({ rows }: { rows: ObjectivesRow[] }) {
  const [sort, setSort] = useState<{ key: Key; dir: 1 | -1 }>({ key: 'mtd', dir: 1 });
  const sorted = [...rows].sort((a, b) => compare(a, b, sort.key, sort.dir));
  return (
    <div className="objectives-table-wrap">
      <table className="rb-table objectives-table" aria-label="Objectives per process">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                className={c.num ? 'num' : undefined}
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1 }))
                  }
                >
                  {c.label}
                  {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.processId}>
              <td>{r.name}</td>
              <td>{r.department}</td>
              <td className="num">{r.mtd === null ? 'none' : formatDuration(r.mtd)}</td>
              <td className="num">{r.rto === null ? '—' : formatDuration(r.rto)}</td>
              <td className="num">{r.rpo === null ? '—' : formatDuration(r.rpo)}</td>
              <td className="num">{formatDuration(r.wrt)}</td>
              <td>{r.tierName ?? '—'}</td>
              <td className="num">{r.conflictCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
