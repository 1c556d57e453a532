// Records the after-image of every row a write primitive changes, so each audit entry carries the
// exact rows it left behind and the state check can rebuild every audited table from the chain.
// Connection-local TEMP triggers catch every insert, update and delete made through this
// connection, including a primitive's bulk prepared statements, without each primitive listing its
// rows by hand (a hand-kept list misses a renumbered step or a stamp). Edits made by any other
// program never fire them, which is what the check then finds.
import type { Statement } from 'better-sqlite3';
import type { AuditInput } from '../audit-chain';
import { CanonicalText } from '../canonical-json';
import type { Sqlite } from '../db';
import { AUDITED_TABLES, keySql, quoteName, sortedImageSql } from './tables';

/** table name → row key → the row as SQLite holds it (column name → value), or null once deleted. */
export type RowImages = Record<string, Record<string, Record<string, unknown> | null>>;

/**
 * The same, as captured: each image the JSON text SQLite wrote, columns in sorted order. Kept as
 * text until the entry is appended, then rendered canonically once (renderImages): parsing every
 * image into an object and canonicalising the whole `after` again cost an import of 100,000 ratings
 * over a second.
 */
export type ImageTexts = Map<string, Map<string, string | null>>;

/** The field of `after` that carries an entry's row images. */
export const IMAGES_FIELD = 'rowImages';

const installed = new WeakSet<Sqlite>();

/** Installs the capture triggers on this connection, once. A read-only connection writes nothing. */
export function installCapture(sqlite: Sqlite): void {
  if (installed.has(sqlite)) return;
  installed.add(sqlite);
  if (sqlite.readonly) return;
  const statements = [
    'CREATE TEMP TABLE IF NOT EXISTS state_capture (n INTEGER PRIMARY KEY, tbl TEXT NOT NULL, k TEXT NOT NULL, image TEXT)',
  ];
  for (const t of AUDITED_TABLES) {
    const name = quoteName(t.name);
    const add = (k: string, image: string, where = '') =>
      `INSERT INTO temp.state_capture (tbl, k, image) SELECT '${t.name}', ${k}, ${image}${where};`;
    const changed = t.columns.map((c) => `OLD.${quoteName(c)} IS NOT NEW.${quoteName(c)}`).join(' OR ');
    const trigger = (event: string, body: string) =>
      `CREATE TEMP TRIGGER IF NOT EXISTS ${quoteName(`state_capture_${t.name}_${event}`)} AFTER ${event.toUpperCase()} ON main.${name}${event === 'update' ? ` WHEN ${changed}` : ''} BEGIN ${body} END`;
    statements.push(
      trigger('insert', add(keySql(t, 'NEW.'), sortedImageSql(t, 'NEW.'))),
      // A changed key is the old row gone and a new one made.
      // An update that changed nothing (a map saved with the same positions) records nothing.
      trigger(
        'update',
        add(keySql(t, 'OLD.'), 'NULL', ` WHERE ${keySql(t, 'OLD.')} IS NOT ${keySql(t, 'NEW.')}`) +
          add(keySql(t, 'NEW.'), sortedImageSql(t, 'NEW.')),
      ),
      trigger('delete', add(keySql(t, 'OLD.'), 'NULL')),
    );
  }
  for (const sql of statements) sqlite.prepare(sql).run();
}

const drains = new WeakMap<Sqlite, { read: Statement; clear: Statement }>();

/** The rows changed since the last drain, the latest image of each, and forgets them. */
export function drainImages(sqlite: Sqlite): ImageTexts | undefined {
  if (sqlite.readonly || !installed.has(sqlite)) return undefined;
  let s = drains.get(sqlite);
  if (!s) {
    s = {
      read: sqlite.prepare('SELECT tbl, k, image FROM temp.state_capture ORDER BY n').raw(),
      clear: sqlite.prepare('DELETE FROM temp.state_capture'),
    };
    drains.set(sqlite, s);
  }
  const rows = s.read.all() as [string, string, string | null][];
  if (rows.length === 0) return undefined;
  s.clear.run();
  const images: ImageTexts = new Map();
  for (const [tbl, k, image] of rows) {
    let ofTable = images.get(tbl);
    if (!ofTable) images.set(tbl, (ofTable = new Map()));
    ofTable.set(k, image);
  }
  return images;
}

/** Images a primitive's entries carry until they are appended; kept beside them, not in them. */
const pending = new WeakMap<AuditInput, ImageTexts>();

function merge(into: ImageTexts, from: ImageTexts): ImageTexts {
  for (const [tbl, rows] of from) {
    const ofTable = into.get(tbl);
    if (!ofTable) into.set(tbl, rows);
    else for (const [k, image] of rows) ofTable.set(k, image);
  }
  return into;
}

