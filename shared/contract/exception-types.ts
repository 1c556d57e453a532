// Result types of the exceptions register (risk acceptances) and release pre-mortems.
import type { ExceptionStatus, PremortemLevel, Standing, TriggerMetric } from '../domain/exceptions';

export type { ExceptionStatus } from '../domain/exceptions';

/** How a conflict stands against the exceptions register; absent when no exception names it. */
export type ConflictAcceptance = Standing;

export interface ExceptionView {
  id: string;
  conflictKey: string;
  conflictKind: string;
  conflictSummary: string;
  rationale: string;
  compensatingControls: string;
  owner: string;
  expiresOn: string;
  raisedBy: string;
  raisedAt: string;
  acceptedBy: string | null;
  acceptedAt: string | null;
  withdrawnAt: string | null;
  /** Computed from the clock: an accepted exception past its expiry day is expired. */
  status: ExceptionStatus;
  /** Whether the analysis still reports the conflict (false: it was fixed, the exception is moot). */
  conflictOpen: boolean;
  /** Whether the acceptance's sign-off verifies against the roster; null before acceptance. */
  signatureValid: boolean | null;
}

/** A conflict the analyses report now, with the key an exception would name. */
export interface ConflictCandidate {
  key: string;
  kind: string;
  subject: string;
  message: string;
  acceptance?: ConflictAcceptance;
}

export interface ExceptionsView {
  asOf: string;
  exceptions: ExceptionView[];
  conflicts: ConflictCandidate[];
}

export interface FailureModeView {
  id: string;
  description: string;
  likelihood: PremortemLevel;
  impact: PremortemLevel;
  detection: string;
  mitigation: string;
  trigger: {
    metric: TriggerMetric;
    name: string;
    comparator: 'above' | 'below';
    threshold: number;
    unit: string;
  };
  /** The rollback trigger in words. */
  triggerText: string;
  score: number;
  createdAt: string;
}

export interface PremortemView {
  releaseId: string;
  riskLevel: 'low' | 'medium' | 'high';
  /** A high-risk release needs a pre-mortem before the gate passes. */
  required: boolean;
  modes: FailureModeView[];
}
