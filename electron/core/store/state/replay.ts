// Folds the chain's after-images, oldest first, into what every audited table must hold now. A
// baseline entry's first part replaces its table's expected rows; every other entry sets (or, with
// null, removes) the rows it carries.
import type { Sqlite } from '../db';
import { IMAGES_FIELD } from './capture';

export const BASELINE_ACTION = 'state.baseline';

/** table name → row key → the row it must hold as JSON text, or null for a row that must not exist. */
export type ExpectedRows = Map<string, Map<string, string | null>>;

export interface Replay {
  expected: ExpectedRows;
  /** Entries in the chain (all of them, with or without images). */
  entries: number;
}

export type ReplayProgress = (done: number, total: number) => void;

/** Images folded between two steps. */
const STEP = 5_000;

export function replayChain(sqlite: Sqlite, onProgress?: ReplayProgress): Replay {
  const steps = replaySteps(sqlite);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    onProgress?.(r.value.done, r.value.total);
  }
}

/**
 * The replay in steps (`done` is the seq reached, of `total` entries), for the open-time check that
 * yields to other requests between them. Its statement stays open across steps, so it must run on a
 * connection nothing else uses meanwhile (the check opens its own).
 */
export function* replaySteps(sqlite: Sqlite): Generator<{ done: number; total: number }, Replay> {
  const total = (sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number | undefined) ?? 0;
  const expected: ExpectedRows = new Map();
  // SQLite unpacks the images (json_each, in C): parsing 100,000 entries' JSON in JavaScript was
  // most of the check's time. Each image stays JSON text, compared as text first (compare.ts).
  // audit_log is read in seq order (its rowid), so the images come oldest first. An after_json that
  // is not JSON (a flipped byte) is skipped, not thrown on: the walk names that entry, and the rows
  // it carried then show as differences.
  const rows = sqlite
    .prepare(
      `SELECT a.seq, CASE WHEN a.action = '${BASELINE_ACTION}' THEN coalesce(a.after_json ->> '$.part', 1) = 1 ELSE 0 END, t.key, r.key, r.value
       FROM audit_log a, json_each(a.after_json, '$.${IMAGES_FIELD}') t, json_each(t.value) r
       WHERE instr(a.after_json, '"${IMAGES_FIELD}":') > 0 AND json_valid(a.after_json) AND t.type = 'object' AND r.type IN ('object', 'null')`,
    )
    .raw()
    .iterate() as IterableIterator<[number, 0 | 1, string, string, string | null]>;
  /** The entry that last restarted each table, so a baseline restarts it once. */
  const restartedAt = new Map<string, number>();
  let n = 0;
  for (const [seq, restart, table, key, image] of rows) {
    let rowsOf = expected.get(table);
    if (!rowsOf || (restart === 1 && restartedAt.get(table) !== seq)) {
      expected.set(table, (rowsOf = new Map()));
      if (restart === 1) restartedAt.set(table, seq);
    }
    rowsOf.set(key, image);
    if (++n % STEP === 0) yield { done: seq, total };
  }
  yield { done: total, total };
  return { expected, entries: total };
}
