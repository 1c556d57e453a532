// Reading incidents: the register, an incident's timeline entries, crisis-run events and messages,
// reviews, and the review policy.
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { AppError, type IncidentMessageView, type IncidentView } from '../../../../shared/contract';
import type { RunEvent } from '../../../../shared/domain/drtest';
import { DEFAULT_REVIEW_DUE_DAYS } from '../../../../shared/domain/incident';
import type { Db } from '../db';
import { toEvent } from '../drtests/run-events';
import { once } from '../lazy-query';
import {
  incident,
  incidentEntry,
  incidentMessage,
  incidentPolicy,
  incidentRunEvent,
  review,
} from '../schema';

export const incidentView = {
  id: incident.id,
  title: incident.title,
  severity: incident.severity,
  summary: incident.summary,
  startedAt: incident.startedAt,
  detectedAt: incident.detectedAt,
  restoredAt: incident.restoredAt,
  resolvedAt: incident.resolvedAt,
  nodeIds: incident.nodeIds,
  causeReleaseId: incident.causeReleaseId,
  rootCause: incident.rootCause,
  impact: incident.impact,
  runbookVersionIds: incident.runbookVersionIds,
  createdAt: incident.createdAt,
  updatedAt: incident.updatedAt,
};

const messageView = {
  id: incidentMessage.id,
  audience: incidentMessage.audience,
  recipients: incidentMessage.recipients,
  subject: incidentMessage.subject,
  body: incidentMessage.body,
  sentBy: incidentMessage.sentBy,
  sentAt: incidentMessage.sentAt,
};

export type ReviewRow = typeof review.$inferSelect;
export type IncidentEntryRow = typeof incidentEntry.$inferSelect;

export function incidentReads(db: Db) {
  const incidentId = sql.placeholder('incidentId');
  const eventsQuery = once(() =>
    db
      .select()
      .from(incidentRunEvent)
      .where(eq(incidentRunEvent.incidentId, incidentId))
      .orderBy(asc(incidentRunEvent.seq))
      .prepare(),
  );
  return {
    /** Live incidents, the latest started first. */
    list(): IncidentView[] {
      return db
        .select(incidentView)
        .from(incident)
        .where(isNull(incident.retiredAt))
        .orderBy(desc(incident.startedAt), asc(incident.title))
        .all();
    },

    incident(id: string): IncidentView {
      const row = db
        .select(incidentView)
        .from(incident)
        .where(and(eq(incident.id, id), isNull(incident.retiredAt)))
        .get();
      if (!row) throw new AppError('NOT_FOUND', 'That incident does not exist.');
      return row;
    },

    entries(id: string): IncidentEntryRow[] {
      return db
        .select()
        .from(incidentEntry)
        .where(eq(incidentEntry.incidentId, id))
        .orderBy(asc(incidentEntry.at))
        .all();
    },

    /** The crisis run as recorded, oldest first. */
    runEvents(id: string): RunEvent[] {
      return eventsQuery().all({ incidentId: id }).map(toEvent);
    },

    messages(id: string): IncidentMessageView[] {
      return db
        .select(messageView)
        .from(incidentMessage)
        .where(eq(incidentMessage.incidentId, id))
        .orderBy(asc(incidentMessage.sentAt))
        .all();
    },

    reviews(): ReviewRow[] {
      return db.select().from(review).orderBy(asc(review.createdAt)).all();
    },

    reviewOf(subject: { incidentId: string } | { releaseId: string }): ReviewRow | undefined {
      return db
        .select()
        .from(review)
        .where(
          'incidentId' in subject
            ? eq(review.incidentId, subject.incidentId)
            : eq(review.releaseId, subject.releaseId),
        )
        .get();
    },

    review(id: string): ReviewRow {
      const row = db.select().from(review).where(eq(review.id, id)).get();
      if (!row) throw new AppError('NOT_FOUND', 'That review does not exist.');
      return row;
    },

    reviewDueDays(): number {
      return (
        db.select({ d: incidentPolicy.reviewDueDays }).from(incidentPolicy).get()?.d ??
        DEFAULT_REVIEW_DUE_DAYS
      );
    },
  };
}
