// Reading runbooks: the runbook, its versions and a version's steps, typed by the schema.
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  AppError,
  type RunbookStepView,
  type RunbookSummary,
  type RunbookVersionView,
} from '../../../../shared/contract';
import type { Db } from '../db';
import { once } from '../lazy-query';
import { runbook, runbookStep, runbookVersion } from '../schema';

export type RunbookRow = typeof runbook.$inferSelect;
export type VersionRow = typeof runbookVersion.$inferSelect;

/** The columns of a step as the API shows it (the row id names it in DR-test events). */
const stepView = {
  id: runbookStep.id,
  key: runbookStep.key,
  position: runbookStep.position,
  title: runbookStep.title,
  role: runbookStep.role,
  instructions: runbookStep.instructions,
  verification: runbookStep.verification,
  rollbackPoint: runbookStep.rollbackPoint,
  minMinutes: runbookStep.minMinutes,
  likelyMinutes: runbookStep.likelyMinutes,
  maxMinutes: runbookStep.maxMinutes,
  dependsOn: runbookStep.dependsOn,
  restoresNodeIds: runbookStep.restoresNodeIds,
};

export function runbookReads(db: Db) {
  const versionId = sql.placeholder('versionId');
  const runbookId = sql.placeholder('runbookId');
  const stepsQuery = once(() =>
    db
      .select(stepView)
      .from(runbookStep)
      .where(eq(runbookStep.versionId, versionId))
      .orderBy(asc(runbookStep.position))
      .prepare(),
  );
  const versionQuery = once(() =>
    db.select().from(runbookVersion).where(eq(runbookVersion.id, versionId)).prepare(),
  );
  const latestQuery = once(() =>
    db
      .select()
      .from(runbookVersion)
      .where(eq(runbookVersion.runbookId, runbookId))
      .orderBy(desc(runbookVersion.version))
      .limit(1)
      .prepare(),
  );

  const reads = {
    runbook(runbookId: string): RunbookRow {
      const row = db.select().from(runbook).where(eq(runbook.id, runbookId)).get();
      if (!row) throw new AppError('NOT_FOUND', 'That runbook does not exist.');
      return row;
    },

    /** Live runbooks by name. */
    liveIds(): string[] {
      return db
        .select({ id: runbook.id })
        .from(runbook)
        .where(isNull(runbook.retiredAt))
        .orderBy(asc(runbook.name))
        .all()
        .map((r) => r.id);
    },

    version(id: string): VersionRow {
      const row = versionQuery().get({ versionId: id });
      if (!row) throw new AppError('NOT_FOUND', 'That runbook version does not exist.');
      return row;
    },

    latestVersion(id: string): VersionRow {
      const row = latestQuery().get({ runbookId: id });
      if (!row) throw new AppError('NOT_FOUND', 'That runbook does not exist.');
      return row;
    },

    /** The version people would run: the newest approved one, if any. */
    approvedVersion(runbookId: string): VersionRow | undefined {
      return db
        .select()
        .from(runbookVersion)
        .where(and(eq(runbookVersion.runbookId, runbookId), eq(runbookVersion.status, 'approved')))
        .orderBy(desc(runbookVersion.version))
        .limit(1)
        .get();
    },

    /** Every version, newest first. */
    versions(runbookId: string): VersionRow[] {
      return db
        .select()
        .from(runbookVersion)
        .where(eq(runbookVersion.runbookId, runbookId))
        .orderBy(desc(runbookVersion.version))
        .all();
    },

    steps(id: string): RunbookStepView[] {
      return stepsQuery().all({ versionId: id });
    },

    stepCount(versionId: string): number {
      return (
        db.select({ n: count() }).from(runbookStep).where(eq(runbookStep.versionId, versionId)).get()?.n ?? 0
      );
    },

    /** One version with its steps. */
    versionView(versionId: string): RunbookVersionView {
      const v = reads.version(versionId);
      return {
        id: v.id,
        runbookId: v.runbookId,
        version: v.version,
        status: v.status,
        description: v.description,
        targetNodeIds: v.targetNodeIds,
        authorName: v.authorName,
        submittedBy: v.submittedBy,
        submittedAt: v.submittedAt,
        approvedBy: v.approvedBy,
        approvedAt: v.approvedAt,
        createdAt: v.createdAt,
        steps: reads.steps(v.id),
      };
    },

    /** The runbook with its latest and approved versions. */
    summary(runbookId: string): RunbookSummary {
      const rb = reads.runbook(runbookId);
      const latest = reads.latestVersion(runbookId);
      const approved = reads.approvedVersion(runbookId);
      return {
        id: rb.id,
        name: rb.name,
        kind: rb.kind,
        strategy: rb.strategy,
        templateId: rb.templateId,
        latest: { id: latest.id, version: latest.version, status: latest.status },
        approved: approved
          ? {
              id: approved.id,
              version: approved.version,
              approvedBy: approved.approvedBy,
              approvedAt: approved.approvedAt,
            }
          : null,
        targetNodeIds: latest.targetNodeIds,
        stepCount: reads.stepCount(latest.id),
      };
    },
  };
  return reads;
}
