// Findings: what a DR test (or anyone) found that needs fixing, with owner, due date and status.
// The most severe come first, then the soonest due.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { FindingView } from '../../../../shared/contract';
import type { Db } from '../db';
import { once } from '../lazy-query';
import { constraintError } from '../rows';
import { finding } from '../schema';
import type { WriteContext, Written } from '../write';

export type FindingFields = Omit<FindingView, 'id' | 'createdAt' | 'updatedAt' | 'reviewId' | 'processId'> &
  Partial<Pick<FindingView, 'reviewId' | 'processId'>>;

const fieldNames = [
  'testId',
  'stepId',
  'title',
  'description',
  'severity',
  'owner',
  'dueDate',
  'status',
  'reviewId',
  'processId',
] as const satisfies readonly (keyof FindingFields)[];

const severityRank = sql`CASE ${finding.severity} WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

const findingView = {
  id: finding.id,
  testId: finding.testId,
  stepId: finding.stepId,
  title: finding.title,
  description: finding.description,
  severity: finding.severity,
  owner: finding.owner,
  dueDate: finding.dueDate,
  status: finding.status,
  reviewId: finding.reviewId,
  processId: finding.processId,
  createdAt: finding.createdAt,
  updatedAt: finding.updatedAt,
};

export function findingStore(db: Db) {
  const select = (where: SQL | undefined): FindingView[] =>
    db.select(findingView).from(finding).where(where).orderBy(severityRank, asc(finding.dueDate)).all();
  // A DR test's detail reads its findings on every event of the run.
  const ofTestQuery = once(() =>
    db
      .select(findingView)
      .from(finding)
      .where(eq(finding.testId, sql.placeholder('testId')))
      .orderBy(severityRank, asc(finding.dueDate))
      .prepare(),
  );

  return {
    /** Every finding, or those of one test, or only those not closed. */
    findings(
      filter: { testId?: string | undefined; reviewId?: string; openOnly?: boolean } = {},
    ): FindingView[] {
      if (filter.testId && !filter.openOnly) return ofTestQuery().all({ testId: filter.testId });
      return select(
        and(
          filter.testId ? eq(finding.testId, filter.testId) : undefined,
          filter.reviewId ? eq(finding.reviewId, filter.reviewId) : undefined,
          filter.openOnly ? ne(finding.status, 'closed') : undefined,
        ),
      );
    },

    finding(id: string): FindingView | undefined {
      return select(eq(finding.id, id))[0];
    },

    /** Inserts (no id, or an unknown id) or updates the fields that changed, auditing only those. */
    saveFinding(w: WriteContext, id: string | undefined, values: FindingFields): Written<string> {
      const at = w.now.toISOString();
      const before = id ? db.select().from(finding).where(eq(finding.id, id)).get() : undefined;
      try {
        if (!before) {
          const rowId = id ?? randomUUID();
          db.insert(finding)
            .values({ ...values, id: rowId, createdAt: at, updatedAt: at })
            .run();
          return {
            value: rowId,
            audit: [{ action: 'finding.create', entity: 'finding', entityId: rowId, after: values }],
          };
        }
        // A review's links are compared only when given: findings.save (a DR test's) never carries them.
        const changed = fieldNames.filter((f) => f in values && before[f] !== values[f]);
        if (changed.length === 0) return { value: before.id, audit: [] };
        const pick = (o: FindingFields) => Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
        db.update(finding)
          .set({ ...pick(values), updatedAt: at })
          .where(eq(finding.id, before.id))
          .run();
        return {
          value: before.id,
          audit: [
            {
              action: 'finding.update',
              entity: 'finding',
              entityId: before.id,
              before: pick(before),
              after: pick(values),
            },
          ],
        };
      } catch (err) {
        throw constraintError(err, `A finding "${values.title}"`);
      }
    },
  };
}
