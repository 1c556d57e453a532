// The workspace's own identity: one row, plus the public half of the Ed25519 key that signed its
// evidence packs before packs were signed by people (kept so those packs still verify; the private
// half was removed from every file by migration 0006).
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const workspace = sqliteTable('workspace', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull().default(''),
  description: text('description').notNull().default(''),
  /** IANA time zone the calendar shows occurrences in. */
  timeZone: text('time_zone').notNull().default('UTC'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const workspaceKey = sqliteTable('workspace_key', {
  id: text('id').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: text('created_at').notNull(),
});
