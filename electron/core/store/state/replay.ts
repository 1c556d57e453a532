// Folds the chain's after-images, oldest first, into what every audited table must hold now. A
// baseline entry replaces its table's expected rows; every other entry sets (or, with null,
// removes) the rows it carries.
import type { Sqlite } from '../db';
import { IMAGES_FIELD, type RowImages } from './capture';

export const BASELINE_ACTION = 'state.baseline';

/** table name → row key → the row it must hold, or null for a row that must not exist. */
export type ExpectedRows = Map<string, Map<string, Record<string, unknown> | null>>;

export interface Replay {
  expected: ExpectedRows;
  /** Entries in the chain (all of them, with or without images). */
  entries: number;
}

export type ReplayProgress = (done: number, total: number) => void;

function parse(afterJson: string): { images?: RowImages; part?: unknown } {
  const after: unknown = JSON.parse(afterJson);
  if (typeof after !== 'object' || after === null || !(IMAGES_FIELD in after)) return {};
  const { [IMAGES_FIELD]: images, part } = after as Record<string, unknown>;
  return typeof images === 'object' && images !== null ? { images: images as RowImages, part } : {};
}

export function replayChain(sqlite: Sqlite, onProgress?: ReplayProgress): Replay {
  const total = (sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number | undefined) ?? 0;
  const expected: ExpectedRows = new Map();
  // Only entries that carry images are parsed: the text test runs in SQLite, and most of a long
  // chain's cost would otherwise be JSON.parse of entries with nothing to fold.
  const rows = sqlite
    .prepare(
      `SELECT seq, action, after_json FROM audit_log WHERE instr(after_json, '"${IMAGES_FIELD}":') > 0 ORDER BY seq`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, string]>;
  let folded = 0;
  for (const [seq, action, afterJson] of rows) {
    const { images, part } = parse(afterJson);
    if (images) {
      // A baseline's first part replaces its table; its later parts add to it.
      const restart = action === BASELINE_ACTION && (part === undefined || part === 1);
      for (const [table, byKey] of Object.entries(images)) {
        let rowsOf = expected.get(table);
        if (!rowsOf || restart) expected.set(table, (rowsOf = new Map()));
        for (const [key, image] of Object.entries(byKey)) rowsOf.set(key, image);
      }
    }
    if (onProgress && ++folded % 10_000 === 0) onProgress(seq, total);
  }
  onProgress?.(total, total);
  return { expected, entries: total };
}
