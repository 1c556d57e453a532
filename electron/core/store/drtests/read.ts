// Reading DR tests: plans, the run's events in the order they were recorded, and when each node last
// passed a test.
import { and, asc, desc, eq, isNull, max, sql } from 'drizzle-orm';
import { AppError, type DrTestPlan } from '../../../../shared/contract';
import type { RunEvent } from '../../../../shared/domain/drtest';
import type { Db } from '../db';
import { once } from '../lazy-query';
import { drTest, drTestEvent, provenCapability } from '../schema';
import { toEvent } from './run-events';

/** The columns of a plan as the API shows it. */
const planView = {
  id: drTest.id,
  name: drTest.name,
  type: drTest.type,
  scenario: drTest.scenario,
  scopeNodeIds: drTest.scopeNodeIds,
  runbookVersionIds: drTest.runbookVersionIds,
  objectives: drTest.objectives,
  participants: drTest.participants,
  scheduledAt: drTest.scheduledAt,
  status: drTest.status,
  verdict: drTest.verdict,
  dataLoss: drTest.dataLoss,
  completedAt: drTest.completedAt,
};

export function drTestReads(db: Db) {
  const testId = sql.placeholder('testId');
  const planQuery = once(() =>
    db
      .select(planView)
      .from(drTest)
      .where(and(eq(drTest.id, testId), isNull(drTest.retiredAt)))
      .prepare(),
  );
  const eventsQuery = once(() =>
    db
      .select()
      .from(drTestEvent)
      .where(eq(drTestEvent.testId, testId))
      .orderBy(asc(drTestEvent.seq))
      .prepare(),
  );
  return {
    /** Live tests, the latest scheduled first. */
    list(): DrTestPlan[] {
      return db
        .select(planView)
        .from(drTest)
        .where(isNull(drTest.retiredAt))
        .orderBy(desc(drTest.scheduledAt), asc(drTest.name))
        .all();
    },

    plan(id: string): DrTestPlan {
      const row = planQuery().get({ testId: id });
      if (!row) throw new AppError('NOT_FOUND', 'That DR test does not exist.');
      return row;
    },

    /** The run as recorded, oldest first. */
    events(id: string): RunEvent[] {
      return eventsQuery().all({ testId: id }).map(toEvent);
    },

    /** Epoch ms of each node's latest proven capability. */
    lastPassByNode(): Map<string, number> {
      const rows = db
        .select({ nodeId: provenCapability.nodeId, at: max(provenCapability.provenAt) })
        .from(provenCapability)
        .groupBy(provenCapability.nodeId)
        .all();
      return new Map(rows.flatMap((r) => (r.at === null ? [] : [[r.nodeId, Date.parse(r.at)] as const])));
    },
  };
}
