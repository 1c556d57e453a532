// Audited saves and retirements of register-like rows (an id, created/updated/retired stamps), shared
// by every aggregate. The audit entry carries only the fields that changed. Typed by the table.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../../shared/contract';
import type { AuditInput } from './audit-chain';
import type { Db } from './db';
import type { WriteContext } from './write';
import { refuseStale } from './stale';

/** A table whose rows are retired, never deleted, and stamped on every change. */
export type AuditedTable = SQLiteTable & {
  id: SQLiteColumn;
  createdAt: SQLiteColumn;
  updatedAt: SQLiteColumn;
  retiredAt: SQLiteColumn;
};

type Stamp = 'id' | 'createdAt' | 'updatedAt' | 'retiredAt';

/** The user-editable fields of a row of T. */
export type RowFields<T extends AuditedTable> = Omit<T['$inferInsert'], Stamp>;

export interface RowSpec<T extends AuditedTable> {
  table: T;
  /** Entity name in the audit trail and in messages ("process", "tier"). */
  entity: string;
  /** Human label for constraint messages: `A tier named "Tier 1"`. */
  describe: (values: Partial<RowFields<T>>) => string;
}

type Row = Record<string, unknown> & { id: string; retiredAt: string | null };

export function readRow<T extends AuditedTable>(db: Db, spec: RowSpec<T>, id: string): Row | undefined {
  // drizzle cannot carry a generic table's row type through select(); the one cast is here.
  return db
    .select()
    .from(spec.table as SQLiteTable)
    .where(eq(spec.table.id, id))
    .get() as Row | undefined;
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

export function constraintError(err: unknown, label: string): unknown {
  const code = sqliteCode(err);
  if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE'))
    return new AppError('CONFLICT', `${label} already exists.`);
  if (code.startsWith('SQLITE_CONSTRAINT_FOREIGNKEY'))
    return new AppError('INVALID_INPUT', `${label} refers to something that does not exist.`);
  return err;
}

/** What a save may carry besides the row's fields: the `updated_at` stamp of the row it was based on. */
export interface BasedOn {
  basedOn?: string | undefined;
}

/**
 * Inserts (no id, or an unknown id) or updates the changed fields; returns the id and its audit entry.
 * An update changes only the fields it names (a field left out, or given as undefined, keeps its
 * value); with `basedOn`, an update of a row that changed since is refused as CONFLICT (store/stale.ts).
 */
export function saveRow<T extends AuditedTable>(
  db: Db,
  w: WriteContext,
  spec: RowSpec<T>,
  id: string | undefined,
  input: Partial<RowFields<T>> & BasedOn,
): { id: string; created: boolean; audit: AuditInput[] } {
  const { basedOn, ...values } = input;
  const at = w.now.toISOString();
  const before = id ? readRow(db, spec, id) : undefined;
  if (id && before?.retiredAt)
    throw new AppError('CONFLICT', `This ${spec.entity} was retired; it cannot be edited.`);
  // A field not named is not touched: left out of an insert (its column default applies) and of an update.
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  );
  try {
    if (!before) {
      const rowId = id ?? randomUUID();
      db.insert(spec.table)
        .values({ ...fields, id: rowId, createdAt: at, updatedAt: at } as T['$inferInsert'])
        .run();
      return {
        id: rowId,
        created: true,
        audit: [{ action: `${spec.entity}.create`, entity: spec.entity, entityId: rowId, after: values }],
      };
    }
    const changed = Object.keys(fields).filter((f) => (before[f] ?? null) !== fields[f]);
    refuseStale(
      spec.entity,
      before.id,
      basedOn,
      String(before.updatedAt),
      changed.map((f) => ({ field: f, yours: fields[f], stored: before[f] ?? null })),
    );
    if (changed.length === 0) return { id: before.id, created: false, audit: [] };
    const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
    db.update(spec.table)
      .set({ ...pick(fields), updatedAt: at } as Partial<T['$inferInsert']>)
      .where(eq(spec.table.id, before.id))
      .run();
    return {
      id: before.id,
      created: false,
      audit: [
        {
          action: `${spec.entity}.update`,
          entity: spec.entity,
          entityId: before.id,
          before: pick(before),
          after: pick(fields),
        },
      ],
    };
  } catch (err) {
    throw constraintError(err, spec.describe(input));
  }
}

export function retireRow<T extends AuditedTable>(
  db: Db,
  w: WriteContext,
  spec: RowSpec<T>,
  id: string,
): AuditInput {
  const before = readRow(db, spec, id);
  if (!before) throw new AppError('NOT_FOUND', `There is no ${spec.entity} with id ${id}.`);
  if (before.retiredAt) throw new AppError('CONFLICT', `This ${spec.entity} is already retired.`);
  const at = w.now.toISOString();
  db.update(spec.table)
    .set({ retiredAt: at, updatedAt: at } as Partial<T['$inferInsert']>)
    .where(eq(spec.table.id, id))
    .run();
  return {
    action: `${spec.entity}.retire`,
    entity: spec.entity,
    entityId: id,
    before: { retiredAt: null },
    after: { retiredAt: at },
  };
}
