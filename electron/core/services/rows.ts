// Audited saves and retirements of register-like rows, shared by every register. Inside a
// Workspace.mutate: the row change and its audit entry (with only the fields that changed) commit together.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import type { AuditInput } from '../store/audit-chain';
import type { WriteContext } from '../app/workspace';

export type SqlValue = string | number | null;

export interface TableSpec {
  table: string;
  /** Entity name in the audit trail and in messages ("process", "tier"). */
  entity: string;
  /** camelCase field → column. */
  columns: Record<string, string>;
  /** Human label for unique-constraint messages. */
  describe: (values: Record<string, SqlValue>) => string;
}

const snakeStamps = { createdAt: 'created_at', updatedAt: 'updated_at', retiredAt: 'retired_at' };

export function readRow(
  db: Database.Database,
  spec: TableSpec,
  id: string,
): Record<string, SqlValue> | undefined {
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as
    Record<string, SqlValue> | undefined;
  if (!row) return undefined;
  const out: Record<string, SqlValue> = { id: row.id ?? null };
  for (const [field, column] of Object.entries({ ...spec.columns, ...snakeStamps }))
    out[field] = row[column] ?? null;
  return out;
}

function isUniqueViolation(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    String(err.code).startsWith('SQLITE_CONSTRAINT_UNIQUE')
  );
}

function isForeignKeyViolation(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    String(err.code).startsWith('SQLITE_CONSTRAINT_FOREIGNKEY')
  );
}

/** Inserts (no id, or an unknown id) or updates the changed fields; returns the id and its audit entry. */
export function saveRow(
  db: Database.Database,
  w: WriteContext,
  spec: TableSpec,
  id: string | undefined,
  values: Record<string, SqlValue>,
): { id: string; created: boolean; audit: AuditInput[] } {
  const at = w.now.toISOString();
  const before = id ? readRow(db, spec, id) : undefined;
  if (id && before?.retiredAt)
    throw new AppError('CONFLICT', `This ${spec.entity} was retired; it cannot be edited.`);
  try {
    if (!before) {
      const rowId = id ?? randomUUID();
      const fields = Object.keys(values);
      const cols = ['id', ...fields.map((f) => spec.columns[f]!), 'created_at', 'updated_at'];
      db.prepare(
        `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      ).run(rowId, ...fields.map((f) => values[f] ?? null), at, at);
      return {
        id: rowId,
        created: true,
        audit: [{ action: `${spec.entity}.create`, entity: spec.entity, entityId: rowId, after: values }],
      };
    }
    const changed = Object.keys(values).filter((f) => before[f] !== values[f]);
    if (changed.length === 0) return { id: before.id as string, created: false, audit: [] };
    db.prepare(
      `UPDATE ${spec.table} SET ${changed.map((f) => `${spec.columns[f]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    ).run(...changed.map((f) => values[f] ?? null), at, before.id);
    const pick = (o: Record<string, SqlValue>) => Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
    return {
      id: before.id as string,
      created: false,
      audit: [
        {
          action: `${spec.entity}.update`,
          entity: spec.entity,
          entityId: before.id as string,
          before: pick(before),
          after: pick(values),
        },
      ],
    };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `${spec.describe(values)} already exists.`);
    if (isForeignKeyViolation(err))
      throw new AppError(
        'INVALID_INPUT',
        `${spec.describe(values)} refers to something that does not exist.`,
      );
    throw err;
  }
}

export function retireRow(db: Database.Database, w: WriteContext, spec: TableSpec, id: string): AuditInput {
  const before = readRow(db, spec, id);
  if (!before) throw new AppError('NOT_FOUND', `There is no ${spec.entity} with id ${id}.`);
  if (before.retiredAt) throw new AppError('CONFLICT', `This ${spec.entity} is already retired.`);
  const at = w.now.toISOString();
  db.prepare(`UPDATE ${spec.table} SET retired_at = ?, updated_at = ? WHERE id = ?`).run(at, at, id);
  return {
    action: `${spec.entity}.retire`,
    entity: spec.entity,
    entityId: id,
    before: { retiredAt: null },
    after: { retiredAt: at },
  };
}
