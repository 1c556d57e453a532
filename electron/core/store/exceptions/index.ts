// The exceptions register (risk acceptances) and release pre-mortems' failure modes. Rows are retired
// (withdrawn), never deleted: evidence packs name them.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { retireRow, saveRow, type RowFields, type RowSpec } from '../rows';
import { premortemFailureMode, riskException } from '../schema';
import type { WriteContext, Written } from '../write';

export type ExceptionRecord = typeof riskException.$inferSelect;
export type FailureModeRecord = typeof premortemFailureMode.$inferSelect;

const exceptionSpec: RowSpec<typeof riskException> = {
  table: riskException,
  entity: 'exception',
  describe: (v) => `An exception for "${String(v.conflictKey)}"`,
};
const failureModeSpec: RowSpec<typeof premortemFailureMode> = {
  table: premortemFailureMode,
  entity: 'premortem-mode',
  describe: (v) => `A failure mode "${String(v.description)}"`,
};

export function exceptionsStore(db: Db) {
  return {
    /** Every exception, withdrawn ones included (the register keeps them), oldest first. */
    list(): ExceptionRecord[] {
      return db
        .select()
        .from(riskException)
        .orderBy(asc(riskException.createdAt), asc(riskException.id))
        .all();
    },

    get(id: string): ExceptionRecord | undefined {
      return db.select().from(riskException).where(eq(riskException.id, id)).get();
    },

    raise(w: WriteContext, fields: RowFields<typeof riskException>): Written<string> {
      const saved = saveRow(db, w, exceptionSpec, undefined, fields);
      return { value: saved.id, audit: saved.audit };
    },

    accept(w: WriteContext, id: string, by: { name: string; signer: string | null }): Written<null> {
      const saved = saveRow(db, w, exceptionSpec, id, {
        acceptedAt: w.now.toISOString(),
        acceptedBy: by.name,
        acceptedBySigner: by.signer,
      });
      return { value: null, audit: saved.audit };
    },

    withdraw(w: WriteContext, id: string): Written<null> {
      return { value: null, audit: [retireRow(db, w, exceptionSpec, id)] };
    },

    /** The live failure modes of one release's pre-mortem, oldest first. */
    failureModes(releaseId: string): FailureModeRecord[] {
      return db
        .select()
        .from(premortemFailureMode)
        .where(and(eq(premortemFailureMode.releaseId, releaseId), isNull(premortemFailureMode.retiredAt)))
        .orderBy(asc(premortemFailureMode.createdAt), asc(premortemFailureMode.id))
        .all();
    },

    /** Every live failure mode, for evidence packs. */
    allFailureModes(): FailureModeRecord[] {
      return db
        .select()
        .from(premortemFailureMode)
        .where(isNull(premortemFailureMode.retiredAt))
        .orderBy(asc(premortemFailureMode.releaseId), asc(premortemFailureMode.createdAt))
        .all();
    },

    failureMode(id: string): FailureModeRecord | undefined {
      return db.select().from(premortemFailureMode).where(eq(premortemFailureMode.id, id)).get();
    },

    addFailureMode(w: WriteContext, fields: RowFields<typeof premortemFailureMode>): Written<string> {
      const saved = saveRow(db, w, failureModeSpec, undefined, fields);
      return { value: saved.id, audit: saved.audit };
    },

    retireFailureMode(w: WriteContext, id: string): Written<null> {
      return { value: null, audit: [retireRow(db, w, failureModeSpec, id)] };
    },
  };
}
