// DORA major-incident classification, from the text of Commission Delegated Regulation (EU)
// 2024/1772 (the RTS on classification of ICT-related incidents, OJ L 2024/1772, 25.6.2024).
// Each threshold below cites the article and point it implements. The rule (Art. 8(1)): an incident
// is major when it affected critical services (Art. 6) AND either the threshold of Art. 9(5)(b)
// (successful, malicious and unauthorised access that may result in data losses) is met, or two or
// more of the other materiality thresholds of Art. 9(1) to (6) are met. Critical services affected
// is therefore a necessary condition: no count of other criteria makes an incident major without it.
// Recurring incidents (Art. 8(2)) are not aggregated here.
import type { IncidentImpact } from './types';

const HOUR_MINUTES = 60;

/** Art. 9(1)(a): affected clients higher than 10 % of all clients using the affected service. */
export const CLIENTS_SHARE = 0.1;
/** Art. 9(1)(b): affected clients using the affected service higher than 100 000. */
export const CLIENTS_ABSOLUTE = 100_000;
/** Art. 9(1)(c): affected financial counterparts higher than 30 % of all counterparts of the service. */
export const COUNTERPARTS_SHARE = 0.3;
/** Art. 9(1)(d): affected transactions higher than 10 % of the daily average number. */
export const TRANSACTIONS_SHARE = 0.1;
/** Art. 9(1)(e): amount of affected transactions higher than 10 % of the daily average value. */
export const VALUE_SHARE = 0.1;
/** Art. 9(3)(a): duration (occurrence to resolution, Art. 3(1)) longer than 24 hours. */
export const DURATION_MINUTES = 24 * HOUR_MINUTES;
/** Art. 9(3)(b): service downtime (Art. 3(2)) longer than 2 hours for ICT services supporting critical or important functions. */
export const DOWNTIME_MINUTES = 2 * HOUR_MINUTES;
/** Art. 9(4): an impact in two or more Member States (Art. 4). */
export const MEMBER_STATES = 2;
/** Art. 9(6): costs and losses (Art. 7) have exceeded or are likely to exceed EUR 100 000. */
export const COSTS_EUR = 100_000;

export type DoraCriterionId =
  'clients' | 'reputational' | 'duration' | 'geographical' | 'data-losses' | 'economic';

export interface DoraCriterion {
  id: DoraCriterionId;
  label: string;
  /** The article and paragraph whose threshold this is. */
  article: string;
  met: boolean;
  /** Which points were met, in words with the figures; empty when not met. */
  reasons: string[];
}

export interface DoraInput {
  impact: IncidentImpact;
  /** Art. 3(1): from occurrence to resolution (an estimate while unresolved). */
  durationMinutes: number;
  /** Art. 3(2): from unavailability to restoration of the level of service. */
  downtimeMinutes: number;
}

export interface DoraClassification {
  major: boolean;
  /** Art. 6: the necessary condition, with the points met. */
  criticalServices: { met: boolean; reasons: string[] };
  criteria: DoraCriterion[];
  /** Art. 9(5)(b) on its own suffices (Art. 8(1)(a)). */
  maliciousAccessThreshold: boolean;
  /** Why major or not, in one sentence citing Art. 8(1). */
  reason: string;
}

/** The impact fields a classification needs, with the label people see. */
export const DORA_FIELDS: readonly { key: keyof IncidentImpact; label: string }[] = [
  { key: 'criticalFunctionsAffected', label: 'critical or important functions affected (Art. 6(a))' },
  { key: 'authorisedServicesAffected', label: 'authorised or supervised services affected (Art. 6(b))' },
  { key: 'maliciousAccess', label: 'successful malicious unauthorised access (Art. 6(c), 9(5)(b))' },
  { key: 'clientsAffected', label: 'clients affected (Art. 9(1)(a), (b))' },
  { key: 'clientsTotal', label: 'all clients using the service (Art. 9(1)(a))' },
  { key: 'counterpartsAffected', label: 'financial counterparts affected (Art. 9(1)(c))' },
  { key: 'counterpartsTotal', label: 'all financial counterparts of the service (Art. 9(1)(c))' },
  { key: 'transactionsAffected', label: 'transactions affected (Art. 9(1)(d))' },
  { key: 'transactionsDailyAverage', label: 'daily average number of transactions (Art. 9(1)(d))' },
  { key: 'valueAffectedEur', label: 'value of transactions affected (Art. 9(1)(e))' },
  { key: 'valueDailyAverageEur', label: 'daily average value of transactions (Art. 9(1)(e))' },
  { key: 'relevantClientsAffected', label: 'relevant clients or counterparts affected (Art. 9(1)(f))' },
  { key: 'reputational', label: 'reputational impact (Art. 2(1))' },
  { key: 'memberStates', label: 'Member States affected (Art. 4)' },
  { key: 'dataLoss', label: 'data losses (Art. 5)' },
  { key: 'costsAndLossesEur', label: 'costs and losses in EUR (Art. 7)' },
];

