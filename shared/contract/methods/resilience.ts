// Operational resilience: important business services, impact tolerances, severe-but-plausible
// scenarios, and reviews. Messages say exactly what is wrong, since bad input changes nothing.
import { z } from 'zod';
import { NODE_KINDS } from '../../domain/model';
import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../../domain/resilience';
import { method } from '../method';
import type { MatrixInput, ResilienceOverview, ServiceView } from '../resilience-types';
import type { CoverageRow } from '../../domain/resilience';
import { empty, id, optionalText, text, rowId } from '../schemas';

const reviewInterval = z
  .number({ error: 'must be a number of days' })
  .int('must be whole days')
  .min(1, 'must be at least 1 day')
  .max(3650, 'must be at most ten years (3,650 days)');
const positiveMinutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .int(`${what} must be whole minutes`)
    .positive(`${what} must be more than 0 minutes`)
    .max(525_600, `${what} must be at most a year (525,600 minutes)`);
const count = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(1e12)
  .nullable()
  .optional();

export const serviceInput = z
  .object({
    id: rowId.optional(),
    name: text(200),
    description: optionalText(4000).default(''),
    customers: optionalText(1000).default(''),
    owner: z
      .string()
      .trim()
      .min(1, 'An important business service needs an owner (a named person accountable for it).')
      .max(200, 'must be at most 200 characters'),
    nodeIds: z.array(id).max(500, 'at most 500 nodes').default([]),
    reviewIntervalDays: reviewInterval.default(DEFAULT_REVIEW_INTERVAL_DAYS),
  })
  .strict();

export const toleranceInput = z
  .object({
    id: rowId.optional(),
    serviceId: id,
    label: text(200),
    maxDisruptionMinutes: positiveMinutes('The maximum time of disruption'),
    customersAffected: count,
    transactionsNotProcessed: count,
    valueNotProcessed: z.number().finite().min(0, 'must not be negative').nullable().optional(),
    dataLossMinutes: z.number().int().min(0, 'must not be negative').max(525_600).nullable().optional(),
    rationale: optionalText(4000).default(''),
    reviewIntervalDays: reviewInterval.default(DEFAULT_REVIEW_INTERVAL_DAYS),
  })
  .strict();

export const failureSelector = z.discriminatedUnion('type', [
  z.object({ type: z.literal('node'), nodeId: id }).strict(),
  z.object({ type: z.literal('all-of'), nodeId: id }).strict(),
  z.object({ type: z.literal('kind'), kind: z.enum(NODE_KINDS) }).strict(),
]);

export const scenarioInput = z
  .object({
    id: rowId.optional(),
    name: text(200),
    description: optionalText(4000).default(''),
    source: z.enum(['previous-incident', 'sector-event', 'near-miss', 'other'], {
      error: 'must be previous-incident, sector-event, near-miss or other',
    }),
    assumptions: optionalText(4000).default(''),
    failures: z.array(failureSelector).min(1, 'A scenario must name at least one thing that fails.').max(200),
    reviewIntervalDays: reviewInterval.default(DEFAULT_REVIEW_INTERVAL_DAYS),
  })
  .strict();

export const resilienceMethods = {
  'resilience.overview': method<ResilienceOverview>()(empty),
  'resilience.matrixInput': method<MatrixInput>()(empty),
  'resilience.coverage': method<CoverageRow[]>()(empty),
  'services.save': method<ServiceView>({ writes: true })(serviceInput),
  'services.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'tolerances.save': method<{ id: string }>({ writes: true })(toleranceInput),
  'tolerances.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'scenarios.save': method<{ id: string }>({ writes: true })(scenarioInput),
  'scenarios.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'scenarios.linkTest': method<null>({ writes: true })(
    z.object({ testId: id, scenarioId: id.nullable() }).strict(),
  ),
  'reviews.record': method<null>({ writes: true })(
    z
      .object({
        kind: z.enum(['bia', 'service', 'tolerance', 'scenario']),
        id,
        intervalDays: reviewInterval.optional(),
      })
      .strict(),
  ),
} as const;
