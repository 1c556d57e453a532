// The change calendar's own rows: freeze windows and maintenance windows. Audit entries record the
// row before a change as its column image and the request after it, as they always have.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError, type MethodParsedInput } from '../../../../shared/contract';
import { columnImage } from '../column-image';
import type { Db } from '../db';
import { freezeWindow, maintenanceWindow } from '../schema';
import type { WriteContext, Written } from '../write';

export type FreezeRecord = typeof freezeWindow.$inferSelect;
export type MaintenanceRecord = typeof maintenanceWindow.$inferSelect;
type FreezeInput = MethodParsedInput<'calendar.saveFreeze'>;
type MaintenanceInput = MethodParsedInput<'calendar.saveMaintenance'>;

export function calendarStore(db: Db) {
  const freezes = (): FreezeRecord[] =>
    db
      .select()
      .from(freezeWindow)
      .where(isNull(freezeWindow.retiredAt))
      .orderBy(asc(freezeWindow.windowStart))
      .all();
  const maintenance = (): MaintenanceRecord[] =>
    db
      .select()
      .from(maintenanceWindow)
      .where(isNull(maintenanceWindow.retiredAt))
      .orderBy(asc(maintenanceWindow.windowStart))
      .all();

  function retire(
    w: WriteContext,
    table: typeof freezeWindow | typeof maintenanceWindow,
    entity: string,
    id: string,
  ): Written<null> {
    const at = w.now.toISOString();
    const changed = db
      .update(table)
      .set({ retiredAt: at, updatedAt: at })
      .where(and(eq(table.id, id), isNull(table.retiredAt)))
      .run().changes;
    if (changed === 0) throw new AppError('NOT_FOUND', `That ${entity} does not exist (or was retired).`);
    return { value: null, audit: [{ action: `${entity}.retire`, entity, entityId: id }] };
  }

  return {
    /** Live freezes by start. */
    freezes,
    /** Live maintenance windows by (first) start. */
    maintenance,

    /** Creates a freeze (no id) or rewrites a live one. */
    saveFreeze(w: WriteContext, input: FreezeInput): Written<string> {
      const before = input.id ? freezes().find((f) => f.id === input.id) : undefined;
      if (input.id && !before)
        throw new AppError('NOT_FOUND', 'That freeze does not exist (or was retired).');
      const id = input.id ?? randomUUID();
      const at = w.now.toISOString();
      const fields = {
        name: input.name,
        reason: input.reason,
        windowStart: input.start,
        windowEnd: input.end,
        scopeKind: input.scope.kind,
        scopeIds: input.scope.kind === 'everything' ? [] : input.scope.ids,
        recurrence: input.recurrence,
        until: input.until,
        updatedAt: at,
      };
      if (before) db.update(freezeWindow).set(fields).where(eq(freezeWindow.id, id)).run();
      else
        db.insert(freezeWindow)
          .values({ ...fields, id, createdAt: at })
          .run();
      return {
        value: id,
        audit: [
          {
            action: before ? 'freeze.update' : 'freeze.create',
            entity: 'freeze',
            entityId: id,
            before: before && columnImage(freezeWindow, before),
            after: { ...input, id },
          },
        ],
      };
    },
    retireFreeze: (w: WriteContext, id: string) => retire(w, freezeWindow, 'freeze', id),

    /** Creates a maintenance window (no id) or rewrites a live one. */
    saveMaintenance(w: WriteContext, input: MaintenanceInput): Written<string> {
      const before = input.id ? maintenance().find((m) => m.id === input.id) : undefined;
      if (input.id && !before)
        throw new AppError('NOT_FOUND', 'That maintenance window does not exist (or was retired).');
      const id = input.id ?? randomUUID();
      const at = w.now.toISOString();
      const fields = {
        nodeId: input.nodeId,
        name: input.name,
        windowStart: input.start,
        windowEnd: input.end,
        recurrence: input.recurrence,
        until: input.until,
        updatedAt: at,
      };
      if (before) db.update(maintenanceWindow).set(fields).where(eq(maintenanceWindow.id, id)).run();
      else
        db.insert(maintenanceWindow)
          .values({ ...fields, id, createdAt: at })
          .run();
      return {
        value: id,
        audit: [
          {
            action: before ? 'maintenance.update' : 'maintenance.create',
            entity: 'maintenance',
            entityId: id,
            before: before && columnImage(maintenanceWindow, before),
            after: { ...input, id },
          },
        ],
      };
    },
    retireMaintenance: (w: WriteContext, id: string) => retire(w, maintenanceWindow, 'maintenance', id),
  };
}
