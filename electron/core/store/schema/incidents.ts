// Incidents: the register (times as epoch milliseconds, affected nodes, the release that caused it,
// impact), a timeline of entries, the crisis-mode run of its runbooks as append-only events (the same
// events and derivation as a DR-test run, so it resumes after a restart), the communications log,
// reviews (post-incident and post-implementation) and the review policy.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RunEvent } from '../../../../shared/domain/drtest/run-state';
import type { StepOutcome } from '../../../../shared/domain/drtest/types';
import {
  AUDIENCES,
  INCIDENT_SEVERITIES,
  REVIEW_SUBJECTS,
  ROOT_CAUSES,
  type IncidentImpact,
} from '../../../../shared/domain/incident';
import { release } from './releases';

export const incident = sqliteTable('incident', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  severity: text('severity', { enum: INCIDENT_SEVERITIES }).notNull(),
  summary: text('summary').notNull().default(''),
  startedAt: integer('started_at').notNull(),
  detectedAt: integer('detected_at').notNull(),
  restoredAt: integer('restored_at'),
  resolvedAt: integer('resolved_at'),
  /** JSON array of the affected nodes on the map. */
  nodeIds: text('node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  causeReleaseId: text('cause_release_id').references(() => release.id),
  rootCause: text('root_cause', { enum: ROOT_CAUSES }).notNull().default('unknown'),
  impact: text('impact', { mode: 'json' }).$type<IncidentImpact>().notNull().default({}),
  /** The runbook versions opened against it in crisis mode. */
  runbookVersionIds: text('runbook_version_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const incidentEntry = sqliteTable(
  'incident_entry',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incident.id),
    at: integer('at').notNull(),
    author: text('author').notNull(),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('incident_entry_incident_idx').on(t.incidentId)],
);

/** Crisis mode: the same event model as dr_test_event, keyed by incident. */
export const incidentRunEvent = sqliteTable(
  'incident_run_event',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incident.id),
    type: text('type').$type<RunEvent['type']>().notNull(),
    at: integer('at').notNull(),
    stepId: text('step_id'),
    outcome: text('outcome').$type<StepOutcome>(),
    notes: text('notes'),
  },
  (t) => [index('incident_run_event_incident_idx').on(t.incidentId)],
);

export const incidentMessage = sqliteTable(
  'incident_message',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incident.id),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    /** Who was told (names, a list, a channel). */
    recipients: text('recipients').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    sentBy: text('sent_by').notNull(),
    sentAt: integer('sent_at').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('incident_message_incident_idx').on(t.incidentId)],
);

/** One review per subject: an incident (post-incident) or a failed release (post-implementation). */
export const review = sqliteTable(
  'review',
  {
    id: text('id').primaryKey(),
    subject: text('subject', { enum: REVIEW_SUBJECTS }).notNull(),
    incidentId: text('incident_id').references(() => incident.id),
    releaseId: text('release_id').references(() => release.id),
    whatHappened: text('what_happened').notNull().default(''),
    contributingFactors: text('contributing_factors').notNull().default(''),
    wentWell: text('went_well').notNull().default(''),
    facilitator: text('facilitator').notNull().default(''),
    completedAt: integer('completed_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('review_incident_uq').on(t.incidentId),
    uniqueIndex('review_release_uq').on(t.releaseId),
  ],
);

/** Workspace-wide incident policy: one row, id 'default'. */
export const incidentPolicy = sqliteTable('incident_policy', {
  id: text('id').primaryKey(),
  reviewDueDays: integer('review_due_days').notNull().default(5),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
