// Runbooks and their versions. Steps belong to a version: approving freezes a version, and editing
// an approved runbook starts a new draft version, so an approval always names exact content.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RunbookKind } from '../../../../shared/domain/runbook/types';

export const runbook = sqliteTable('runbook', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<RunbookKind>().notNull(),
  strategy: text('strategy').notNull(),
  templateId: text('template_id'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const runbookVersion = sqliteTable(
  'runbook_version',
  {
    id: text('id').primaryKey(),
    runbookId: text('runbook_id')
      .notNull()
      .references(() => runbook.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'in_review', 'approved', 'retired'] })
      .notNull()
      .default('draft'),
    description: text('description').notNull().default(''),
    /** JSON array of node ids the runbook recovers or changes: its RTO is theirs. */
    targetNodeIds: text('target_node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    authorName: text('author_name').notNull(),
    submittedBy: text('submitted_by'),
    submittedAt: text('submitted_at'),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('runbook_version_uq').on(t.runbookId, t.version)],
);

export const runbookStep = sqliteTable(
  'runbook_step',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => runbookVersion.id),
    /** Stable within a runbook across versions, so versions can be compared step by step. */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    role: text('role').notNull().default(''),
    instructions: text('instructions').notNull().default(''),
    verification: text('verification').notNull().default(''),
    rollbackPoint: integer('rollback_point', { mode: 'boolean' }).notNull().default(false),
    minMinutes: integer('min_minutes').notNull(),
    likelyMinutes: integer('likely_minutes').notNull(),
    maxMinutes: integer('max_minutes').notNull(),
    /** JSON array of step keys in the same version. */
    dependsOn: text('depends_on', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** JSON array of node ids this step brings back (DR-test results measure per node from it). */
    restoresNodeIds: text('restores_node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  },
  (t) => [
    index('runbook_step_version_idx').on(t.versionId),
    uniqueIndex('runbook_step_key_uq').on(t.versionId, t.key),
  ],
);
