// Which tables the state check covers, and how a row of each is keyed and imaged. Derived from the
// schema, so a table added later (the member roster, sign-offs) is covered without an edit here;
// only the exclusions below are listed by hand.
import { is, SQL } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';

/**
 * Tables left out of the state check, each with its reason. No column of an audited table is left
 * out: after-images are whole rows, stamps (updated_at) included, so a replay is exact.
 */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  audit_log: 'the chain itself; verified link by link by the audit walk',
  imported_audit:
    "a merged packet's entries verbatim; the signed workspace.merge entry commits to their head hash and the audit walk recomputes them",
  workspace_key:
    'signing-key material: a private key must never be copied into the audit trail; its fingerprint is in the workspace.create entry',
  schema_migrations:
    "the migrator's own bookkeeping (not in the schema): which migrations ran, not business data",
  sqlite_sequence: "SQLite's own AUTOINCREMENT counters (not in the schema)",
};

export interface AuditedTable {
  /** The SQLite table name, as differences name it. */
  name: string;
  /** Every column name, in the table's order. */
  columns: string[];
  /** The primary-key columns (two or more for composite keys such as bia_rating). */
  key: string[];
  /**
   * Each column's constant default as SQLite stores it (booleans as 0/1). A row imaged before a
   * migration added a column holds that column at its default, so the comparison expects it there.
   */
  defaults: Record<string, unknown>;
}

function storedDefault(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && !is(value, SQL)))
    return JSON.stringify(value); // a JSON-mode column's default, stored as its text
  return null; // no default, or an SQL expression (none of ours): the row holds NULL or must say
}

function describe(table: SQLiteTable): AuditedTable {
  const config = getTableConfig(table);
  const columns = config.columns.map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name);
  const key = composite ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  if (key.length === 0)
    throw new Error(`Table ${config.name} has no primary key; the state check needs one.`);
  const defaults = Object.fromEntries(config.columns.map((c) => [c.name, storedDefault(c.default)]));
  return { name: config.name, columns, key, defaults };
}

/** Every audited table, by name order. */
export const AUDITED_TABLES: readonly AuditedTable[] = (Object.values(schema) as unknown[])
  .flatMap((v) => (is(v, SQLiteTable) ? [describe(v)] : []))
  .filter((t) => !(t.name in EXCLUDED_TABLES))
  .sort((a, b) => (a.name < b.name ? -1 : 1));

export const AUDITED_TABLE_NAMES: readonly string[] = AUDITED_TABLES.map((t) => t.name);

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQL for a row's key as text: the value itself for a one-column key, a JSON array for a composite
 * one. `prefix` is `NEW.`/`OLD.` inside a trigger, empty in a plain SELECT.
 */
export function keySql(t: AuditedTable, prefix = ''): string {
  const cols = t.key.map((c) => `${prefix}${quote(c)}`);
  return cols.length === 1 ? `CAST(${cols[0]} AS TEXT)` : `json_array(${cols.join(', ')})`;
}

/** SQL for a row's image: a JSON object of every column by its SQLite name, as SQLite stores it. */
export function imageSql(t: AuditedTable, prefix = ''): string {
  return `json_object(${t.columns.map((c) => `'${c}', ${prefix}${quote(c)}`).join(', ')})`;
}

/** The same image with its columns in sorted order, as canonical JSON orders an entry's keys. */
export function sortedImageSql(t: AuditedTable, prefix = ''): string {
  const sorted = [...t.columns].sort((a, b) => (a < b ? -1 : 1));
  return `json_object(${sorted.map((c) => `'${c}', ${prefix}${quote(c)}`).join(', ')})`;
}

export { quote as quoteName };
