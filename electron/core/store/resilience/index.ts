// Important business services, their impact tolerances and severe-but-plausible scenarios; plus the
// review stamp of a BIA (last reviewed, interval), which reviews that expire read beside them.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../../shared/contract';
import type { Db } from '../db';
import { retireRow, saveRow, type RowFields, type RowSpec } from '../rows';
import { bia, drTest, impactTolerance, importantService, node, scenario } from '../schema';
import type { WriteContext, Written } from '../write';

export type ServiceRow = typeof importantService.$inferSelect;
export type ToleranceRow = typeof impactTolerance.$inferSelect;
export type ScenarioRow = typeof scenario.$inferSelect;

export const serviceSpec: RowSpec<typeof importantService> = {
  table: importantService,
  entity: 'service',
  describe: (v) => `An important business service named "${String(v.name)}"`,
};
export const toleranceSpec: RowSpec<typeof impactTolerance> = {
  table: impactTolerance,
  entity: 'tolerance',
  describe: (v) => `An impact tolerance "${String(v.label)}"`,
};
export const scenarioSpec: RowSpec<typeof scenario> = {
  table: scenario,
  entity: 'scenario',
  describe: (v) => `A scenario named "${String(v.name)}"`,
};

export function resilienceStore(db: Db) {
  return {
    services: (): ServiceRow[] =>
      db
        .select()
        .from(importantService)
        .where(isNull(importantService.retiredAt))
        .orderBy(asc(importantService.name))
        .all(),
    service: (id: string): ServiceRow | undefined =>
      db.select().from(importantService).where(eq(importantService.id, id)).get(),
    tolerances: (): ToleranceRow[] =>
      db
        .select()
        .from(impactTolerance)
        .where(isNull(impactTolerance.retiredAt))
        .orderBy(asc(impactTolerance.maxDisruptionMinutes), asc(impactTolerance.label))
        .all(),
    tolerance: (id: string): ToleranceRow | undefined =>
      db.select().from(impactTolerance).where(eq(impactTolerance.id, id)).get(),
    scenarios: (): ScenarioRow[] =>
      db.select().from(scenario).where(isNull(scenario.retiredAt)).orderBy(asc(scenario.name)).all(),
    scenario: (id: string): ScenarioRow | undefined =>
      db.select().from(scenario).where(eq(scenario.id, id)).get(),

    /** Live DR tests that exercised a scenario (dr_test.scenario_id is this aggregate's link). */
    scenarioTests: (scenarioId: string) =>
      db
        .select({
          id: drTest.id,
          name: drTest.name,
          status: drTest.status,
          verdict: drTest.verdict,
          completedAt: drTest.completedAt,
        })
        .from(drTest)
        .where(and(eq(drTest.scenarioId, scenarioId), isNull(drTest.retiredAt)))
        .orderBy(asc(drTest.name))
        .all(),

    /** Names a scenario on a DR test (null: none), so its measured recovery reads against the tolerances. */
    linkTest(_w: WriteContext, testId: string, scenarioId: string | null): Written<null> {
      const before = db
        .select({ scenarioId: drTest.scenarioId })
        .from(drTest)
        .where(eq(drTest.id, testId))
        .get();
      if (!before) throw new AppError('NOT_FOUND', `There is no DR test with id ${testId}.`);
      if (before.scenarioId === scenarioId) return { value: null, audit: [] };
      db.update(drTest).set({ scenarioId }).where(eq(drTest.id, testId)).run();
      return {
        value: null,
        audit: [
          { action: 'drtest.scenario', entity: 'drtest', entityId: testId, before, after: { scenarioId } },
        ],
      };
    },

    /** Every BIA with its process and review stamp. */
    biaReviews: () =>
      db
        .select({
          processId: bia.processId,
          name: node.name,
          approvedAt: bia.approvedAt,
          lastReviewedAt: bia.lastReviewedAt,
          reviewIntervalDays: bia.reviewIntervalDays,
        })
        .from(bia)
        .innerJoin(node, eq(node.id, bia.processId))
        .where(isNull(node.retiredAt))
        .orderBy(asc(node.name))
        .all(),

    saveService(
      w: WriteContext,
      id: string | undefined,
      v: Partial<RowFields<typeof importantService>>,
    ): Written<string> {
      const r = saveRow(db, w, serviceSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    saveTolerance(
      w: WriteContext,
      id: string | undefined,
      v: Partial<RowFields<typeof impactTolerance>>,
    ): Written<string> {
      const r = saveRow(db, w, toleranceSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    saveScenario(
      w: WriteContext,
      id: string | undefined,
      v: Partial<RowFields<typeof scenario>>,
    ): Written<string> {
      const r = saveRow(db, w, scenarioSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    retireService: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, serviceSpec, id)],
    }),
    retireTolerance: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, toleranceSpec, id)],
    }),
    retireScenario: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, scenarioSpec, id)],
    }),

    /** Records a BIA's review (its date and the interval until the next one). */
    reviewBia(_w: WriteContext, processId: string, at: string, intervalDays: number): Written<null> {
      const before = db
        .select({ lastReviewedAt: bia.lastReviewedAt, reviewIntervalDays: bia.reviewIntervalDays })
        .from(bia)
        .where(eq(bia.processId, processId))
        .get();
      if (!before) throw new AppError('NOT_FOUND', 'That process has no BIA (is it a process?).');
      const after = { lastReviewedAt: at, reviewIntervalDays: intervalDays };
      db.update(bia).set(after).where(eq(bia.processId, processId)).run();
      return {
        value: null,
        audit: [{ action: 'bia.review', entity: 'bia', entityId: processId, before, after }],
      };
    },
  };
}
