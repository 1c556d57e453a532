// Risk acceptances and release pre-mortems. An exception names a conflict by its stable key (kind and
// node ids), so the same conflict found again tomorrow is still the accepted one; acceptance is a
// sign-off, and expiry is computed from the clock, never written. A pre-mortem is the set of failure
// modes recorded for a release, each with the metric that triggers its rollback.
import { real, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

const stamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
};

export const riskException = sqliteTable(
  'risk_exception',
  {
    id: text('id').primaryKey(),
    /** The conflict's stable identity, e.g. "cannot-meet-rto:<node id>". */
    conflictKey: text('conflict_key').notNull(),
    conflictKind: text('conflict_kind').notNull(),
    /** What the conflict said when the exception was raised, for readers of the register. */
    conflictSummary: text('conflict_summary').notNull(),
    rationale: text('rationale').notNull(),
    compensatingControls: text('compensating_controls').notNull(),
    /** The accountable business owner who accepts the risk. */
    owner: text('owner').notNull(),
    /** Last day the acceptance holds (YYYY-MM-DD); from the next day it re-opens. */
    expiresOn: text('expires_on').notNull(),
    raisedBy: text('raised_by').notNull(),
    raisedBySigner: text('raised_by_signer'),
    acceptedAt: text('accepted_at'),
    acceptedBy: text('accepted_by'),
    acceptedBySigner: text('accepted_by_signer'),
    ...stamps,
  },
  (t) => [index('risk_exception_key_idx').on(t.conflictKey)],
);

export const premortemFailureMode = sqliteTable(
  'premortem_failure_mode',
  {
    id: text('id').primaryKey(),
    releaseId: text('release_id').notNull(),
    description: text('description').notNull(),
    likelihood: text('likelihood', { enum: ['low', 'medium', 'high'] }).notNull(),
    impact: text('impact', { enum: ['low', 'medium', 'high'] }).notNull(),
    detection: text('detection').notNull(),
    mitigation: text('mitigation').notNull(),
    triggerMetric: text('trigger_metric', { enum: ['error-rate', 'latency', 'business'] }).notNull(),
    triggerName: text('trigger_name').notNull(),
    triggerComparator: text('trigger_comparator', { enum: ['above', 'below'] }).notNull(),
    triggerThreshold: real('trigger_threshold').notNull(),
    triggerUnit: text('trigger_unit').notNull().default(''),
    ...stamps,
  },
  (t) => [index('premortem_failure_mode_release_idx').on(t.releaseId)],
);
