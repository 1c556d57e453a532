// The whole audit log up to the head the pack records, streamed from the store: every column of the
// audit row exactly as hashed (audit-columns.ts, exact-text.ts), so `steadfast verify` recomputes
// each entry's hash from this sheet, and beside them the name of the entity for a person to read.
// A text longer than a cell continues on rows below the entry, with the Seq cell empty.
import type { CellInput } from '../neutralise';
import type { AuditRecord } from '../../../store/audit-chain';
import { AUDIT_RECORD_COLUMNS } from '../../audit-columns';
import { exactCells, plainExactCell } from '../exact-text';
import type { SheetColumn, SheetSpec } from '../sheet';

export const AUDIT_SHEET = 'Audit log';
/** Not hashed, not read back: for a person. */
const ENTITY_NAME: SheetColumn = { header: 'Entity name', key: 'entityName', width: 30 };

const columns: SheetColumn[] = AUDIT_RECORD_COLUMNS.flatMap((c) => {
  const column: SheetColumn = { header: c.header, key: c.key, width: c.width };
  return c.key === 'entity' ? [column, ENTITY_NAME] : [column];
});

/** The entry's row, and the further pieces of its long texts by column (rarely any). */
function auditRow(
  r: AuditRecord,
  entityName: string,
): { row: Record<string, CellInput>; more?: Record<string, string[]> } {
  const row: Record<string, CellInput> = { entityName };
  let more: Record<string, string[]> | undefined;
  for (const c of AUDIT_RECORD_COLUMNS) {
    const value: unknown = r[c.key];
    if (typeof value !== 'string') {
      row[c.key] = typeof value === 'number' ? value : null;
      continue;
    }
    // The writer's cell() leaves these as they are: they start with no formula trigger, hold nothing
    // XML drops and fit a cell.
    const plain = plainExactCell(value);
    if (plain !== undefined) {
      row[c.key] = plain;
      continue;
    }
    const cells = exactCells(value);
    row[c.key] = cells[0];
    if (cells.length > 1) (more ??= {})[c.key] = cells.slice(1);
  }
  return { row, more };
}

function* continuation(more: Record<string, string[]>): Generator<Record<string, CellInput>> {
  const count = Math.max(...Object.values(more).map((p) => p.length));
  for (let i = 0; i < count; i++)
    yield Object.fromEntries(Object.entries(more).map(([key, pieces]) => [key, pieces[i] ?? null]));
}

/** The entry's row, then one row per further piece of a long text. */
/** @public Tests rebuild the sheet from records to tamper with a pack the way a forger would. */
export function* auditRows(r: AuditRecord, entityName: string): Generator<Record<string, CellInput>> {
  const { row, more } = auditRow(r, entityName);
  yield row;
  if (more) yield* continuation(more);
}

export const auditLogSheet: SheetSpec = {
  name: AUDIT_SHEET,
  columns,
  size: (e) => e.workspace.chain.seq,
  *rows(e) {
    // No generator per entry: 100,000 of them were a measurable part of the export.
    for (const r of e.store.audit.upTo(e.workspace.chain.seq)) {
      const { row, more } = auditRow(r, e.entityName(r));
      yield row;
      if (more) yield* continuation(more);
    }
  },
};
