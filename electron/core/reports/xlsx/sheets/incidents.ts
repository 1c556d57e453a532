// Incidents (times, time to restore, major, cause), reviews (post-incident and post-implementation)
// and the reviews' actions with owner, due date and status.
import { DATE_TIME, MINUTES, type SheetSpec } from '../sheet';

const at = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export const incidentsSheet: SheetSpec = {
  name: 'Incidents',
  columns: [
    { header: 'Incident', key: 'title', width: 40 },
    { header: 'Severity', key: 'severity', width: 9 },
    { header: 'Major', key: 'major', width: 7 },
    { header: 'Status', key: 'status', width: 10 },
    { header: 'Started', key: 'started', width: 20, numFmt: DATE_TIME },
    { header: 'Detected', key: 'detected', width: 20, numFmt: DATE_TIME },
    { header: 'Restored', key: 'restored', width: 20, numFmt: DATE_TIME },
    { header: 'Resolved', key: 'resolved', width: 20, numFmt: DATE_TIME },
    { header: 'Time to restore (min)', key: 'ttr', width: 19, numFmt: MINUTES },
    { header: 'Affected', key: 'nodes', width: 40 },
    { header: 'Root cause', key: 'cause', width: 13 },
    { header: 'Caused by release', key: 'release', width: 22 },
    { header: 'Clients affected', key: 'clients', width: 15, numFmt: MINUTES },
    { header: 'Review overdue', key: 'overdue', width: 14 },
    { header: 'Incident id', key: 'id', width: 38 },
  ],
  size: (e) => e.incidents.incidents.length,
  *rows(e) {
    const names = e.incidents.nodeNames;
    for (const i of e.incidents.incidents)
      yield {
        title: i.title,
        severity: i.severity,
        major: i.major ? 'yes' : 'no',
        status: i.status,
        started: at(i.startedAt),
        detected: at(i.detectedAt),
        restored: at(i.restoredAt),
        resolved: at(i.resolvedAt),
        ttr: i.timeToRestoreMinutes === null ? null : Math.round(i.timeToRestoreMinutes),
        nodes: i.nodeIds.map((id) => names.get(id) ?? id).join(', '),
        cause: i.rootCause,
        release: i.causeReleaseId ?? '',
        clients: i.impact.clientsAffected ?? null,
        overdue: i.reviewOverdue ? 'overdue' : '',
        id: i.id,
      };
  },
};

export const reviewsSheet: SheetSpec = {
  name: 'Reviews',
  columns: [
    { header: 'Subject', key: 'kind', width: 10 },
    { header: 'Of', key: 'title', width: 40 },
    { header: 'Completed', key: 'completed', width: 20, numFmt: DATE_TIME },
    { header: 'Facilitator', key: 'facilitator', width: 22 },
    { header: 'What happened', key: 'what', width: 60 },
    { header: 'Contributing factors', key: 'factors', width: 50 },
    { header: 'What went well', key: 'well', width: 50 },
    { header: 'Actions', key: 'actions', width: 9 },
  ],
  size: (e) => e.incidents.reviews.length,
  *rows(e) {
    for (const r of e.incidents.reviews)
      yield {
        kind: r.subject === 'incident' ? 'incident' : 'release',
        title: r.title,
        completed: at(r.completedAt),
        facilitator: r.facilitator,
        what: r.whatHappened,
        factors: r.contributingFactors,
        well: r.wentWell,
        actions: r.actions.length,
      };
  },
};

export const reviewActionsSheet: SheetSpec = {
  name: 'Review actions',
  columns: [
    { header: 'Review of', key: 'review', width: 40 },
    { header: 'Action', key: 'title', width: 50 },
    { header: 'Owner', key: 'owner', width: 22 },
    { header: 'Due', key: 'due', width: 12 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Changes BIA of', key: 'process', width: 26 },
    { header: 'Changes runbook step', key: 'step', width: 38 },
  ],
  size: (e) => e.incidents.reviews.reduce((n, r) => n + r.actions.length, 0),
  *rows(e) {
    for (const r of e.incidents.reviews)
      for (const a of r.actions)
        yield {
          review: r.title,
          title: a.title,
          owner: a.owner,
          due: a.dueDate ?? '',
          status: a.status,
          process: a.processId ? (e.incidents.nodeNames.get(a.processId) ?? a.processId) : '',
          step: a.stepId ?? '',
        };
  },
};
