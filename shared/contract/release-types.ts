// Result types of the release-readiness methods: releases, calendar, risk, SLOs, canary, gate and
// delivery metrics. Instants cross the boundary as ISO 8601 strings in UTC.
import type {
  CanaryResult,
  ChangeType,
  Conflict,
  DeliveryMetrics,
  ErrorBudget,
  BurnRate,
  GatePassage,
  GateResult,
  MetricDirection,
  MonthlyRow,
  ReleaseStatus,
  ReleaseStrategy,
  RiskAssessment,
  RiskWeights,
  SliKind,
} from '../domain/release';

export interface ApprovalView {
  approver: string;
  at: string;
}

export interface ReleaseView {
  id: string;
  name: string;
  version: string;
  nodeIds: string[];
  nodeNames: string[];
  windowStart: string;
  windowEnd: string;
  strategy: ReleaseStrategy;
  changeType: ChangeType;
  changeSize: number;
  rollbackRunbookId: string | null;
  owner: string;
  status: ReleaseStatus;
  committedAt: string | null;
  deployedAt: string | null;
  failureDetectedAt: string | null;
  restoredAt: string | null;
  override: { justification: string; by: string } | null;
  /** How it got past the go/no-go gate when it started; null until then. */
  gatePassage: GatePassage | null;
  approvals: ApprovalView[];
}

export interface FreezeView {
  id: string;
  name: string;
  reason: string;
  start: string;
  end: string;
  scope: { kind: 'everything' | 'tiers' | 'nodes'; ids: string[] };
  /** "everything", "Tier 0, Tier 1" or the node names: what a person reads. */
  scopeLabel: string;
  /** 'none' or RFC 5545 text (shared/domain/release/recurrence.ts). */
  recurrence: string;
  until: string | null;
}

export interface MaintenanceView {
  id: string;
  nodeId: string;
  nodeName: string;
  name: string;
  start: string;
  end: string;
  /** 'none', a legacy word ('weekly', read in UTC) or RFC 5545 text with its time zone. */
  recurrence: string;
  until: string | null;
}

/** One concrete occurrence of a maintenance window inside the range asked for. */
export interface MaintenanceOccurrence {
  windowId: string;
  nodeId: string;
  nodeName: string;
  name: string;
  start: string;
  end: string;
}

/** One concrete occurrence of a freeze inside the range asked for. */
export interface FreezeOccurrence {
  freezeId: string;
  name: string;
  start: string;
  end: string;
}

export interface CalendarView {
  from: string;
  to: string;
  releases: ReleaseView[];
  freezes: FreezeView[];
  maintenanceWindows: MaintenanceView[];
  occurrences: MaintenanceOccurrence[];
  /** Occurrences of the freezes inside the range (a repeating freeze has several). */
  freezeOccurrences: FreezeOccurrence[];
  /** The workspace's IANA time zone, in which people read these. */
  timeZone: string;
  conflicts: Conflict[];
}

export interface RiskWeightsView {
  weights: RiskWeights;
  defaults: RiskWeights;
}

export interface SloView {
  id: string;
  nodeId: string;
  nodeName: string;
  name: string;
  sliKind: SliKind;
  targetPercent: number;
  windowDays: number;
  policyMinRemaining: number;
  measurementCount: number;
  budget: ErrorBudget;
  burn: { short: BurnRate; long: BurnRate };
}

export interface CanaryMetricView {
  id: string;
  name: string;
  direction: MetricDirection;
  tolerance: number;
  critical: boolean;
  baseline: number[];
  canary: number[];
}

export interface CanaryView {
  id: string;
  releaseId: string;
  name: string;
  passThreshold: number;
  marginalThreshold: number;
  createdAt: string;
  metrics: CanaryMetricView[];
  result: CanaryResult;
}

export interface WaiverView {
  id: string;
  checkId: string;
  justification: string;
  approver: string;
  at: string;
}

export interface GateView extends GateResult {
  release: ReleaseView;
  risk: RiskAssessment;
  conflicts: Conflict[];
  waivers: WaiverView[];
  canary: CanaryView | null;
  evaluatedAt: string;
}

export interface ReleaseDetail {
  release: ReleaseView;
  gate: GateView;
}

export interface DeliveryView extends DeliveryMetrics {
  monthly: MonthlyRow[];
}

export interface CsvImportResult {
  imported: number;
}
