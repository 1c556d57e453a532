// Incident vocabulary. Instants are epoch milliseconds (UTC), like DR-test runs and releases, so that
// outage intervals subtract and compare without parsing; durations shown to people are minutes.
import type { EpochMs } from '../drtest/types';

/** sev1 is the most severe: a major outage of a critical service. */
export const INCIDENT_SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const ROOT_CAUSES = [
  'change',
  'capacity',
  'hardware',
  'software',
  'network',
  'third-party',
  'security',
  'human-error',
  'process',
  'environment',
  'unknown',
] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

/** The four stakeholder groups a communications log and its message templates address. */
export const AUDIENCES = ['executives', 'customers', 'regulators', 'support'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * What the incident cost and whom it touched. Every field is optional: impact is usually known only
 * in part while the incident lasts. The DORA fields follow Commission Delegated Regulation (EU)
 * 2024/1772, Articles 1 to 7 (see dora.ts).
 */
export interface IncidentImpact {
  /** Clients affected (Art. 1(1)) and all clients using the affected service (Art. 9(1)(a)). */
  clientsAffected?: number;
  clientsTotal?: number;
  /** Financial counterparts affected and all those active in the service (Art. 9(1)(c)). */
  counterpartsAffected?: number;
  counterpartsTotal?: number;
  /** Transactions not processed, and the daily average of the service (Art. 9(1)(d)). */
  transactionsAffected?: number;
  transactionsDailyAverage?: number;
  /** Value of the transactions not processed (EUR), and the daily average value (Art. 9(1)(e)). */
  valueAffectedEur?: number;
  valueDailyAverageEur?: number;
  /** Clients or counterparts identified as relevant under Art. 1(3) were affected (Art. 9(1)(f)). */
  relevantClientsAffected?: boolean;
  /** Reputational impact, Art. 2(1)(a)–(d). */
  reputational?: { media: boolean; complaints: boolean; regulatoryBreach: boolean; clientLoss: boolean };
  /** Member States where the incident had an impact (Art. 4), as ISO country codes. */
  memberStates?: string[];
  /** Data losses, Art. 5: which properties of data were affected, and what was lost, in words. */
  dataLoss?: {
    availability: boolean;
    authenticity: boolean;
    integrity: boolean;
    confidentiality: boolean;
    /** The impact has or will have an adverse impact on business objectives or regulatory requirements (Art. 9(5)(a)). */
    adverse: boolean;
  };
  dataLostDescription?: string;
  /** A successful, malicious and unauthorised access to network and information systems (Art. 6(c), 9(5)(b)). */
  maliciousAccess?: boolean;
  /** Art. 6(a): ICT services supporting critical or important functions; Art. 6(b): authorised services. */
  criticalFunctionsAffected?: boolean;
  authorisedServicesAffected?: boolean;
  /** Direct and indirect costs and losses (EUR), without recoveries (Art. 7). */
  costsAndLossesEur?: number;
}

export interface IncidentTimes {
  /** When the outage began: the zero of time to restore. */
  startedAt: EpochMs;
  detectedAt: EpochMs;
  /** When the service was back at its level before the incident. */
  restoredAt: EpochMs | null;
  /** When the incident was closed (root cause addressed or accepted). */
  resolvedAt: EpochMs | null;
}

export type IncidentStatus = 'open' | 'restored' | 'resolved';

export function incidentStatus(t: IncidentTimes): IncidentStatus {
  if (t.resolvedAt !== null) return 'resolved';
  if (t.restoredAt !== null) return 'restored';
  return 'open';
}
