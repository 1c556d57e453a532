// Impact categories, time buckets and tiers: the registers a BIA rates against.
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { BucketView, CategoryView, Registers } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/model';
import type { Db } from '../db';
import { retireRow, saveRow, type RowFields, type RowSpec } from '../rows';
import { impactCategory, tier, timeBucket } from '../schema';
import type { WriteContext, Written } from '../write';

export const categorySpec: RowSpec<typeof impactCategory> = {
  table: impactCategory,
  entity: 'category',
  describe: (v) => `An impact category named "${String(v.name)}"`,
};
export const bucketSpec: RowSpec<typeof timeBucket> = {
  table: timeBucket,
  entity: 'bucket',
  describe: (v) => `A time bucket "${String(v.label)}"`,
};
export const tierSpec: RowSpec<typeof tier> = {
  table: tier,
  entity: 'tier',
  describe: (v) => `A tier named "${String(v.name)}"`,
};

export function registersStore(db: Db) {
  return {
    /** The live registers, in the order a BIA shows them. */
    load(): Registers {
      const categories: CategoryView[] = db
        .select({ id: impactCategory.id, name: impactCategory.name, position: impactCategory.position })
        .from(impactCategory)
        .where(isNull(impactCategory.retiredAt))
        .orderBy(asc(impactCategory.position), asc(impactCategory.name))
        .all();
      const buckets: BucketView[] = db
        .select({ id: timeBucket.id, label: timeBucket.label, minutes: timeBucket.minutes })
        .from(timeBucket)
        .where(isNull(timeBucket.retiredAt))
        .orderBy(asc(timeBucket.minutes))
        .all();
      const tiers: Tier[] = db
        .select({
          id: tier.id,
          name: tier.name,
          rank: tier.rank,
          rtoMinutes: tier.rtoMinutes,
          rpoMinutes: tier.rpoMinutes,
          testFrequencyDays: tier.testFrequencyDays,
          description: tier.description,
        })
        .from(tier)
        .where(isNull(tier.retiredAt))
        .orderBy(asc(tier.rank), asc(tier.rtoMinutes))
        .all();
      return { categories, buckets, tiers };
    },

    /** Whether a category, bucket or tier exists and is live, before something refers to it. */
    state(register: 'category' | 'bucket' | 'tier', id: string): 'live' | 'retired' | 'missing' {
      const table = { category: impactCategory, bucket: timeBucket, tier }[register];
      const row = db.select({ retiredAt: table.retiredAt }).from(table).where(eq(table.id, id)).get();
      return !row ? 'missing' : row.retiredAt ? 'retired' : 'live';
    },

    /** The position after every category ever made, retired ones included. */
    nextCategoryPosition(): number {
      return (
        db
          .select({ next: sql<number>`COALESCE(MAX(${impactCategory.position}) + 1, 0)` })
          .from(impactCategory)
          .get()?.next ?? 0
      );
    },

    saveCategory(
      w: WriteContext,
      id: string | undefined,
      v: RowFields<typeof impactCategory>,
    ): Written<string> {
      const r = saveRow(db, w, categorySpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    saveBucket(w: WriteContext, id: string | undefined, v: RowFields<typeof timeBucket>): Written<string> {
      const r = saveRow(db, w, bucketSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    saveTier(w: WriteContext, id: string | undefined, v: RowFields<typeof tier>): Written<string> {
      const r = saveRow(db, w, tierSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    retireCategory: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, categorySpec, id)],
    }),
    retireBucket: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, bucketSpec, id)],
    }),
    retireTier: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, tierSpec, id)],
    }),
  };
}

export type RegistersStore = ReturnType<typeof registersStore>;
