// The workspace's own record (one row: name, organisation, description) and the public key that
// signed its packs before packs were signed by people.
import { eq } from 'drizzle-orm';
import { AppError } from '../../../../shared/contract';
import type { Db } from '../db';
import { workspace, workspaceKey } from '../schema';
import type { WriteContext, Written } from '../write';

export type WorkspaceRecord = typeof workspace.$inferSelect;
export type LegacyKey = typeof workspaceKey.$inferSelect;
/** What a person edits on the workspace record. */
export type WorkspaceFields = Partial<
  Pick<WorkspaceRecord, 'name' | 'organisation' | 'description' | 'timeZone'>
>;

export function workspaceStore(db: Db) {
  const record = (id: string): WorkspaceRecord | undefined =>
    db.select().from(workspace).where(eq(workspace.id, id)).get();

  return {
    /** The id of the file's workspace record; undefined when the file has none. */
    id: (): string | undefined => db.select({ id: workspace.id }).from(workspace).limit(1).get()?.id,

    record,

    /** The IANA time zone the calendar is read in ('UTC' until someone sets one). */
    timeZone: (): string =>
      db.select({ timeZone: workspace.timeZone }).from(workspace).limit(1).get()?.timeZone ?? 'UTC',

    /** The workspace key of a file made before personal keys (its public half only), if any. */
    legacyKey: (): LegacyKey | undefined => db.select().from(workspaceKey).limit(1).get(),

    /** Writes a new file's workspace record. */
    create(_w: WriteContext, fields: { id: string; name: string; createdAt: string }): Written<null> {
      const { id, name, createdAt } = fields;
      db.insert(workspace)
        .values({ id, name, organisation: '', description: '', createdAt, updatedAt: createdAt })
        .run();
      return {
        value: null,
        audit: [{ action: 'workspace.create', entity: 'workspace', entityId: id, after: { name } }],
      };
    },

    /** Changes the given fields; CONFLICT when none differs. */
    update(w: WriteContext, id: string, input: WorkspaceFields): Written<null> {
      const before = record(id);
      if (!before) throw new AppError('FILE_CORRUPT', 'The workspace record is missing.');
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const was = new Map(Object.entries(before));
      const changed = Object.keys(changes).filter((k) => was.get(k) !== changes[k]);
      if (changed.length === 0) throw new AppError('CONFLICT', 'Nothing changed.');
      db.update(workspace)
        .set({ ...changes, updatedAt: w.now.toISOString() })
        .where(eq(workspace.id, id))
        .run();
      const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, o[k]]));
      return {
        value: null,
        audit: [
          {
            action: 'workspace.update',
            entity: 'workspace',
            entityId: id,
            before: pick(before),
            after: pick(changes),
          },
        ],
      };
    },
  };
}
