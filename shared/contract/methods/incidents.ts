// Incidents (register, timeline, crisis-mode runs, communications log, DORA classification and
// report fields) and reviews (post-incident and post-implementation) with their actions.
import { z } from 'zod';
import { AUDIENCES, INCIDENT_SEVERITIES, ROOT_CAUSES } from '../../domain/incident';
import { method } from '../method';
import { empty, id, optionalText, text, rowId } from '../schemas';
import type { Delivery } from '../types';
import type { FindingView } from '../runbook-types';
import type {
  IncidentDetail,
  IncidentListRow,
  IncidentMeasures,
  ReviewListRow,
  ReviewView,
} from '../incident-types';
import { instant } from './releases';
import { runEvent } from './runbooks';

const count = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(1e12, 'is too large');
const eur = z.number({ error: 'must be a number' }).min(0, 'must not be negative').max(1e15, 'is too large');

export const impactSchema = z
  .object({
    clientsAffected: count.optional(),
    clientsTotal: count.optional(),
    counterpartsAffected: count.optional(),
    counterpartsTotal: count.optional(),
    transactionsAffected: count.optional(),
    transactionsDailyAverage: count.optional(),
    valueAffectedEur: eur.optional(),
    valueDailyAverageEur: eur.optional(),
    relevantClientsAffected: z.boolean().optional(),
    reputational: z
      .object({
        media: z.boolean(),
        complaints: z.boolean(),
        regulatoryBreach: z.boolean(),
        clientLoss: z.boolean(),
      })
      .strict()
      .optional(),
    memberStates: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code'),
      )
      .max(40)
      .optional(),
    dataLoss: z
      .object({
        availability: z.boolean(),
        authenticity: z.boolean(),
        integrity: z.boolean(),
        confidentiality: z.boolean(),
        adverse: z.boolean(),
      })
      .strict()
      .optional(),
    dataLostDescription: optionalText(4000).optional(),
    maliciousAccess: z.boolean().optional(),
    criticalFunctionsAffected: z.boolean().optional(),
    authorisedServicesAffected: z.boolean().optional(),
    costsAndLossesEur: eur.optional(),
  })
  .strict();

const incidentId = { incidentId: id };
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be a date (YYYY-MM-DD)');

export const incidentMethods = {
  'incidents.list': method<IncidentListRow[]>()(empty),
  'incidents.get': method<IncidentDetail>()(z.object(incidentId).strict()),
  /** Creates or edits an incident; times out of order are refused with the reason. */
  'incidents.save': method<IncidentDetail>({ writes: true })(
    z
      .object({
        id: rowId.optional(),
        title: text(200),
        severity: z.enum(INCIDENT_SEVERITIES, { error: `must be one of ${INCIDENT_SEVERITIES.join(', ')}` }),
        summary: optionalText(8000).default(''),
        startedAt: instant,
        detectedAt: instant,
        restoredAt: instant.nullable().default(null),
        resolvedAt: instant.nullable().default(null),
        nodeIds: z.array(id).max(2000).default([]),
        causeReleaseId: id.nullable().default(null),
        rootCause: z
          .enum(ROOT_CAUSES, { error: `must be one of ${ROOT_CAUSES.join(', ')}` })
          .default('unknown'),
        impact: impactSchema.default({}),
      })
      .strict(),
  ),
  'incidents.addEntry': method<IncidentDetail>({ writes: true })(
    z.object({ ...incidentId, at: instant.optional(), text: text(4000) }).strict(),
  ),
  /** Crisis mode: opens a recovery or rollback runbook (its latest version) against the incident. */
  'incidents.openRunbook': method<IncidentDetail>({ writes: true })(
    z.object({ ...incidentId, runbookId: id }).strict(),
  ),
  /** One event of the crisis run, stamped when it arrives and stored at once (as a DR test's). */
  'incidents.record': method<IncidentDetail>({ writes: true })(
    z.object({ ...incidentId, event: runEvent }).strict(),
  ),
  /** Logs a message sent to a stakeholder group. */
  'incidents.logMessage': method<IncidentDetail>({ writes: true })(
    z
      .object({
        ...incidentId,
        audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }),
        recipients: text(1000),
        subject: text(300),
        body: text(20_000),
        sentAt: instant.optional(),
      })
      .strict(),
  ),
  /** A message template for a stakeholder group, filled from the incident's fields. */
  'incidents.draftMessage': method<{ subject: string; body: string }>()(
    z.object({ ...incidentId, audience: z.enum(AUDIENCES) }).strict(),
  ),
  /** The DORA classification; refused with the list of impact fields it still needs. */
  'incidents.classify': method<IncidentDetail['dora']>()(z.object(incidentId).strict()),
  /** The data fields of the DORA initial, intermediate and final reports, as CSV or JSON. */
  'incidents.exportDoraReport': method<Delivery>()(
    z.object({ ...incidentId, format: z.enum(['csv', 'json']) }).strict(),
  ),
  /** Availability per service per month against its SLA target, MTTR and change failure rate (12 months). */
  'incidents.measures': method<IncidentMeasures>()(empty),
  'incidents.policy': method<{ reviewDueDays: number }>()(empty),
  'incidents.setPolicy': method<{ reviewDueDays: number }>({ writes: true })(
    z
      .object({
        reviewDueDays: z
          .number()
          .int('must be whole days')
          .min(1, 'must be at least 1 day')
          .max(365, 'must be at most 365 days'),
      })
      .strict(),
  ),

  'reviews.list': method<ReviewListRow[]>()(empty),
  /** Creates or edits the review of an incident or of a failed or rolled-back release. */
  'reviews.save': method<ReviewView>({ writes: true })(
    z
      .object({
        subject: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('incident'), incidentId: id }).strict(),
          z.object({ kind: z.literal('release'), releaseId: id }).strict(),
        ]),
        whatHappened: optionalText(20_000).default(''),
        contributingFactors: optionalText(20_000).default(''),
        wentWell: optionalText(20_000).default(''),
        facilitator: optionalText(200).default(''),
        completed: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Adds or edits an action of a review: a finding that may point at a runbook step or a process's BIA. */
  'reviews.saveAction': method<FindingView>({ writes: true })(
    z
      .object({
        reviewId: id,
        id: rowId.optional(),
        title: text(200),
        description: optionalText(8000).default(''),
        severity: z.enum(['low', 'medium', 'high', 'critical']).default('medium'),
        owner: text(120),
        dueDate: isoDate.nullable().default(null),
        status: z.enum(['open', 'in_progress', 'closed']).default('open'),
        stepId: id.nullable().default(null),
        processId: id.nullable().default(null),
      })
      .strict(),
  ),
} as const;
