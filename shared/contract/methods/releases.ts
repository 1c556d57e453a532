// Release readiness: releases and approvals, the calendar (freezes, maintenance windows), risk
// weights, SLOs and measurements, canary comparisons, the go/no-go gate and delivery metrics.
import { z } from 'zod';
import {
  CHANGE_TYPES,
  GATE_CHECK_IDS,
  RELEASE_STATUSES,
  RELEASE_STRATEGIES,
  RISK_FACTORS,
  SLI_KINDS,
  parseInstant,
  recurrenceProblem,
} from '../../domain/release';
import { method } from '../method';
import { empty, id, optionalText, text, rowId } from '../schemas';
import type {
  CalendarView,
  CanaryView,
  CsvImportResult,
  DeliveryView,
  FreezeView,
  GateView,
  MaintenanceView,
  ReleaseDetail,
  ReleaseView,
  RiskWeightsView,
  SloView,
  WaiverView,
} from '../release-types';

/** An ISO 8601 date-time with its offset ("Z" or "+02:00"), as epoch milliseconds. */
export const instant = z.string().transform((s, ctx) => {
  try {
    return parseInstant(s);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : 'not a date-time' });
    return z.NEVER;
  }
});

const ids = z.array(id).max(500);
const releaseId = { releaseId: id };
const windowRefine = <T extends { start: number; end: number }>(w: T) => w.start < w.end;
const windowMessage = { message: 'the end must be after the start', path: ['end'] };

