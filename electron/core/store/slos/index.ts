// SLOs per service and their measurements (one row per SLO and period; a re-imported period
// replaces its counts).
import { randomUUID } from 'node:crypto';
import { asc, eq, isNull } from 'drizzle-orm';
import { AppError, type MethodParsedInput } from '../../../../shared/contract';
import type { SliMeasurement } from '../../../../shared/domain/release';
import { columnImage } from '../column-image';
import type { Db } from '../db';
import { slo, sloMeasurement } from '../schema';
import type { WriteContext, Written } from '../write';

export type SloRecord = typeof slo.$inferSelect;
type SloInput = MethodParsedInput<'slos.save'>;

export function slosStore(db: Db) {
  const list = (): SloRecord[] =>
    db.select().from(slo).where(isNull(slo.retiredAt)).orderBy(asc(slo.name)).all();

  const get = (sloId: string): SloRecord => {
    const row = list().find((r) => r.id === sloId);
    if (!row) throw new AppError('NOT_FOUND', 'That SLO does not exist (or was retired).');
    return row;
  };

  const upsert = (w: WriteContext, sloId: string, m: SliMeasurement): void => {
    db.insert(sloMeasurement)
      .values({ id: randomUUID(), sloId, ...m, createdAt: w.now.toISOString() })
      .onConflictDoUpdate({
        target: [sloMeasurement.sloId, sloMeasurement.periodStart, sloMeasurement.periodEnd],
        set: { good: m.good, total: m.total },
      })
      .run();
  };

  return {
    /** Live SLOs by name. */
    list,
    /** A live SLO, or NOT_FOUND. */
    get,

    measurements(sloId: string): SliMeasurement[] {
      return db
        .select({
          periodStart: sloMeasurement.periodStart,
          periodEnd: sloMeasurement.periodEnd,
          good: sloMeasurement.good,
          total: sloMeasurement.total,
        })
        .from(sloMeasurement)
        .where(eq(sloMeasurement.sloId, sloId))
        .orderBy(asc(sloMeasurement.periodEnd))
        .all();
    },

    /** Creates an SLO (no id) or rewrites a live one. */
    save(w: WriteContext, input: SloInput): Written<string> {
      const before = input.id ? get(input.id) : undefined;
      const id = input.id ?? randomUUID();
      const at = w.now.toISOString();
      const fields = {
        nodeId: input.nodeId,
        name: input.name,
        sliKind: input.sliKind,
        targetPercent: input.targetPercent,
        windowDays: input.windowDays,
        policyMinRemaining: input.policyMinRemaining,
        updatedAt: at,
      };
      if (before) db.update(slo).set(fields).where(eq(slo.id, id)).run();
      else
        db.insert(slo)
          .values({ ...fields, id, createdAt: at })
          .run();
      return {
        value: id,
        audit: [
          {
            action: before ? 'slo.update' : 'slo.create',
            entity: 'slo',
            entityId: id,
            before: before && columnImage(slo, before),
            after: { ...input, id },
          },
        ],
      };
    },

    /** Records one period's counts of a live SLO. */
    addMeasurement(w: WriteContext, sloId: string, m: SliMeasurement): Written<null> {
      get(sloId);
      upsert(w, sloId, m);
      return {
        value: null,
        audit: [{ action: 'slo.measurement', entity: 'slo', entityId: sloId, after: m }],
      };
    },

    /** Records many periods at once, audited as one import. */
    importMeasurements(
      w: WriteContext,
      sloId: string,
      rows: readonly SliMeasurement[],
    ): Written<{ imported: number }> {
      for (const m of rows) upsert(w, sloId, m);
      return {
        value: { imported: rows.length },
        audit: [
          { action: 'slo.import', entity: 'slo', entityId: sloId, after: { measurements: rows.length } },
        ],
      };
    },
  };
}
