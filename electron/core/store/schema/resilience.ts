// Operational resilience (PRA SS1/21): important business services with their footprint on the map,
// impact tolerances, and severe-but-plausible scenarios. Each carries a last-reviewed date and a
// review interval, so reviews expire (issue 18 item 7).
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FailureSelector } from '../../../../shared/domain/resilience/types';

const stamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
};
const review = {
  lastReviewedAt: text('last_reviewed_at'),
  reviewIntervalDays: integer('review_interval_days').notNull().default(365),
};

export const SCENARIO_SOURCES = ['previous-incident', 'sector-event', 'near-miss', 'other'] as const;

export const importantService = sqliteTable('important_service', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  /** The customers or market the service serves. */
  customers: text('customers').notNull().default(''),
  owner: text('owner').notNull(),
  /** Processes and resources that deliver the service (its footprint on the map). */
  nodeIds: text('node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  ...review,
  ...stamps,
});

export const impactTolerance = sqliteTable(
  'impact_tolerance',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id')
      .notNull()
      .references(() => importantService.id),
    label: text('label').notNull(),
    /** Maximum time of disruption: the metric every tolerance has (SS1/21 §3.1). */
    maxDisruptionMinutes: integer('max_disruption_minutes').notNull(),
    customersAffected: integer('customers_affected'),
    transactionsNotProcessed: integer('transactions_not_processed'),
    valueNotProcessed: real('value_not_processed'),
    dataLossMinutes: integer('data_loss_minutes'),
    rationale: text('rationale').notNull().default(''),
    ...review,
    ...stamps,
  },
  (t) => [index('impact_tolerance_service_idx').on(t.serviceId)],
);

export const scenario = sqliteTable('scenario', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  source: text('source', { enum: SCENARIO_SOURCES }).notNull(),
  assumptions: text('assumptions').notNull().default(''),
  failures: text('failures', { mode: 'json' }).$type<FailureSelector[]>().notNull().default([]),
  ...review,
  ...stamps,
});
