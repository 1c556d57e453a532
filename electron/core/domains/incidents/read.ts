// Reading incidents: the register with status, time to restore, whether each is major and whether its
// review is overdue; one incident with its crisis run (derived from its events, so it resumes after a
// restart), a timeline that fills itself from the run and the communications log, its review and its
// DORA classification.
import type {
  IncidentDetail,
  IncidentListRow,
  IncidentView,
  ReviewListRow,
  ReviewView,
  TimelineEntry,
} from '../../../../shared/contract';
import { deriveRunState, type RunEvent } from '../../../../shared/domain/drtest';
import {
  classifyDora,
  doraMissingFields,
  incidentStatus,
  reviewDue,
  timeToRestoreMinutes,
  type DoraClassification,
} from '../../../../shared/domain/incident';
import type { RunbookVersionView } from '../../../../shared/contract';
import type { ReviewRow } from '../../store/incidents/read';
import { compiledWorkspaceGraph } from '../graph/read';
import type { Reader } from '../runbooks/read';

const MINUTE_MS = 60_000;

/** Art. 3 of Delegated Regulation (EU) 2024/1772: duration to resolution, downtime to restoration (estimated to `now` while open). */
export function doraDurations(
  i: IncidentView,
  now: number,
): { durationMinutes: number; downtimeMinutes: number } {
  return {
    durationMinutes: ((i.resolvedAt ?? now) - i.startedAt) / MINUTE_MS,
    downtimeMinutes: ((i.restoredAt ?? now) - i.startedAt) / MINUTE_MS,
  };
}

/** The classification, or null with the fields it still needs. */
export function doraOf(i: IncidentView, now: number): IncidentDetail['dora'] {
  const missing = doraMissingFields(i.impact);
  if (missing.length > 0) return { classification: null, missing };
  const classification: DoraClassification = classifyDora({ impact: i.impact, ...doraDurations(i, now) });
  return { classification, missing: [] };
}

export function toReviewView(r: Reader, row: ReviewRow): ReviewView {
  return {
    id: row.id,
    subject: row.subject,
    incidentId: row.incidentId,
    releaseId: row.releaseId,
    whatHappened: row.whatHappened,
    contributingFactors: row.contributingFactors,
    wentWell: row.wentWell,
    facilitator: row.facilitator,
    completedAt: row.completedAt,
    actions: r.store.drtests.findings({ reviewId: row.id }),
  };
}

function listRow(
  i: IncidentView,
  review: ReviewRow | undefined,
  dueDays: number,
  now: number,
): IncidentListRow {
  const dora = doraOf(i, now);
  const major = i.severity === 'sev1' || dora.classification?.major === true;
  return {
    ...i,
    status: incidentStatus(i),
    major,
    timeToRestoreMinutes: timeToRestoreMinutes(i),
    reviewOverdue: major && reviewDue(i, review?.completedAt ?? null, dueDays, now).overdue,
  };
}

export function incidentList(r: Reader, now: number): IncidentListRow[] {
  const reviews = new Map(
    r.store.incidents.reviews().flatMap((v) => (v.incidentId ? [[v.incidentId, v]] : [])),
  );
  const days = r.store.incidents.reviewDueDays();
  return r.store.incidents.list().map((i) => listRow(i, reviews.get(i.id), days, now));
}

/** What each run event says on the timeline. */
function runLine(e: RunEvent, title: (id: string) => string): string {
  switch (e.type) {
    case 'started':
      return 'Crisis run started.';
    case 'step-started':
      return `Step started: ${title(e.stepId)}.`;
    case 'step-finished':
      return `Step ${e.outcome === 'ok' ? 'done' : e.outcome}: ${title(e.stepId)}${e.notes ? ` (${e.notes})` : ''}.`;
    case 'paused':
      return `Crisis run paused${e.reason ? `: ${e.reason}` : ''}.`;
    case 'resumed':
      return 'Crisis run resumed.';
    case 'ended':
      return 'Crisis run ended.';
  }
}

export function incidentDetail(r: Reader, incidentId: string, now: number): IncidentDetail {
  const s = r.store;
  const i = s.incidents.incident(incidentId);
  const reviewRow = s.incidents.reviewOf({ incidentId });
  const row = listRow(i, reviewRow, s.incidents.reviewDueDays(), now);
  const { graph } = compiledWorkspaceGraph(s);
  const nodes = i.nodeIds.map((id) => {
    const n = graph.nodes[graph.indexOf.get(id) ?? -1];
    return { id, name: n?.name ?? id, rtoMinutes: n?.rtoMinutes ?? null, rpoMinutes: n?.rpoMinutes ?? null };
  });
  const runbooks: RunbookVersionView[] = i.runbookVersionIds.map((v) => s.runbooks.versionView(v));
  const stepTitle = new Map(runbooks.flatMap((v) => v.steps.map((st) => [st.id, st.title] as const)));
  const events = s.incidents.runEvents(incidentId);
  const messages = s.incidents.messages(incidentId);
  const cause = i.causeReleaseId ? s.releases.get(i.causeReleaseId) : null;
  const times: TimelineEntry[] = [
    { at: i.startedAt, source: 'times', author: '', text: 'Outage started.' },
    { at: i.detectedAt, source: 'times', author: '', text: 'Detected.' },
    ...(i.restoredAt !== null
      ? [{ at: i.restoredAt, source: 'times' as const, author: '', text: 'Service restored.' }]
      : []),
    ...(i.resolvedAt !== null
      ? [{ at: i.resolvedAt, source: 'times' as const, author: '', text: 'Resolved.' }]
      : []),
  ];
  const timeline: TimelineEntry[] = [
    ...times,
    ...s.incidents
      .entries(incidentId)
      .map((e) => ({ at: e.at, source: 'entry' as const, author: e.author, text: e.text })),
    ...events.map((e) => ({
      at: e.at,
      source: 'run' as const,
      author: '',
      text: runLine(e, (id) => stepTitle.get(id) ?? id),
    })),
    ...messages.map((m) => ({
      at: m.sentAt,
      source: 'message' as const,
      author: m.sentBy,
      text: `Told ${m.audience} (${m.recipients}): ${m.subject}`,
    })),
  ].sort((a, b) => a.at - b.at);
  return {
    incident: row,
    nodes,
    causeRelease: cause
      ? { id: cause.id, name: cause.name, version: cause.version, status: cause.status }
      : null,
    runbooks,
    events,
    state: deriveRunState(events, now),
    timeline,
    messages,
    review: reviewRow ? toReviewView(r, reviewRow) : null,
    reviewDue: row.major
      ? reviewDue(i, reviewRow?.completedAt ?? null, s.incidents.reviewDueDays(), now)
      : null,
    dora: doraOf(i, now),
  };
}

/** Every review with the title of its subject. */
export function reviewList(r: Reader): ReviewListRow[] {
  return r.store.incidents.reviews().map((row) => {
    const title =
      row.subject === 'incident'
        ? r.store.incidents.incident(row.incidentId ?? '').title
        : (() => {
            const rel = r.store.releases.get(row.releaseId ?? '');
            return `${rel.name} ${rel.version}`;
          })();
    return { ...toReviewView(r, row), title };
  });
}
