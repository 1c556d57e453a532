// Baseline entries: one per table, carrying every row it holds, from which the replay starts. For
// rows whose history is not in after-images (a workspace made before entries carried them, or rows
// a migration seeded); never a way to bless a later edit, since a baseline is itself an audit entry.
import type { AuditInput } from '../audit-chain';
import type { Sqlite } from '../db';
import type { Written } from '../write';
import { IMAGES_FIELD, type RowImages } from './capture';
import { compareWithLive } from './compare';
import { BASELINE_ACTION, replayChain } from './replay';
import { AUDITED_TABLES, imageSql, keySql, quoteName, type AuditedTable } from './tables';

/** Rows per baseline entry. */
export const BASELINE_PART_ROWS = 100;

export interface BaselineResult {
  /** The tables a baseline entry was written for, and how many rows each holds. */
  tables: { table: string; rows: number }[];
}

function tableImages(sqlite: Sqlite, t: AuditedTable): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  const rows = sqlite
    .prepare(`SELECT ${keySql(t)}, ${imageSql(t)} FROM main.${quoteName(t.name)}`)
    .raw()
    .iterate() as IterableIterator<[string, string]>;
  for (const [k, image] of rows) out[k] = JSON.parse(image) as Record<string, unknown>;
  return out;
}

/** The tables whose live rows the chain does not already account for exactly. */
export function tablesOutOfStep(sqlite: Sqlite): string[] {
  const { differences, total } = compareWithLive(sqlite, replayChain(sqlite).expected);
  if (total > differences.length) return AUDITED_TABLES.map((t) => t.name); // too many to list: all
  return [...new Set(differences.map((d) => d.table))];
}

/**
 * One `state.baseline` entry per table in `tables` (by default every audited table the chain does
 * not already account for), each carrying every row of that table.
 */
export function writeBaseline(sqlite: Sqlite, tables?: readonly string[]): Written<BaselineResult> {
  const wanted = new Set(tables ?? tablesOutOfStep(sqlite));
  const unknown = [...wanted].filter((name) => !AUDITED_TABLES.some((t) => t.name === name));
  if (unknown.length > 0) throw new Error(`Not an audited table: ${unknown.join(', ')}.`);
  const audit: AuditInput[] = [];
  const result: BaselineResult = { tables: [] };
  for (const t of AUDITED_TABLES.filter((x) => wanted.has(x.name))) {
    const rows = Object.entries(tableImages(sqlite, t));
    result.tables.push({ table: t.name, rows: rows.length });
    // In parts, so no entry outgrows a spreadsheet cell of the pack's audit sheet; part 1 starts the
    // table afresh in the replay, the later parts add to it.
    const parts = Math.max(1, Math.ceil(rows.length / BASELINE_PART_ROWS));
    for (let part = 1; part <= parts; part++) {
      const slice = rows.slice((part - 1) * BASELINE_PART_ROWS, part * BASELINE_PART_ROWS);
      const images: RowImages = { [t.name]: Object.fromEntries(slice) };
      audit.push({
        action: BASELINE_ACTION,
        entity: 'state',
        entityId: t.name,
        after: { table: t.name, rows: rows.length, part, parts, [IMAGES_FIELD]: images },
      });
    }
  }
  return { value: result, audit };
}
