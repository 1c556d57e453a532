// Writing incidents: the register row (auditing only the fields that changed), timeline entries,
// crisis-run events, messages, reviews and the review policy. Rules (time order, a review only for a
// failed release) are checked by the domain before these run; these only write and audit.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { IncidentView } from '../../../../shared/contract';
import type { Audience } from '../../../../shared/domain/incident';
import type { Db } from '../db';
import { eventColumns, type EventInput } from '../drtests/run-events';
import { constraintError } from '../rows';
import {
  incident,
  incidentEntry,
  incidentMessage,
  incidentPolicy,
  incidentRunEvent,
  review,
} from '../schema';
import type { WriteContext, Written } from '../write';
import { incidentReads, type ReviewRow } from './read';

export type IncidentFields = Omit<IncidentView, 'id' | 'createdAt' | 'updatedAt' | 'runbookVersionIds'>;
export type ReviewFields = Pick<
  ReviewRow,
  | 'subject'
  | 'incidentId'
  | 'releaseId'
  | 'whatHappened'
  | 'contributingFactors'
  | 'wentWell'
  | 'facilitator'
  | 'completedAt'
>;

const INCIDENT_FIELDS = [
  'title',
  'severity',
  'summary',
  'startedAt',
  'detectedAt',
  'restoredAt',
  'resolvedAt',
  'nodeIds',
  'causeReleaseId',
  'rootCause',
  'impact',
] as const satisfies readonly (keyof IncidentFields)[];

const REVIEW_FIELDS = [
  'whatHappened',
  'contributingFactors',
  'wentWell',
  'facilitator',
  'completedAt',
] as const satisfies readonly (keyof ReviewFields)[];

/** JSON columns come back as fresh objects: compare them by content. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function incidentWrites(db: Db) {
  const read = incidentReads(db);
  return {
    saveIncident(w: WriteContext, id: string | undefined, values: IncidentFields): Written<string> {
      const at = w.now.toISOString();
      const before = id ? db.select().from(incident).where(eq(incident.id, id)).get() : undefined;
      try {
        if (!before) {
          const rowId = id ?? randomUUID();
          db.insert(incident)
            .values({ ...values, id: rowId, createdAt: at, updatedAt: at })
            .run();
          return {
            value: rowId,
            audit: [{ action: 'incident.create', entity: 'incident', entityId: rowId, after: values }],
          };
        }
        const changed = INCIDENT_FIELDS.filter((f) => !same(before[f], values[f]));
        if (changed.length === 0) return { value: before.id, audit: [] };
        const pick = (o: Partial<IncidentFields>) =>
          Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
        db.update(incident)
          .set({ ...pick(values), updatedAt: at })
          .where(eq(incident.id, before.id))
          .run();
        return {
          value: before.id,
          audit: [
            {
              action: 'incident.update',
              entity: 'incident',
              entityId: before.id,
              before: pick(before),
              after: pick(values),
            },
          ],
        };
      } catch (err) {
        throw constraintError(err, `An incident "${values.title}"`);
      }
    },

    addEntry(w: WriteContext, incidentId: string, at: number, text: string): Written<string> {
      const id = randomUUID();
      const stamp = w.now.toISOString();
      const row = { id, incidentId, at, author: w.actor.name, text };
      db.insert(incidentEntry)
        .values({ ...row, createdAt: stamp, updatedAt: stamp })
        .run();
      return {
        value: id,
        audit: [{ action: 'incident.entry', entity: 'incident', entityId: incidentId, after: row }],
      };
    },

    /** Adds a runbook version to those the incident's crisis run uses. */
    openRunbook(w: WriteContext, incidentId: string, versionId: string): Written<null> {
      const before = read.incident(incidentId).runbookVersionIds;
      const after = [...before, versionId];
      db.update(incident)
        .set({ runbookVersionIds: after, updatedAt: w.now.toISOString() })
        .where(eq(incident.id, incidentId))
        .run();
      return {
        value: null,
        audit: [
          {
            action: 'incident.openRunbook',
            entity: 'incident',
            entityId: incidentId,
            before: { runbookVersionIds: before },
            after: { runbookVersionIds: after },
          },
        ],
      };
    },

    /** Stores one event of the crisis run, stamped `w.now`, as a DR test's run stores its events. */
    recordEvent(w: WriteContext, incidentId: string, e: EventInput): Written<null> {
      db.insert(incidentRunEvent)
        .values({ incidentId, ...eventColumns(e, w.now.getTime()) })
        .run();
      return {
        value: null,
        audit: [
          {
            action: `incident.run.${e.type}`,
            entity: 'incident',
            entityId: incidentId,
            after: { ...e, at: w.now.toISOString() },
          },
        ],
      };
    },

    logMessage(
      w: WriteContext,
      incidentId: string,
      m: { audience: Audience; recipients: string; subject: string; body: string; sentAt: number },
    ): Written<string> {
      const id = randomUUID();
      const stamp = w.now.toISOString();
      const row = { id, incidentId, ...m, sentBy: w.actor.name };
      db.insert(incidentMessage)
        .values({ ...row, createdAt: stamp, updatedAt: stamp })
        .run();
      return {
        value: id,
        audit: [{ action: 'incident.message', entity: 'incident', entityId: incidentId, after: row }],
      };
    },

    /** Creates the review of its subject, or edits it (auditing only the fields that changed). */
    saveReview(w: WriteContext, values: ReviewFields): Written<string> {
      const at = w.now.toISOString();
      const before = read.reviewOf(
        values.incidentId ? { incidentId: values.incidentId } : { releaseId: values.releaseId ?? '' },
      );
      if (!before) {
        const id = randomUUID();
        db.insert(review)
          .values({ ...values, id, createdAt: at, updatedAt: at })
          .run();
        return {
          value: id,
          audit: [{ action: 'review.create', entity: 'review', entityId: id, after: values }],
        };
      }
      const changed = REVIEW_FIELDS.filter((f) => before[f] !== values[f]);
      if (changed.length === 0) return { value: before.id, audit: [] };
      const pick = (o: Partial<ReviewFields>) => Object.fromEntries(changed.map((f) => [f, o[f] ?? null]));
      db.update(review)
        .set({ ...pick(values), updatedAt: at })
        .where(eq(review.id, before.id))
        .run();
      return {
        value: before.id,
        audit: [
          {
            action: 'review.update',
            entity: 'review',
            entityId: before.id,
            before: pick(before),
            after: pick(values),
          },
        ],
      };
    },

    setReviewDueDays(w: WriteContext, days: number): Written<number> {
      const before = read.reviewDueDays();
      // An explicit policy is recorded even at the default, so the workspace says what it decided.
      const row = db.select().from(incidentPolicy).get();
      if (row && before === days) return { value: days, audit: [] };
      const at = w.now.toISOString();
      db.insert(incidentPolicy)
        .values({ id: 'default', reviewDueDays: days, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: incidentPolicy.id, set: { reviewDueDays: days, updatedAt: at } })
        .run();
      return {
        value: days,
        audit: [
          {
            action: 'incident.policy',
            entity: 'incident_policy',
            entityId: 'default',
            before: { reviewDueDays: before },
            after: { reviewDueDays: days },
          },
        ],
      };
    },
  };
}