/** The impact fields still unknown, by label, in the order above; empty when classification can run. */
export function doraMissingFields(impact: IncidentImpact): string[] {
  return DORA_FIELDS.filter((f) => impact[f.key] === undefined || impact[f.key] === null).map((f) => f.label);
}

const pct = (share: number): string => `${Math.round(share * 1000) / 10} %`;
const above = (affected: number, total: number, share: number): boolean => affected > share * total;
const num = (n: number): string => n.toLocaleString('en-GB');

/** Article 9(1): any of points (a) to (f). */
function clientsCriterion(i: Required<IncidentImpact>): DoraCriterion {
  const r: string[] = [];
  if (above(i.clientsAffected, i.clientsTotal, CLIENTS_SHARE))
    r.push(
      `Art. 9(1)(a): ${num(i.clientsAffected)} of ${num(i.clientsTotal)} clients affected, more than ${pct(CLIENTS_SHARE)}.`,
    );
  if (i.clientsAffected > CLIENTS_ABSOLUTE)
    r.push(`Art. 9(1)(b): ${num(i.clientsAffected)} clients affected, more than ${num(CLIENTS_ABSOLUTE)}.`);
  if (above(i.counterpartsAffected, i.counterpartsTotal, COUNTERPARTS_SHARE))
    r.push(
      `Art. 9(1)(c): ${num(i.counterpartsAffected)} of ${num(i.counterpartsTotal)} financial counterparts affected, more than ${pct(COUNTERPARTS_SHARE)}.`,
    );
  if (above(i.transactionsAffected, i.transactionsDailyAverage, TRANSACTIONS_SHARE))
    r.push(
      `Art. 9(1)(d): ${num(i.transactionsAffected)} transactions affected against a daily average of ${num(i.transactionsDailyAverage)}, more than ${pct(TRANSACTIONS_SHARE)}.`,
    );
  if (above(i.valueAffectedEur, i.valueDailyAverageEur, VALUE_SHARE))
    r.push(
      `Art. 9(1)(e): EUR ${num(i.valueAffectedEur)} of transactions affected against a daily average of EUR ${num(i.valueDailyAverageEur)}, more than ${pct(VALUE_SHARE)}.`,
    );
  if (i.relevantClientsAffected) r.push('Art. 9(1)(f): relevant clients or financial counterparts affected.');
  return {
    id: 'clients',
    label: 'Clients, financial counterparts and transactions',
    article: 'Art. 9(1)',
    met: r.length > 0,
    reasons: r,
  };
}

/** Article 9(2): any of the conditions of Article 2(1)(a) to (d). */
function reputationalCriterion(i: Required<IncidentImpact>): DoraCriterion {
  const rep = i.reputational;
  const r = [
    rep.media && 'Art. 2(1)(a): reflected in the media.',
    rep.complaints && 'Art. 2(1)(b): repetitive complaints from different clients or counterparts.',
    rep.regulatoryBreach && 'Art. 2(1)(c): regulatory requirements not (likely to be) met.',
    rep.clientLoss && 'Art. 2(1)(d): clients or counterparts (likely to be) lost with a material impact.',
  ].filter((x): x is string => typeof x === 'string');
  return {
    id: 'reputational',
    label: 'Reputational impact',
    article: 'Art. 9(2)',
    met: r.length > 0,
    reasons: r,
  };
}

/** Article 9(3): duration over 24 h, or downtime over 2 h for ICT services supporting critical functions. */
function durationCriterion(i: Required<IncidentImpact>, input: DoraInput): DoraCriterion {
  const r: string[] = [];
  if (input.durationMinutes > DURATION_MINUTES)
    r.push(`Art. 9(3)(a): lasted ${hours(input.durationMinutes)}, longer than 24 h.`);
  if (i.criticalFunctionsAffected && input.downtimeMinutes > DOWNTIME_MINUTES)
    r.push(
      `Art. 9(3)(b): service down ${hours(input.downtimeMinutes)}, longer than 2 h, for ICT services supporting critical or important functions.`,
    );
  return {
    id: 'duration',
    label: 'Duration and service downtime',
    article: 'Art. 9(3)',
    met: r.length > 0,
    reasons: r,
  };
}