/** 'none', a legacy word ('weekly') or RFC 5545 text; a rule that cannot be expanded says why. */
const recurrence = z
  .string()
  .max(2000, 'the recurrence rule is longer than 2,000 characters')
  .default('none')
  .superRefine((text, ctx) => {
    const problem = recurrenceProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const releaseFields = z
  .object({
    id: rowId.optional(),
    name: text(200),
    version: text(60),
    nodeIds: ids.min(1, 'a release must touch at least one service'),
    start: instant,
    end: instant,
    strategy: z.enum(RELEASE_STRATEGIES, { error: `must be one of ${RELEASE_STRATEGIES.join(', ')}` }),
    changeType: z.enum(CHANGE_TYPES, { error: `must be one of ${CHANGE_TYPES.join(', ')}` }),
    changeSize: z.number().int('must be 1 to 5').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
    rollbackRunbookId: id.nullable().default(null),
    owner: text(120),
    committedAt: instant.nullable().default(null),
  })
  .strict()
  .refine(windowRefine, windowMessage);

const freezeFields = z
  .object({
    id: rowId.optional(),
    name: text(200),
    reason: optionalText(2000).default(''),
    start: instant,
    end: instant,
    scope: z
      .object({ kind: z.enum(['everything', 'tiers', 'nodes']), ids: ids.default([]) })
      .strict()
      .refine((s) => s.kind === 'everything' || s.ids.length > 0, {
        message: 'name at least one tier or service',
        path: ['ids'],
      }),
    recurrence,
    until: instant.nullable().default(null),
  })
  .strict()
  .refine(windowRefine, windowMessage);

const maintenanceFields = z
  .object({
    id: rowId.optional(),
    nodeId: id,
    name: optionalText(200).default(''),
    start: instant,
    end: instant,
    recurrence,
    until: instant.nullable().default(null),
  })
  .strict()
  .refine(windowRefine, windowMessage)
  .refine((m) => m.recurrence === 'none' || m.end - m.start <= 7 * 86_400_000, {
    message: 'a repeating window must be at most a week long',
    path: ['end'],
  });

const sloFields = z
  .object({
    id: rowId.optional(),
    nodeId: id,
    name: text(200),
    sliKind: z.enum(SLI_KINDS, { error: `must be one of ${SLI_KINDS.join(', ')}` }),
    targetPercent: z.number().gt(0, 'must be above 0%').lt(100, 'must be below 100%'),
    windowDays: z.number().int('must be whole days').min(1, 'must be at least 1 day').max(366),
    policyMinRemaining: z.number().min(-1).max(1).default(0),
  })
  .strict();

const measurement = z
  .object({
    start: instant,
    end: instant,
    good: z.number().int('must be a whole number').min(0, 'must not be negative'),
    total: z.number().int('must be a whole number').min(0, 'must not be negative'),
  })
  .strict()
  .refine(windowRefine, windowMessage)
  .refine((m) => m.good <= m.total, { message: 'good must not exceed total', path: ['good'] });

const canaryMetricSettings = z
  .object({
    name: text(120),
    direction: z.enum(['higher-is-worse', 'lower-is-worse']).default('higher-is-worse'),
    tolerance: z.number().min(0, 'must not be negative').max(10).default(0.1),
    critical: z.boolean().default(false),
  })
  .strict();

const csv = z.string().max(5_000_000, 'the file is larger than 5 MB');
const range = z.object({ from: instant, to: instant }).strict();

export const releaseMethods = {
  'releases.list': method<ReleaseView[]>()(empty),
  'releases.get': method<ReleaseDetail>()(z.object(releaseId).strict()),
  'releases.save': method<ReleaseView>({ writes: true })(releaseFields),
  'releases.transition': method<ReleaseView>({ writes: true })(
    z
      .object({
        ...releaseId,
        status: z.enum(RELEASE_STATUSES),
        /** When it happened; default now. */
        at: instant.optional(),
        /** Declares the change an emergency, to pass a NO-GO gate; the justification is audited. */
        emergency: z
          .object({ justification: text(4000) })
          .strict()
          .optional(),
      })
      .strict(),
  ),
  'releases.approve': method<ReleaseView>({ writes: true })(z.object(releaseId).strict()),
  'releases.override': method<ReleaseView>({ writes: true })(
    z.object({ ...releaseId, justification: text(4000) }).strict(),
  ),
  'releases.retire': method<null>({ writes: true })(z.object(releaseId).strict()),
  'calendar.get': method<CalendarView>()(range),
  'calendar.saveFreeze': method<FreezeView>({ writes: true })(freezeFields),
  'calendar.retireFreeze': method<null>({ writes: true })(z.object({ id }).strict()),
  'calendar.saveMaintenance': method<MaintenanceView>({ writes: true })(maintenanceFields),
  'calendar.retireMaintenance': method<null>({ writes: true })(z.object({ id }).strict()),
  'risk.weights': method<RiskWeightsView>()(empty),
  'risk.setWeights': method<RiskWeightsView>({ writes: true })(
    z
      .object({
        weights: z.partialRecord(
          z.enum(RISK_FACTORS),
          z.number().min(0, 'must not be negative').max(100, 'must be at most 100'),
        ),
      })
      .strict(),
  ),
  'slos.list': method<SloView[]>()(empty),
  'slos.save': method<SloView>({ writes: true })(sloFields),
  'slos.addMeasurement': method<SloView>({ writes: true })(z.object({ sloId: id, measurement }).strict()),
  'slos.importCsv': method<CsvImportResult>({ writes: true })(z.object({ sloId: id, csv }).strict()),
  'canary.list': method<CanaryView[]>()(z.object({ releaseId: id.optional() }).strict()),
  'canary.import': method<CanaryView>({ writes: true })(
    z
      .object({
        ...releaseId,
        name: text(200),
        csv,
        metrics: z.array(canaryMetricSettings).max(100).default([]),
        passThreshold: z.number().min(0).max(100).default(90),
        marginalThreshold: z.number().min(0).max(100).default(75),
      })
      .strict()
      .refine((c) => c.marginalThreshold <= c.passThreshold, {
        message: 'the marginal threshold must not exceed the pass one',
        path: ['marginalThreshold'],
      }),
  ),
  'gate.evaluate': method<GateView>()(z.object(releaseId).strict()),
  'gate.waive': method<WaiverView>({ writes: true })(
    z.object({ ...releaseId, checkId: z.enum(GATE_CHECK_IDS), justification: text(4000) }).strict(),
  ),
  'delivery.metrics': method<DeliveryView>()(range.partial().strict()),
};
