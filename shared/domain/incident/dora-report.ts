// The data fields of the three DORA reports on a major incident (Regulation (EU) 2022/2554,
// Art. 19(4): initial notification, intermediate report, final report), filled from the register so
// the compliance team can paste them into their authority's form. The field set follows the content
// the reports carry under Delegated Regulation (EU) 2024/1772's criteria; it is not the authority's
// own template (Commission Implementing Regulation (EU) 2025/302 sets the form), which names its own
// codes per field.
import { isoDateTime } from '../../format/datetime';
import type { DoraClassification } from './dora';
import type { IncidentImpact } from './types';

export type DoraReportStage = 'initial' | 'intermediate' | 'final';

export interface DoraReportRow {
  report: DoraReportStage;
  field: string;
  value: string;
}

export interface DoraReportFacts {
  id: string;
  title: string;
  summary: string;
  startedAt: number;
  detectedAt: number;
  restoredAt: number | null;
  resolvedAt: number | null;
  services: string[];
  rootCause: string;
  impact: IncidentImpact;
  classification: DoraClassification;
  /** When the classification was made (the export's time). */
  classifiedAt: number;
  durationMinutes: number;
  downtimeMinutes: number;
  /** Actions from the review, one line each. */
  actions: string[];
}

const when = (t: number | null): string => (t === null ? '' : isoDateTime(new Date(t)));
const yes = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'yes' : 'no');
const n = (x: number | undefined): string => (x === undefined ? '' : String(x));

export function doraReportRows(f: DoraReportFacts): DoraReportRow[] {
  const i = f.impact;
  const c = f.classification;
  const met = c.criteria.filter((x) => x.met);
  const dl = i.dataLoss;
  const rep = i.reputational;
  const rows: [DoraReportStage, string, string][] = [
    ['initial', 'Incident reference', f.id],
    ['initial', 'Title', f.title],
    ['initial', 'Description', f.summary],
    ['initial', 'Detected at (UTC)', when(f.detectedAt)],
    ['initial', 'Classified as major at (UTC)', when(f.classifiedAt)],
    ['initial', 'Major incident (Art. 8(1))', c.major ? 'yes' : 'no'],
    ['initial', 'Classification reason', c.reason],
    ['initial', 'Critical services affected (Art. 6)', c.criticalServices.reasons.join(' ')],
    ['initial', 'Criteria met (Art. 9)', met.map((x) => x.article).join(', ')],
    ['initial', 'Services affected', f.services.join(', ')],
    ['initial', 'Member States affected (Art. 4)', (i.memberStates ?? []).join(', ')],
    ['intermediate', 'Occurred at (UTC)', when(f.startedAt)],
    ['intermediate', 'Service restored at (UTC)', when(f.restoredAt)],
    ['intermediate', 'Duration in minutes (Art. 3(1))', String(Math.round(f.durationMinutes))],
    ['intermediate', 'Service downtime in minutes (Art. 3(2))', String(Math.round(f.downtimeMinutes))],
    ['intermediate', 'Clients affected', n(i.clientsAffected)],
    ['intermediate', 'Clients using the service', n(i.clientsTotal)],
    ['intermediate', 'Financial counterparts affected', n(i.counterpartsAffected)],
    ['intermediate', 'Financial counterparts of the service', n(i.counterpartsTotal)],
    ['intermediate', 'Transactions affected', n(i.transactionsAffected)],
    ['intermediate', 'Daily average transactions', n(i.transactionsDailyAverage)],
    ['intermediate', 'Value of transactions affected (EUR)', n(i.valueAffectedEur)],
    ['intermediate', 'Daily average value (EUR)', n(i.valueDailyAverageEur)],
    ['intermediate', 'Relevant clients or counterparts affected', yes(i.relevantClientsAffected)],
    ['intermediate', 'Reputational impact: media', yes(rep?.media)],
    ['intermediate', 'Reputational impact: repeated complaints', yes(rep?.complaints)],
    ['intermediate', 'Reputational impact: regulatory requirements not met', yes(rep?.regulatoryBreach)],
    ['intermediate', 'Reputational impact: loss of clients', yes(rep?.clientLoss)],
    ['intermediate', 'Data availability affected', yes(dl?.availability)],
    ['intermediate', 'Data authenticity affected', yes(dl?.authenticity)],
    ['intermediate', 'Data integrity affected', yes(dl?.integrity)],
    ['intermediate', 'Data confidentiality affected', yes(dl?.confidentiality)],
    ['intermediate', 'Malicious unauthorised access', yes(i.maliciousAccess)],
    ['intermediate', 'Data lost', i.dataLostDescription ?? ''],
    ['final', 'Resolved at (UTC)', when(f.resolvedAt)],
    ['final', 'Root cause category', f.rootCause],
    ['final', 'Costs and losses (EUR, Art. 7)', n(i.costsAndLossesEur)],
    ['final', 'Actions from the review', f.actions.join(' | ')],
  ];
  return rows.map(([report, field, value]) => ({ report, field, value }));
}

/**
 * CSV of the rows, RFC 4180 quoting. Hand-written: three columns of text need no library, and a cell
 * a spreadsheet would run as a formula (= + - @ first) is prefixed with an apostrophe.
 */
export function doraReportCsv(rows: readonly DoraReportRow[]): string {
  const cell = (s: string): string => {
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return (
    ['report,field,value', ...rows.map((r) => [r.report, r.field, r.value].map(cell).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}
