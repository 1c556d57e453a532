// BIA questionnaires for process owners: the written meaning of each severity level per impact
// category (shown beside every drop-down), and campaigns that send one questionnaire per process to
// its owner and track it from sent to returned to accepted.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { node } from './nodes';
import { impactCategory } from './registers';

/** A category's level text; an empty definition means "the default text". */
export const impactLevelDefinition = sqliteTable(
  'impact_level_definition',
  {
    categoryId: text('category_id')
      .notNull()
      .references(() => impactCategory.id),
    severity: integer('severity').notNull(),
    definition: text('definition').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.severity] })],
);

export const questionnaireCampaign = sqliteTable('questionnaire_campaign', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The day answers are due (YYYY-MM-DD). */
  dueDate: text('due_date').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const questionnaire = sqliteTable('questionnaire', {
  id: text('id').primaryKey(),
  campaignId: text('campaign_id')
    .notNull()
    .references(() => questionnaireCampaign.id),
  processId: text('process_id')
    .notNull()
    .references(() => node.id),
  /** The process owner when it was sent: the workbook is addressed to them. */
  owner: text('owner').notNull(),
  dueDate: text('due_date').notNull(),
  status: text('status', { enum: ['sent', 'returned', 'accepted'] })
    .notNull()
    .default('sent'),
  sentAt: text('sent_at').notNull(),
  returnedAt: text('returned_at'),
  acceptedAt: text('accepted_at'),
  acceptedBy: text('accepted_by'),
  /** Dependencies the owner named in the returned workbook (free text), kept for the analyst to map. */
  dependencies: text('dependencies', { mode: 'json' }).$type<string[]>().notNull().default([]),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
