// Message templates per stakeholder group, filled from the incident's own fields so the first draft
// is never blank and never contradicts the register. The person sending edits the draft; the log
// keeps what was actually sent.
import { isoDateTime } from '../../format/datetime';
import { formatDuration } from '../../format/duration';
import type { Audience, IncidentImpact, IncidentSeverity } from './types';
import { incidentStatus } from './types';

export interface MessageFacts {
  title: string;
  severity: IncidentSeverity;
  startedAt: number;
  detectedAt: number;
  restoredAt: number | null;
  resolvedAt: number | null;
  /** Names of the affected services and nodes. */
  services: string[];
  impact: IncidentImpact;
  /** When the draft is written: an open outage's duration runs to it. */
  now: number;
}

const list = (xs: string[]): string => (xs.length === 0 ? 'no named service' : xs.join(', '));

export function draftMessage(audience: Audience, f: MessageFacts): { subject: string; body: string } {
  const status = incidentStatus(f);
  const minutes = Math.max(0, ((f.restoredAt ?? f.now) - f.startedAt) / 60_000);
  const lasted = formatDuration(Math.round(minutes));
  const state =
    status === 'open'
      ? `ongoing for ${lasted}`
      : status === 'restored'
        ? `service restored at ${isoDateTime(new Date(f.restoredAt!))} after ${lasted}`
        : `resolved at ${isoDateTime(new Date(f.resolvedAt!))}; service was down ${lasted}`;
  const clients =
    f.impact.clientsAffected !== undefined
      ? `${f.impact.clientsAffected.toLocaleString('en-GB')} clients`
      : 'an unknown number of clients';
  const since = isoDateTime(new Date(f.startedAt));
  switch (audience) {
    case 'executives':
      return {
        subject: `[${f.severity.toUpperCase()}] ${f.title}: ${status}`,
        body:
          `${f.title} (${f.severity}) affects ${list(f.services)} since ${since}, ${state}. ` +
          `Impact so far: ${clients}` +
          (f.impact.transactionsAffected !== undefined
            ? `, ${f.impact.transactionsAffected.toLocaleString('en-GB')} transactions not processed`
            : '') +
          (f.impact.costsAndLossesEur !== undefined
            ? `, estimated costs EUR ${f.impact.costsAndLossesEur.toLocaleString('en-GB')}`
            : '') +
          '. Next update within the hour or on any change.',
      };
    case 'customers':
      return {
        subject:
          status === 'open'
            ? `Service disruption: ${list(f.services)}`
            : `Service restored: ${list(f.services)}`,
        body:
          status === 'open'
            ? `Since ${since} some of our services (${list(f.services)}) are unavailable or slow. We are working to restore them and will update you. We apologise for the inconvenience.`
            : `The disruption to ${list(f.services)} that began at ${since} is over: ${state}. We apologise for the inconvenience.`,
      };
    case 'regulators':
      return {
        subject: `ICT-related incident notification: ${f.title}`,
        body:
          `Incident "${f.title}" detected at ${isoDateTime(new Date(f.detectedAt))}, started ${since}, ${state}. ` +
          `Services affected: ${list(f.services)}. Clients affected: ${clients}. ` +
          `Member States: ${f.impact.memberStates?.join(', ') || 'not yet known'}. Further details follow in the intermediate and final reports.`,
      };
    case 'support':
      return {
        subject: `Support brief: ${f.title}`,
        body:
          `Customers may report problems with ${list(f.services)} since ${since}; status: ${state}. ` +
          'Acknowledge, do not promise a restoration time, and point them to the status page.',
      };
  }
}
