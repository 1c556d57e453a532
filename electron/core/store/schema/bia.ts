// A process's business impact analysis: the workshop's ratings and the fields objectives derive
// from, with its sign-off state. Derived values (MTD, RTO, tier) are computed, never stored.
import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { node } from './nodes';
import { impactCategory, tier, timeBucket } from './registers';

export const bia = sqliteTable('bia', {
  processId: text('process_id')
    .primaryKey()
    .references(() => node.id),
  status: text('status', { enum: ['draft', 'in_review', 'approved'] })
    .notNull()
    .default('draft'),
  wrtMinutes: integer('wrt_minutes'),
  dataLossToleranceMinutes: integer('data_loss_tolerance_minutes'),
  manualRtoMinutes: integer('manual_rto_minutes'),
  manualRpoMinutes: integer('manual_rpo_minutes'),
  pinnedTierId: text('pinned_tier_id').references(() => tier.id),
  mbco: text('mbco').notNull().default(''),
  notes: text('notes').notNull().default(''),
  /** Segregation of duties: the approver must not be the last editor. */
  lastEditorName: text('last_editor_name'),
  lastEditedAt: text('last_edited_at'),
  approvedBy: text('approved_by'),
  approvedAt: text('approved_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  /** Reviews expire (issue 18 item 7): due again reviewIntervalDays after the last review. */
  lastReviewedAt: text('last_reviewed_at'),
  reviewIntervalDays: integer('review_interval_days').notNull().default(365),
});

export const biaRating = sqliteTable(
  'bia_rating',
  {
    processId: text('process_id')
      .notNull()
      .references(() => node.id),
    categoryId: text('category_id')
      .notNull()
      .references(() => impactCategory.id),
    bucketId: text('bucket_id')
      .notNull()
      .references(() => timeBucket.id),
    severity: integer('severity').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.processId, t.categoryId, t.bucketId] })],
);

/** Financial loss if an outage lasts a bucket: the impact curve. */
export const biaLoss = sqliteTable(
  'bia_loss',
  {
    processId: text('process_id')
      .notNull()
      .references(() => node.id),
    bucketId: text('bucket_id')
      .notNull()
      .references(() => timeBucket.id),
    amount: real('amount').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.processId, t.bucketId] })],
);
