// Compares what the chain says every audited table must hold with the rows it holds now, and names
// each row that differs (with the field), is missing, or has no audit entry behind it.
import type { StateDifference } from '../../../../shared/contract';
import type { Sqlite } from '../db';
import type { ExpectedRows } from './replay';
import { AUDITED_TABLES, keySql, quoteName, sortedImageSql } from './tables';

/** How many differences a check lists unless told otherwise; the total is always counted. */
export const DIFFERENCE_LIMIT = 200;

export interface Comparison {
  rows: number;
  differences: StateDifference[];
  total: number;
}

type Image = Record<string, unknown>;

/** Live rows compared between two steps. */
const STEP = 5_000;

export function compareWithLive(
  sqlite: Sqlite,
  expected: ExpectedRows,
  limit = DIFFERENCE_LIMIT,
): Comparison {
  const steps = compareSteps(sqlite, expected, limit);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The comparison in steps (`done` of `total` tables), for the open-time check; like the replay, its
 * statements stay open across steps, so it runs on a connection of its own.
 */
export function* compareSteps(
  sqlite: Sqlite,
  expected: ExpectedRows,
  limit = DIFFERENCE_LIMIT,
): Generator<{ done: number; total: number }, Comparison> {
  const differences: StateDifference[] = [];
  let total = 0;
  let rows = 0;
  const note = (d: StateDifference) => {
    total += 1;
    if (differences.length < limit) differences.push(d);
  };
  for (const [i, t] of AUDITED_TABLES.entries()) {
    yield { done: i, total: AUDITED_TABLES.length };
    const want = expected.get(t.name) ?? new Map<string, string | null>();
    const seen = new Set<string>();
    // Live images with keys in sorted order, as canonical JSON has them: most rows then match their
    // expected text exactly. Texts can differ with equal values (SQLite writes 90.0 where the
    // canonical JSON has 90), so a text mismatch is settled field by field on parsed values.
    const live = sqlite
      .prepare(`SELECT ${keySql(t)}, ${sortedImageSql(t)} FROM main.${quoteName(t.name)}`)
      .raw()
      .iterate() as IterableIterator<[string, string]>;
    for (const [id, liveText] of live) {
      rows += 1;
      if (rows % STEP === 0) yield { done: i, total: AUDITED_TABLES.length };
      seen.add(id);
      const wanted = want.get(id);
      if (wanted === undefined || wanted === null) {
        note({ table: t.name, id, kind: 'unaudited' });
        continue;
      }
      if (wanted === liveText) continue;
      const e = JSON.parse(wanted) as Image;
      const a = JSON.parse(liveText) as Image;
      for (const field of t.columns) {
        // A field the image lacks was added by a later migration: the row holds its default.
        const ev = field in e ? (e[field] ?? null) : (t.defaults[field] ?? null);
        const av = a[field] ?? null;
        if (ev !== av) note({ table: t.name, id, field, kind: 'differs', expected: ev, actual: av });
      }
    }
    for (const [id, image] of want)
      if (image !== null && !seen.has(id)) note({ table: t.name, id, kind: 'missing' });
  }
  return { rows, differences, total };
}
