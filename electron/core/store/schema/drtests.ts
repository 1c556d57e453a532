// DR tests: the plan, the run as an append-only list of timestamped events (a crash loses nothing;
// the state is derived from the events), the measured results, and findings.
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { RunEvent } from '../../../../shared/domain/drtest/run-state';
import { DR_TEST_TYPES, type StepOutcome, type Verdict } from '../../../../shared/domain/drtest/types';
import { review } from './incidents';
import { node } from './nodes';
import { runbookStep } from './runbooks';

export const drTest = sqliteTable('dr_test', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  type: text('type', { enum: DR_TEST_TYPES }).notNull(),
  scenario: text('scenario').notNull().default(''),
  /** The severe-but-plausible scenario the test exercises, if any: its outcome is read against tolerances. */
  scenarioId: text('scenario_id'),
  /** JSON arrays: the nodes in scope and the runbook versions used. */
  scopeNodeIds: text('scope_node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  runbookVersionIds: text('runbook_version_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  objectives: text('objectives').notNull().default(''),
  participants: text('participants').notNull().default(''),
  scheduledAt: text('scheduled_at'),
  status: text('status', { enum: ['planned', 'running', 'completed', 'cancelled'] })
    .notNull()
    .default('planned'),
  /** Set when the test is completed: pass, fail or incomplete, and the measured data loss per node (JSON). */
  verdict: text('verdict').$type<Verdict>(),
  dataLoss: text('data_loss', { mode: 'json' })
    .$type<{ nodeId: string; minutes: number }[]>()
    .notNull()
    .default([]),
  completedAt: text('completed_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const drTestEvent = sqliteTable(
  'dr_test_event',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    testId: text('test_id')
      .notNull()
      .references(() => drTest.id),
    type: text('type').$type<RunEvent['type']>().notNull(),
    /** Epoch milliseconds, as recorded when it happened. */
    at: integer('at').notNull(),
    stepId: text('step_id'),
    outcome: text('outcome').$type<StepOutcome>(),
    notes: text('notes'),
  },
  (t) => [index('dr_test_event_test_idx').on(t.testId)],
);

export const finding = sqliteTable(
  'finding',
  {
    id: text('id').primaryKey(),
    testId: text('test_id').references(() => drTest.id),
    stepId: text('step_id').references(() => runbookStep.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    severity: text('severity', { enum: ['low', 'medium', 'high', 'critical'] }).notNull(),
    owner: text('owner').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status', { enum: ['open', 'in_progress', 'closed'] })
      .notNull()
      .default('open'),
    /** An action from a review (incidents/reviews); the process whose BIA it changes. */
    reviewId: text('review_id').references(() => review.id),
    processId: text('process_id').references(() => node.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('finding_test_idx').on(t.testId)],
);

/** Kept beside node.proven_minutes: which test proved which capability, for the evidence pack. */
export const provenCapability = sqliteTable('proven_capability', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  nodeId: text('node_id').notNull(),
  testId: text('test_id')
    .notNull()
    .references(() => drTest.id),
  minutes: real('minutes').notNull(),
  provenAt: text('proven_at').notNull(),
});