/** canonicalJson's key order: by UTF-16 code unit. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A number SQLite may write differently from JavaScript: one with a fraction or exponent (a REAL 90
 * is `90.0` there, 1e21 `1.0e+21`) or of 16 digits or more (beyond 2^53 JavaScript rounds it). Text
 * inside strings can match too; that only costs the slower path.
 */
const UNLIKE_JS_NUMBER = /[:,[]-?\d+[.eE]|[:,[]-?\d{16}/;

/**
 * One image as canonicalJson writes the object it holds. Its keys arrive sorted (sortedImageSql), it
 * is flat (column values only), and SQLite escapes strings as JSON.stringify does, so the text is
 * canonical as it stands unless it holds a number SQLite writes its own way; that one is parsed and
 * re-serialised, which renders each value as canonicalJson does.
 */
function canonicalImage(text: string | null): string {
  if (text === null) return 'null';
  return UNLIKE_JS_NUMBER.test(text) ? JSON.stringify(JSON.parse(text)) : text;
}

/**
 * The images as the canonical JSON of the RowImages object they stand for, byte for byte what
 * canonicalJson(RowImages) writes (test/integration/row-images-canonical.test.ts holds them equal).
 */
export function renderImages(images: ImageTexts): CanonicalText {
  return new CanonicalText(() => {
    const tables = [...images.keys()].sort(byCodeUnit).map((tbl) => {
      const rows = images.get(tbl) ?? new Map<string, string | null>();
      const keys = [...rows.keys()].sort(byCodeUnit);
      const body = keys.map((k) => `${JSON.stringify(k)}:${canonicalImage(rows.get(k) ?? null)}`);
      return `${JSON.stringify(tbl)}:{${body.join(',')}}`;
    });
    return `{${tables.join(',')}}`;
  });
}

/**
 * Gives the rows a primitive changed to the last audit entry it returned. A primitive that changed
 * rows but returned no entry leaves them for the next one (or for withRowImages).
 */
export function claimImages(sqlite: Sqlite, audit: readonly AuditInput[]): void {
  const last = audit.at(-1);
  if (!last) return;
  const images = drainImages(sqlite);
  if (!images) return;
  const had = pending.get(last);
  pending.set(last, had ? merge(had, images) : images);
}

/**
 * Gives every row of every audited table to `entry`: for a new file's first entry, so the chain
 * starts from the rows its migrations seeded (the default registers) as well as its own.
 */
export function claimEveryRow(sqlite: Sqlite, entry: AuditInput): void {
  drainImages(sqlite);
  const images: ImageTexts = new Map();
  for (const t of AUDITED_TABLES) {
    const rows = sqlite
      .prepare(`SELECT ${keySql(t)}, ${sortedImageSql(t)} FROM main.${quoteName(t.name)}`)
      .raw()
      .all() as [string, string][];
    if (rows.length > 0) images.set(t.name, new Map(rows));
  }
  pending.set(entry, images);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The entries as they are appended: each with its rows' images added to `after` (nothing in `after`
 * is removed or renamed). Rows changed after the last primitive (a version's stamp) go to the last
 * entry. With no entry to carry them, changed rows are dropped from the capture and stay unaudited:
 * the state check names them.
 */
export function withRowImages(sqlite: Sqlite, entries: readonly AuditInput[]): AuditInput[] {
  const rest = drainImages(sqlite);
  return entries.map((entry, i) => {
    let images = pending.get(entry);
    if (i === entries.length - 1 && rest) images = images ? merge(images, rest) : rest;
    if (!images) return entry;
    const after = entry.after === undefined || entry.after === null ? {} : entry.after;
    if (!isPlainObject(after))
      throw new Error(`Audit entry ${entry.action} has an after-image that is not an object.`);
    return { ...entry, after: { ...after, [IMAGES_FIELD]: renderImages(images) } };
  });
}

/** Wraps each write primitive of an aggregate so the rows it changes are claimed by its entries. */
export function capturing<T extends object>(sqlite: Sqlite, aggregate: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(aggregate)) {
    out[name] =
      typeof member === 'function'
        ? (...args: unknown[]): unknown => {
            const result: unknown = (member as (...a: unknown[]) => unknown)(...args);
            if (isWritten(result)) claimImages(sqlite, result.audit);
            return result;
          }
        : member;
  }
  // The copy has the same members, each wrapped with the same signature.
  return out as T;
}

function isWritten(v: unknown): v is { value: unknown; audit: AuditInput[] } {
  return isPlainObject(v) && 'value' in v && Array.isArray(v.audit);
}
