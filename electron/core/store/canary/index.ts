// Canary comparisons of a release: thresholds per comparison, and per metric its judging settings and
// the baseline and canary samples in the order they were imported.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { canaryComparison, canaryMetric } from '../schema';
import type { WriteContext, Written } from '../write';

export type CanaryComparisonRecord = typeof canaryComparison.$inferSelect;
export type CanaryMetricRecord = typeof canaryMetric.$inferSelect;
export type CanaryMetricInput = Omit<CanaryMetricRecord, 'id' | 'comparisonId'>;

export interface CanaryComparisonInput {
  releaseId: string;
  name: string;
  passThreshold: number;
  marginalThreshold: number;
}

export function canaryStore(db: Db) {
  return {
    /** Live comparisons, newest first; of one release when given. */
    list(releaseId?: string): CanaryComparisonRecord[] {
      return db
        .select()
        .from(canaryComparison)
        .where(
          and(
            isNull(canaryComparison.retiredAt),
            releaseId ? eq(canaryComparison.releaseId, releaseId) : undefined,
          ),
        )
        .orderBy(desc(canaryComparison.createdAt), desc(sql`rowid`))
        .all();
    },

    get(id: string): CanaryComparisonRecord | undefined {
      return db.select().from(canaryComparison).where(eq(canaryComparison.id, id)).get();
    },

    /** A comparison's metrics in the order they were imported. */
    metrics(comparisonId: string): CanaryMetricRecord[] {
      return db
        .select()
        .from(canaryMetric)
        .where(eq(canaryMetric.comparisonId, comparisonId))
        .orderBy(asc(sql`rowid`))
        .all();
    },

    /** Stores one comparison with its metrics, audited against its release. */
    import(
      w: WriteContext,
      c: CanaryComparisonInput,
      metrics: readonly CanaryMetricInput[],
    ): Written<string> {
      const id = randomUUID();
      const at = w.now.toISOString();
      db.insert(canaryComparison)
        .values({ ...c, id, createdAt: at, updatedAt: at })
        .run();
      for (const m of metrics)
        db.insert(canaryMetric)
          .values({ ...m, id: randomUUID(), comparisonId: id })
          .run();
      return {
        value: id,
        audit: [
          {
            action: 'canary.import',
            entity: 'release',
            entityId: c.releaseId,
            after: { comparisonId: id, name: c.name, metrics: metrics.map((m) => m.name) },
          },
        ],
      };
    },
  };
}
