// The written meaning of each severity level per impact category. A row exists only where the
// workspace wrote its own text; an empty text returns the level to the default (shared/domain/bia).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { impactLevelDefinition } from '../schema';
import type { WriteContext, Written } from '../write';

export function levelDefinitionsStore(db: Db) {
  return {
    /** Every level text the workspace wrote, any category. */
    all: () =>
      db
        .select({
          categoryId: impactLevelDefinition.categoryId,
          severity: impactLevelDefinition.severity,
          definition: impactLevelDefinition.definition,
        })
        .from(impactLevelDefinition)
        .all(),

    /** Sets one level's text (empty: the default again); unchanged → no entry. */
    save(w: WriteContext, categoryId: string, severity: number, definition: string): Written<null> {
      const where = and(
        eq(impactLevelDefinition.categoryId, categoryId),
        eq(impactLevelDefinition.severity, severity),
      );
      const old = db
        .select({ definition: impactLevelDefinition.definition })
        .from(impactLevelDefinition)
        .where(where)
        .get();
      if ((old?.definition ?? '') === definition) return { value: null, audit: [] };
      const at = w.now.toISOString();
      if (old) db.update(impactLevelDefinition).set({ definition, updatedAt: at }).where(where).run();
      else
        db.insert(impactLevelDefinition)
          .values({ categoryId, severity, definition, createdAt: at, updatedAt: at })
          .run();
      return {
        value: null,
        audit: [
          {
            action: 'category.defineLevel',
            entity: 'category',
            entityId: categoryId,
            before: { severity, definition: old?.definition ?? '' },
            after: { severity, definition },
          },
        ],
      };
    },
  };
}
