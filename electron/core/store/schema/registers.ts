// The editable registers the BIA rates against: impact categories, time buckets and recovery tiers.
// Rows are retired, never deleted, because ratings and evidence packs refer to them.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const stamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
};

export const impactCategory = sqliteTable('impact_category', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  ...stamps,
});

export const timeBucket = sqliteTable('time_bucket', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  minutes: integer('minutes').notNull(),
  ...stamps,
});

export const tier = sqliteTable('tier', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  rank: integer('rank').notNull(),
  rtoMinutes: integer('rto_minutes').notNull(),
  rpoMinutes: integer('rpo_minutes').notNull(),
  testFrequencyDays: integer('test_frequency_days').notNull(),
  description: text('description').notNull().default(''),
  ...stamps,
});
