// Result types of the runbook, DR-test and finding methods.
import type { RunEvent, RunState } from '../domain/drtest/run-state';
import type { DrTestResult, DrTestType, Verdict } from '../domain/drtest/types';
import type {
  CriticalPathResult,
  MonteCarloResult,
  RunbookIssue,
  RunbookKind,
} from '../domain/runbook/types';

export type RunbookVersionStatus = 'draft' | 'in_review' | 'approved' | 'retired';

export interface RunbookStepView {
  id: string;
  /** Stable across versions; dependencies name keys. */
  key: string;
  position: number;
  title: string;
  role: string;
  instructions: string;
  verification: string;
  rollbackPoint: boolean;
  minMinutes: number;
  likelyMinutes: number;
  maxMinutes: number;
  dependsOn: string[];
  restoresNodeIds: string[];
}

export interface RunbookVersionView {
  id: string;
  runbookId: string;
  version: number;
  status: RunbookVersionStatus;
  description: string;
  targetNodeIds: string[];
  authorName: string;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  steps: RunbookStepView[];
}

export interface RunbookTiming {
  criticalPath: CriticalPathResult;
  monteCarlo: MonteCarloResult;
  /** The tightest RTO among the target nodes; null when none has one. */
  rtoMinutes: number | null;
  rtoFrom: string | null;
}

export interface RunbookSummary {
  id: string;
  name: string;
  kind: RunbookKind;
  strategy: string;
  templateId: string | null;
  latest: { id: string; version: number; status: RunbookVersionStatus };
  approved: { id: string; version: number; approvedBy: string | null; approvedAt: string | null } | null;
  targetNodeIds: string[];
  stepCount: number;
}

/** A list row: the summary with the latest version's chance of meeting its targets' RTO. */
export interface RunbookListRow extends RunbookSummary {
  /** Null when the steps do not validate, there are none, or no target has an RTO. */
  pMeetRto: number | null;
  rtoMinutes: number | null;
  criticalPathMinutes: number | null;
}

export interface RunbookDetail {
  summary: RunbookSummary;
  versions: {
    id: string;
    version: number;
    status: RunbookVersionStatus;
    authorName: string;
    approvedBy: string | null;
    approvedAt: string | null;
  }[];
  /** The version asked for, else the latest. */
  version: RunbookVersionView;
  /** Null when the steps do not validate (see issues) or there are none. */
  timing: RunbookTiming | null;
  issues: RunbookIssue[];
}

export interface RunbookTemplateView {
  id: string;
  name: string;
  kind: RunbookKind;
  strategy: string;
  description: string;
  stepCount: number;
}

export interface StepChange {
  key: string;
  title: string;
  change: 'added' | 'removed' | 'changed' | 'same';
  fields: string[];
}

export interface RunbookComparison {
  left: RunbookVersionView;
  right: RunbookVersionView;
  changes: StepChange[];
}

export interface FindingView {
  id: string;
  testId: string | null;
  stepId: string | null;
  title: string;
  description: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  owner: string;
  dueDate: string | null;
  status: 'open' | 'in_progress' | 'closed';
  /** Set on a review's action: the review, and the process whose BIA it changes. */
  reviewId: string | null;
  processId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DrTestPlan {
  id: string;
  name: string;
  type: DrTestType;
  scenario: string;
  scopeNodeIds: string[];
  runbookVersionIds: string[];
  objectives: string;
  participants: string;
  scheduledAt: string | null;
  status: 'planned' | 'running' | 'completed' | 'cancelled';
  verdict: Verdict | null;
  dataLoss: { nodeId: string; minutes: number }[];
  completedAt: string | null;
}

export interface DrTestDetail {
  plan: DrTestPlan;
  /** The runbook versions used, with their steps (step ids are what run events name). */
  runbooks: RunbookVersionView[];
  nodes: { id: string; name: string; rtoMinutes: number | null; rpoMinutes: number | null }[];
  events: RunEvent[];
  state: RunState;
  /** From the events so far (and the measured data loss); null before the start. */
  result: DrTestResult | null;
  findings: FindingView[];
}

export interface OverdueNode {
  nodeId: string;
  name: string;
  kind: string;
  tierName: string;
  testFrequencyDays: number;
  lastPassedAt: string | null;
  daysOverdue: number | null;
}
