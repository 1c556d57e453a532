// Compares what the chain says every audited table must hold with the rows it holds now, and names
// each row that differs (with the field), is missing, or has no audit entry behind it.
import type { StateDifference } from '../../../../shared/contract';
import type { Sqlite } from '../db';
import type { ExpectedRows } from './replay';
import { AUDITED_TABLES, imageSql, keySql, quoteName } from './tables';

/** How many differences a check lists unless told otherwise; the total is always counted. */
export const DIFFERENCE_LIMIT = 200;

export interface Comparison {
  rows: number;
  differences: StateDifference[];
  total: number;
}

export function compareWithLive(
  sqlite: Sqlite,
  expected: ExpectedRows,
  limit = DIFFERENCE_LIMIT,
): Comparison {
  const differences: StateDifference[] = [];
  let total = 0;
  let rows = 0;
  const note = (d: StateDifference) => {
    total += 1;
    if (differences.length < limit) differences.push(d);
  };
  for (const t of AUDITED_TABLES) {
    const want = expected.get(t.name) ?? new Map<string, Record<string, unknown> | null>();
    const seen = new Set<string>();
    const live = sqlite
      .prepare(`SELECT ${keySql(t)}, ${imageSql(t)} FROM main.${quoteName(t.name)}`)
      .raw()
      .iterate() as IterableIterator<[string, string]>;
    for (const [id, imageJson] of live) {
      rows += 1;
      seen.add(id);
      const wanted = want.get(id);
      if (!wanted) {
        note({ table: t.name, id, kind: 'unaudited' });
        continue;
      }
      const actual = JSON.parse(imageJson) as Record<string, unknown>;
      for (const field of t.columns) {
        const e = wanted[field] ?? null;
        const a = actual[field] ?? null;
        if (e !== a) note({ table: t.name, id, field, kind: 'differs', expected: e, actual: a });
      }
    }
    for (const [id, image] of want)
      if (image !== null && !seen.has(id)) note({ table: t.name, id, kind: 'missing' });
  }
  return { rows, differences, total };
}