const hours = (minutes: number): string => `${Math.round((minutes / 60) * 10) / 10} h`;

/** Article 9(4): an impact in two or more Member States. */
function geographicalCriterion(i: Required<IncidentImpact>): DoraCriterion {
  const states = [...new Set(i.memberStates.map((s) => s.trim().toUpperCase()).filter(Boolean))];
  const met = states.length >= MEMBER_STATES;
  return {
    id: 'geographical',
    label: 'Geographical spread',
    article: 'Art. 9(4)',
    met,
    reasons: met ? [`Art. 9(4): impact in ${states.length} Member States (${states.join(', ')}).`] : [],
  };
}

/** Article 9(5)(a): an Art. 5 impact on data with an adverse impact on business objectives or compliance. */
function dataLossCriterion(i: Required<IncidentImpact>): DoraCriterion {
  const d = i.dataLoss;
  const hit = (['availability', 'authenticity', 'integrity', 'confidentiality'] as const).filter((k) => d[k]);
  const met = hit.length > 0 && d.adverse;
  return {
    id: 'data-losses',
    label: 'Data losses',
    article: 'Art. 9(5)',
    met,
    reasons: met
      ? [
          `Art. 9(5)(a): ${hit.join(', ')} of data affected, with an adverse impact on business objectives or regulatory requirements.`,
        ]
      : [],
  };
}

/** Article 9(6): costs and losses over EUR 100 000. */
function economicCriterion(i: Required<IncidentImpact>): DoraCriterion {
  const met = i.costsAndLossesEur > COSTS_EUR;
  return {
    id: 'economic',
    label: 'Economic impact',
    article: 'Art. 9(6)',
    met,
    reasons: met
      ? [`Art. 9(6): costs and losses of EUR ${num(i.costsAndLossesEur)}, more than EUR 100 000.`]
      : [],
  };
}

export class DoraMissingDataError extends Error {
  constructor(readonly missing: string[]) {
    super(`The DORA classification needs these impact fields: ${missing.join('; ')}.`);
  }
}

/** Classifies an incident; throws DoraMissingDataError listing every field still unknown. */
export function classifyDora(input: DoraInput): DoraClassification {
  const missing = doraMissingFields(input.impact);
  if (missing.length > 0) throw new DoraMissingDataError(missing);
  // Every field was checked present just above.
  const i = input.impact as Required<IncidentImpact>;
  const critical = [
    i.criticalFunctionsAffected &&
      'Art. 6(a): ICT services supporting critical or important functions affected.',
    i.authorisedServicesAffected &&
      'Art. 6(b): financial services requiring authorisation or supervision affected.',
    i.maliciousAccess &&
      'Art. 6(c): a successful, malicious and unauthorised access to network and information systems.',
  ].filter((x): x is string => typeof x === 'string');
  const criteria = [
    clientsCriterion(i),
    reputationalCriterion(i),
    durationCriterion(i, input),
    geographicalCriterion(i),
    dataLossCriterion(i),
    economicCriterion(i),
  ];
  // Art. 9(5)(b): malicious access "not covered by point (a)" that may result in data losses.
  const malicious = i.maliciousAccess;
  const met = criteria.filter((c) => c.met);
  const criticalMet = critical.length > 0;
  const major = criticalMet && (malicious || met.length >= 2);
  const reason = !criticalMet
    ? 'Not major: no critical service was affected (Art. 6), which Art. 8(1) requires.'
    : malicious
      ? 'Major under Art. 8(1)(a): critical services affected and a successful, malicious and unauthorised access (Art. 9(5)(b)).'
      : major
        ? `Major under Art. 8(1)(b): critical services affected and ${met.length} materiality thresholds met (${met.map((c) => c.article).join(', ')}).`
        : `Not major: critical services affected, but ${met.length === 0 ? 'no materiality threshold is' : `only one materiality threshold (${met[0]!.article}) is`} met; Art. 8(1)(b) needs two.`;
  return {
    major,
    criticalServices: { met: criticalMet, reasons: critical },
    criteria,
    maliciousAccessThreshold: malicious,
    reason,
  };
}
