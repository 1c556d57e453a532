// Writing DR tests: the plan (editable until the run starts), the run's events as they happen, and
// completion with its verdict, which proves the capability of every node that passed.
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { AppError, type DrTestPlan } from '../../../../shared/contract';
import type { DrTestResult } from '../../../../shared/domain/drtest';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { runbookReads } from '../runbooks/read';
import { nodeRefs } from '../runbooks/node-refs';
import { drTest, drTestEvent } from '../schema';
import type { WriteContext, Written } from '../write';
import { proveNode } from './proven';
import { drTestReads } from './read';
import { eventColumns, type EventInput } from './run-events';

export type { EventInput } from './run-events';

export type PlanFields = Pick<
  DrTestPlan,
  | 'name'
  | 'type'
  | 'scenario'
  | 'scopeNodeIds'
  | 'runbookVersionIds'
  | 'objectives'
  | 'participants'
  | 'scheduledAt'
>;

/** The plan as the audit trail has always recorded it: the id lists as JSON text. */
/** A result's per-node outcome as the completing and rescoring audit entries record it. */
const nodeResults = (result: DrTestResult) =>
  result.nodes.map((n) => ({ nodeId: n.nodeId, rtcMinutes: n.rtcMinutes ?? null, verdict: n.verdict }));

function audited(p: PlanFields) {
  const { scopeNodeIds, runbookVersionIds, ...rest } = p;
  return {
    ...rest,
    scopeNodeIds: JSON.stringify(scopeNodeIds),
    runbookVersionIds: JSON.stringify(runbookVersionIds),
  };
}

export function drTestPlans(db: Db) {
  const read = drTestReads(db);
  const runbooks = runbookReads(db);
  const nodes = nodeRefs(db);
  /** Each measured node's recovery time recorded as evidence, pass or fail (completing and rescoring). */
  const proofs = (w: WriteContext, testId: string, result: DrTestResult, at?: string): AuditInput[] =>
    result.nodes.flatMap((n) => {
      if (n.rtcMinutes === undefined) return [];
      const proof = proveNode(db, w, n.nodeId, testId, n.rtcMinutes, n.verdict === 'pass', at);
      return proof ? [proof] : [];
    });
  return {
    /**
     * Creates a plan, or edits one that has not started. Its runbook versions and nodes must exist.
     * Saving an unchanged plan still records a `drtest.save` entry, as it always has.
     */
    savePlan(w: WriteContext, id: string | undefined, p: PlanFields): Written<string> {
      const before = id === undefined ? undefined : read.plan(id);
      if (before && before.status !== 'planned')
        throw new AppError('CONFLICT', 'Only a planned test can be edited; this one has started.');
      for (const v of p.runbookVersionIds) runbooks.version(v);
      const missing = nodes.firstMissing(p.scopeNodeIds);
      if (missing !== undefined)
        throw new AppError('INVALID_INPUT', `Node ${missing} is not in the workspace.`);
      const at = w.now.toISOString();
      const fields = {
        name: p.name,
        type: p.type,
        scenario: p.scenario,
        scopeNodeIds: p.scopeNodeIds,
        runbookVersionIds: p.runbookVersionIds,
        objectives: p.objectives,
        participants: p.participants,
        scheduledAt: p.scheduledAt,
      };
      if (!before) {
        const rowId = id ?? randomUUID();
        db.insert(drTest)
          .values({ ...fields, id: rowId, createdAt: at, updatedAt: at })
          .run();
        return {
          value: rowId,
          audit: [{ action: 'drtest.create', entity: 'drtest', entityId: rowId, after: audited(p) }],
        };
      }
      const was: Record<string, unknown> = audited(before);
      const now: Record<string, unknown> = audited(p);
      const changed = Object.keys(now).filter((f) => was[f] !== now[f]);
      if (changed.length === 0)
        return {
          value: before.id,
          audit: [{ action: 'drtest.save', entity: 'drtest', entityId: before.id }],
        };
      db.update(drTest)
        .set({ ...fields, updatedAt: at })
        .where(eq(drTest.id, before.id))
        .run();
      const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
      return {
        value: before.id,
        audit: [
          {
            action: 'drtest.update',
            entity: 'drtest',
            entityId: before.id,
            before: pick(was),
            after: pick(now),
          },
        ],
      };
    },

    /** Stores one event of the live run, stamped `w.now`; the first start marks the test running. */
    recordEvent(w: WriteContext, testId: string, e: EventInput): Written<null> {
      db.insert(drTestEvent)
        .values({ testId, ...eventColumns(e, w.now.getTime()) })
        .run();
      if (e.type === 'started')
        db.update(drTest)
          .set({ status: 'running', updatedAt: w.now.toISOString() })
          .where(eq(drTest.id, testId))
          .run();
      return {
        value: null,
        audit: [
          {
            action: `drtest.${e.type}`,
            entity: 'drtest',
            entityId: testId,
            after: { ...e, at: w.now.toISOString() },
          },
        ],
      };
    },

    /** The data loss measured per node, which the result is computed with before completion. */
    setDataLoss(testId: string, dataLoss: DrTestPlan['dataLoss']): void {
      db.update(drTest).set({ dataLoss }).where(eq(drTest.id, testId)).run();
    },

    /**
     * Closes the test with its result. Every node whose recovery time was measured, passed or failed,
     * has that measurement as its capability from now on; those that passed have proven it.
     */
    complete(w: WriteContext, testId: string, result: DrTestResult): Written<null> {
      const at = w.now.toISOString();
      db.update(drTest)
        .set({ status: 'completed', verdict: result.verdict, completedAt: at, updatedAt: at })
        .where(eq(drTest.id, testId))
        .run();
      const audit: AuditInput[] = [
        {
          action: 'drtest.complete',
          entity: 'drtest',
          entityId: testId,
          after: {
            verdict: result.verdict,
            nodes: nodeResults(result),
          },
        },
      ];
      audit.push(...proofs(w, testId, result));
      return { value: null, audit };
    },

    /**
     * Replaces a completed test's verdict with `result`, scored again against its runbooks as they
     * stand now; the run's times are unchanged. Measurements are dated by the test's completion, so
     * they never replace a later test's.
     */
    rescore(w: WriteContext, testId: string, result: DrTestResult): Written<null> {
      const plan = read.plan(testId);
      const completedAt = plan.completedAt ?? w.now.toISOString();
      db.update(drTest)
        .set({ verdict: result.verdict, updatedAt: w.now.toISOString() })
        .where(eq(drTest.id, testId))
        .run();
      const audit: AuditInput[] = [
        {
          action: 'drtest.rescore',
          entity: 'drtest',
          entityId: testId,
          before: { verdict: plan.verdict },
          after: {
            verdict: result.verdict,
            nodes: nodeResults(result),
          },
        },
      ];
      audit.push(...proofs(w, testId, result, completedAt));
      return { value: null, audit };
    },
  };
}
