// Result types of the operational-resilience methods: services, tolerances, scenarios, the flags on
// them, the reviews that expire, and the input the scenario matrix is computed from.
import type {
  FailureSelector,
  ResilienceInput,
  ReviewState,
  SharedResource,
  ToleranceMtdFlag,
} from '../domain/resilience';

export interface ReviewStanding {
  lastReviewedAt: string | null;
  reviewIntervalDays: number;
  state: ReviewState;
  dueAt: string | null;
}

export interface ToleranceView {
  id: string;
  serviceId: string;
  label: string;
  maxDisruptionMinutes: number;
  customersAffected: number | null;
  transactionsNotProcessed: number | null;
  valueNotProcessed: number | null;
  dataLossMinutes: number | null;
  rationale: string;
  review: ReviewStanding;
}

export interface ServiceView {
  id: string;
  name: string;
  description: string;
  customers: string;
  owner: string;
  nodeIds: string[];
  /** Names of the footprint nodes, in nodeIds order ("(retired)" for a node no longer on the map). */
  nodeNames: string[];
  tolerances: ToleranceView[];
  /** The tightest maximum time of disruption, null when no tolerance is set. */
  toleranceMinutes: number | null;
  review: ReviewStanding;
}

export type ScenarioSource = 'previous-incident' | 'sector-event' | 'near-miss' | 'other';

export interface ScenarioView {
  id: string;
  name: string;
  description: string;
  source: ScenarioSource;
  assumptions: string;
  failures: FailureSelector[];
  /** One line per failure: "Site: Leeds data centre (all of it)". */
  failureLabels: string[];
  review: ReviewStanding;
  /** DR tests that exercised the scenario, with their measured recovery against the tolerances. */
  tests: ScenarioTestView[];
}

export interface ScenarioTestView {
  testId: string;
  name: string;
  status: string;
  verdict: string | null;
  completedAt: string | null;
  /** Per service whose footprint the test measured: its measured recovery against its tolerance. */
  outcomes: {
    serviceId: string;
    serviceName: string;
    measuredMinutes: number;
    toleranceMinutes: number;
    within: boolean;
  }[];
}

export interface ReviewItem {
  kind: 'bia' | 'service' | 'tolerance' | 'scenario';
  id: string;
  name: string;
  state: ReviewState;
  dueAt: string | null;
  lastReviewedAt: string | null;
  /** Why it is due: the interval, or the release that changed a dependency. */
  reason: string;
}

export interface ResilienceOverview {
  services: ServiceView[];
  scenarios: ScenarioView[];
  toleranceFlags: ToleranceMtdFlag[];
  sharedResources: SharedResource[];
  /** Everything whose review is overdue, expires soon, was never done or was called back by a release. */
  reviews: ReviewItem[];
}

/** What the renderer's worker computes the scenario × service matrix from. */
export type MatrixInput = ResilienceInput;
