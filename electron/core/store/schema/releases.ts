// Release readiness: releases with their approvals, freeze and maintenance windows, risk weights,
// SLOs with measurements, canary comparisons and gate waivers. Instants are stored as epoch
// milliseconds (UTC) so that window comparisons never depend on a machine's time zone.
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CHANGE_TYPES,
  GATE_CHECK_IDS,
  RELEASE_STATUSES,
  RELEASE_STRATEGIES,
  SLI_KINDS,
  type GatePassage,
} from '../../../../shared/domain/release';
import { node } from './nodes';
import { runbook } from './runbooks';

export const release = sqliteTable('release', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  version: text('version').notNull(),
  /** JSON array of the node ids the release touches. */
  nodeIds: text('node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  windowStart: integer('window_start').notNull(),
  windowEnd: integer('window_end').notNull(),
  strategy: text('strategy', { enum: RELEASE_STRATEGIES }).notNull(),
  changeType: text('change_type', { enum: CHANGE_TYPES }).notNull(),
  changeSize: integer('change_size').notNull(),
  rollbackRunbookId: text('rollback_runbook_id').references(() => runbook.id),
  /** The person accountable for the release (a name, as actors are named in the audit trail). */
  owner: text('owner').notNull(),
  status: text('status', { enum: RELEASE_STATUSES }).notNull().default('planned'),
  committedAt: integer('committed_at'),
  deployedAt: integer('deployed_at'),
  failureDetectedAt: integer('failure_detected_at'),
  restoredAt: integer('restored_at'),
  /** Emergency override of freeze conflicts: who gave it and why (also in the audit trail). */
  overrideJustification: text('override_justification'),
  overrideBy: text('override_by'),
  /**
   * How the release got past the go/no-go gate when it started: on a GO, on waivers, or as an
   * emergency over a NO-GO (also on the status change's audit entry). Null until it starts.
   */
  gatePassage: text('gate_passage', { mode: 'json' }).$type<GatePassage>(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const releaseApproval = sqliteTable(
  'release_approval',
  {
    id: text('id').primaryKey(),
    releaseId: text('release_id')
      .notNull()
      .references(() => release.id),
    approver: text('approver').notNull(),
    approvedAt: integer('approved_at').notNull(),
    /** Set when the approval is withdrawn (e.g. the release changed after it); kept for the record. */
    withdrawnAt: integer('withdrawn_at'),
  },
  (t) => [index('release_approval_release_idx').on(t.releaseId)],
);

export const freezeWindow = sqliteTable('freeze_window', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  reason: text('reason').notNull().default(''),
  windowStart: integer('window_start').notNull(),
  windowEnd: integer('window_end').notNull(),
  scopeKind: text('scope_kind', { enum: ['everything', 'tiers', 'nodes'] }).notNull(),
  /** JSON array: tier ids for a 'tiers' scope, node ids for a 'nodes' scope, empty for 'everything'. */
  scopeIds: text('scope_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  /** 'none' or RFC 5545 text (shared/domain/release/recurrence.ts), as for maintenance windows. */
  recurrence: text('recurrence').notNull().default('none'),
  until: integer('until'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

/**
 * A maintenance window of one node: one occurrence [start, end), or a series: `recurrence` holds RFC
 * 5545 text with its time zone (or a legacy word, 'weekly', read as the same rule in UTC), first
 * occurrence at start, until `until` when set.
 */
export const maintenanceWindow = sqliteTable('maintenance_window', {
  id: text('id').primaryKey(),
  nodeId: text('node_id')
    .notNull()
    .references(() => node.id),
  name: text('name').notNull().default(''),
  windowStart: integer('window_start').notNull(),
  windowEnd: integer('window_end').notNull(),
  recurrence: text('recurrence').notNull().default('none'),
  until: integer('until'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

/** Overrides of the domain's default risk weights; a factor without a row uses the default. */
export const riskWeight = sqliteTable('risk_weight', {
  factor: text('factor').primaryKey(),
  weight: real('weight').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const slo = sqliteTable('slo', {
  id: text('id').primaryKey(),
  nodeId: text('node_id')
    .notNull()
    .references(() => node.id),
  name: text('name').notNull(),
  sliKind: text('sli_kind', { enum: SLI_KINDS }).notNull(),
  targetPercent: real('target_percent').notNull(),
  windowDays: integer('window_days').notNull(),
  /** Minimum remaining budget fraction for releases to proceed (0 = not overspent). */
  policyMinRemaining: real('policy_min_remaining').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const sloMeasurement = sqliteTable(
  'slo_measurement',
  {
    id: text('id').primaryKey(),
    sloId: text('slo_id')
      .notNull()
      .references(() => slo.id),
    periodStart: integer('period_start').notNull(),
    periodEnd: integer('period_end').notNull(),
    good: integer('good').notNull(),
    total: integer('total').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('slo_measurement_period_uq').on(t.sloId, t.periodStart, t.periodEnd)],
);

export const canaryComparison = sqliteTable('canary_comparison', {
  id: text('id').primaryKey(),
  releaseId: text('release_id')
    .notNull()
    .references(() => release.id),
  name: text('name').notNull(),
  passThreshold: real('pass_threshold').notNull().default(90),
  marginalThreshold: real('marginal_threshold').notNull().default(75),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
});

export const canaryMetric = sqliteTable(
  'canary_metric',
  {
    id: text('id').primaryKey(),
    comparisonId: text('comparison_id')
      .notNull()
      .references(() => canaryComparison.id),
    name: text('name').notNull(),
    direction: text('direction', { enum: ['higher-is-worse', 'lower-is-worse'] }).notNull(),
    tolerance: real('tolerance').notNull(),
    critical: integer('critical', { mode: 'boolean' }).notNull().default(false),
    /** JSON arrays of numbers, in the order imported. */
    baseline: text('baseline', { mode: 'json' }).$type<number[]>().notNull().default([]),
    canary: text('canary', { mode: 'json' }).$type<number[]>().notNull().default([]),
  },
  (t) => [index('canary_metric_comparison_idx').on(t.comparisonId)],
);

export const gateWaiver = sqliteTable(
  'gate_waiver',
  {
    id: text('id').primaryKey(),
    releaseId: text('release_id')
      .notNull()
      .references(() => release.id),
    checkId: text('check_id', { enum: GATE_CHECK_IDS }).notNull(),
    justification: text('justification').notNull(),
    approver: text('approver').notNull(),
    createdAt: text('created_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [index('gate_waiver_release_idx').on(t.releaseId)],
);
