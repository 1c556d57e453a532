// Runbooks (versions, steps, approval), DR tests (plan, live run, results) and findings.
import { z } from 'zod';
import { DR_TEST_TYPES } from '../../domain/drtest/types';
import { method } from '../method';
import { empty, id, minutes, optionalText, text, rowId } from '../schemas';
import type { Delivery } from '../types';
import type {
  DrTestDetail,
  DrTestPlan,
  FindingView,
  OverdueNode,
  RunbookComparison,
  RunbookDetail,
  RunbookListRow,
  RunbookTemplateView,
} from '../runbook-types';

const kind = z.enum(['deployment', 'rollback', 'recovery', 'failover'], {
  error: 'must be deployment, rollback, recovery or failover',
});
const strategy = z.enum([
  'blue-green',
  'canary',
  'rolling',
  'expand-contract',
  'failover',
  'restore',
  'other',
]);
const ids = z.array(id).max(2000);
const runbookId = { runbookId: id };

export const stepFields = z
  .object({
    key: id.optional(),
    title: text(200),
    role: optionalText(120).default(''),
    instructions: optionalText(20_000).default(''),
    verification: optionalText(4000).default(''),
    rollbackPoint: z.boolean().default(false),
    minMinutes: minutes,
    likelyMinutes: minutes,
    maxMinutes: minutes,
    dependsOn: ids.default([]),
    restoresNodeIds: ids.default([]),
  })
  .strict()
  .refine((s) => s.minMinutes <= s.likelyMinutes && s.likelyMinutes <= s.maxMinutes, {
    message: 'estimates must satisfy min ≤ likely ≤ max',
    path: ['likelyMinutes'],
  });

export const runEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started') }).strict(),
  z.object({ type: z.literal('step-started'), stepId: id }).strict(),
  z
    .object({
      type: z.literal('step-finished'),
      stepId: id,
      outcome: z.enum(['ok', 'failed', 'skipped']),
      notes: optionalText(4000).optional(),
    })
    .strict(),
  z.object({ type: z.literal('paused'), reason: optionalText(400).optional() }).strict(),
  z.object({ type: z.literal('resumed') }).strict(),
  z.object({ type: z.literal('ended') }).strict(),
]);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date (YYYY-MM-DD)');

export const runbookMethods = {
  'runbooks.templates': method<RunbookTemplateView[]>()(empty),
  'runbooks.list': method<RunbookListRow[]>()(empty),
  'runbooks.get': method<RunbookDetail>()(z.object({ ...runbookId, versionId: id.optional() }).strict()),
  'runbooks.create': method<RunbookDetail>({ writes: true })(
    z
      .object({
        name: text(200),
        templateId: id.optional(),
        kind: kind.optional(),
        strategy: strategy.optional(),
        targetNodeIds: ids.default([]),
      })
      .strict(),
  ),
  'runbooks.duplicate': method<RunbookDetail>({ writes: true })(
    z.object({ ...runbookId, name: text(200) }).strict(),
  ),
  /** Edits the draft; editing an approved runbook starts a new draft version. */
  'runbooks.update': method<RunbookDetail>({ writes: true })(
    z
      .object({
        ...runbookId,
        name: text(200).optional(),
        kind: kind.optional(),
        strategy: strategy.optional(),
        description: optionalText(20_000).optional(),
        targetNodeIds: ids.optional(),
      })
      .strict(),
  ),
  'runbooks.saveStep': method<RunbookDetail>({ writes: true })(
    z.object({ ...runbookId, step: stepFields }).strict(),
  ),
  'runbooks.deleteStep': method<RunbookDetail>({ writes: true })(
    z.object({ ...runbookId, key: id }).strict(),
  ),
  /** Reorders by keyboard or drag: the step moves to `position` (0-based). */
  'runbooks.moveStep': method<RunbookDetail>({ writes: true })(
    z.object({ ...runbookId, key: id, position: z.number().int().min(0) }).strict(),
  ),
  'runbooks.transition': method<RunbookDetail>({ writes: true })(
    z.object({ ...runbookId, to: z.enum(['in_review', 'approved', 'draft', 'retired']) }).strict(),
  ),
  'runbooks.compare': method<RunbookComparison>()(
    z.object({ ...runbookId, leftVersionId: id, rightVersionId: id }).strict(),
  ),
  /** One version (the latest unless named) as a PDF for the on-call binder. */
  'runbooks.print': method<Delivery>()(z.object({ ...runbookId, versionId: id.optional() }).strict()),

  'drtests.list': method<DrTestPlan[]>()(empty),
  'drtests.get': method<DrTestDetail>()(z.object({ testId: id }).strict()),
  'drtests.save': method<DrTestDetail>({ writes: true })(
    z
      .object({
        id: rowId.optional(),
        name: text(200),
        type: z.enum(DR_TEST_TYPES, { error: `must be one of ${DR_TEST_TYPES.join(', ')}` }),
        scenario: optionalText(4000).default(''),
        scopeNodeIds: ids.default([]),
        runbookVersionIds: ids.default([]),
        objectives: optionalText(4000).default(''),
        participants: optionalText(4000).default(''),
        scheduledAt: isoDate.nullable().default(null),
      })
      .strict(),
  ),
  /** One event of a live run, stamped with the time it arrives and stored at once. */
  'drtests.record': method<DrTestDetail>({ writes: true })(
    z.object({ testId: id, event: runEvent }).strict(),
  ),
  /** Closes the test with the measured data loss; a pass proves the nodes' recovery capability. */
  'drtests.complete': method<DrTestDetail>({ writes: true })(
    z
      .object({
        testId: id,
        dataLoss: z
          .array(z.object({ nodeId: id, minutes: z.number().min(0).max(525_600) }).strict())
          .max(2000)
          .default([]),
      })
      .strict(),
  ),
  /**
   * Scores a completed test again against its runbooks as they stand now (a restoring step marked
   * after the run), keeping the run's recorded times; audited with the verdict before and after.
   */
  'drtests.rescore': method<DrTestDetail>({ writes: true })(z.object({ testId: id }).strict()),
  'drtests.overdue': method<OverdueNode[]>()(empty),

  'findings.list': method<FindingView[]>()(
    z.object({ testId: id.optional(), openOnly: z.boolean().default(false) }).strict(),
  ),
  'findings.save': method<FindingView>({ writes: true })(
    z
      .object({
        id: rowId.optional(),
        testId: id.nullable().default(null),
        stepId: id.nullable().default(null),
        title: text(200),
        description: optionalText(8000).default(''),
        severity: z.enum(['low', 'medium', 'high', 'critical']),
        owner: optionalText(120).default(''),
        dueDate: isoDate.nullable().default(null),
        status: z.enum(['open', 'in_progress', 'closed']).default('open'),
      })
      .strict(),
  ),
} as const;
