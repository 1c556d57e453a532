// What the incidents and reviews API returns. Instants are epoch milliseconds (UTC), as in DR-test
// runs; the renderer formats them in the reader's zone.
import type { RunEvent, RunState } from '../domain/drtest';
import type {
  Audience,
  DoraClassification,
  IncidentImpact,
  IncidentSeverity,
  IncidentStatus,
  AvailabilityReport,
  ChangeFailureRate,
  ReviewDue,
  ReviewSubject,
  RootCause,
} from '../domain/incident';
import type { FindingView, RunbookVersionView } from './runbook-types';

export interface IncidentView {
  id: string;
  title: string;
  severity: IncidentSeverity;
  summary: string;
  startedAt: number;
  detectedAt: number;
  restoredAt: number | null;
  resolvedAt: number | null;
  nodeIds: string[];
  causeReleaseId: string | null;
  rootCause: RootCause;
  impact: IncidentImpact;
  runbookVersionIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface IncidentListRow extends IncidentView {
  status: IncidentStatus;
  /** sev1, or major under DORA. */
  major: boolean;
  timeToRestoreMinutes: number | null;
  reviewOverdue: boolean;
}

/** One line of an incident's timeline: written by a person, or filled in from the crisis run or the log. */
export interface TimelineEntry {
  at: number;
  source: 'entry' | 'run' | 'message' | 'times';
  author: string;
  text: string;
}

export interface IncidentMessageView {
  id: string;
  audience: Audience;
  recipients: string;
  subject: string;
  body: string;
  sentBy: string;
  sentAt: number;
}

export interface ReviewView {
  id: string;
  subject: ReviewSubject;
  incidentId: string | null;
  releaseId: string | null;
  whatHappened: string;
  contributingFactors: string;
  wentWell: string;
  facilitator: string;
  completedAt: number | null;
  /** The review's actions: findings with owner, due date and status. */
  actions: FindingView[];
}

export interface IncidentDetail {
  incident: IncidentListRow;
  nodes: { id: string; name: string; rtoMinutes: number | null; rpoMinutes: number | null }[];
  causeRelease: { id: string; name: string; version: string; status: string } | null;
  /** The runbook versions opened in crisis mode, with their steps (step ids are what run events name). */
  runbooks: RunbookVersionView[];
  events: RunEvent[];
  state: RunState;
  timeline: TimelineEntry[];
  messages: IncidentMessageView[];
  review: ReviewView | null;
  /** For a major incident: when its review is due and whether it is overdue. */
  reviewDue: ReviewDue | null;
  /** DORA classification, or the impact fields it still needs. */
  dora: { classification: DoraClassification | null; missing: string[] };
}

export interface ReviewListRow extends ReviewView {
  title: string;
}

/** Measures from real outages over the last twelve months. */
export interface IncidentMeasures {
  report: AvailabilityReport;
  changeFailureRate: ChangeFailureRate;
}
