// DR-test vocabulary. Times are epoch milliseconds (UTC numbers): they sort, subtract and store
// without parsing, and the renderer formats them in the user's zone. Durations reported to people
// are minutes, like the rest of the domain.

import type { Minutes } from '../model';
import type { StepId } from '../runbook/types';

export type EpochMs = number;

export const DR_TEST_TYPES = [
  'tabletop',
  'walkthrough',
  'simulation',
  'parallel',
  'full-interruption',
] as const;
export type DrTestType = (typeof DR_TEST_TYPES)[number];

export type StepOutcome = 'ok' | 'failed' | 'skipped';

/** One step as executed. Unfinished steps have no finishedAt (and no outcome yet). */
export interface StepExecution {
  stepId: StepId;
  startedAt: EpochMs;
  finishedAt?: EpochMs;
  outcome?: StepOutcome;
  notes?: string;
}

/** The exercise was halted between from and to; an open pause has no `to` yet. */
export interface Pause {
  from: EpochMs;
  to?: EpochMs;
}

/** What a test measured; the input to the result computations. */
export interface DrTestExecution {
  /** When the (simulated) disruption began: the zero of every recovery-time clock. */
  disruptionAt: EpochMs;
  /** When the test was closed; the last finish time is used when absent. */
  endedAt?: EpochMs;
  steps: StepExecution[];
  pauses: Pause[];
  /** Measured data loss per node in minutes (e.g. failure time − last replicated transaction). */
  dataLoss: { nodeId: string; minutes: Minutes }[];
}

/** A node in the test's scope with the objectives it is held to. */
export interface NodeObjective {
  nodeId: string;
  rtoMinutes: Minutes;
  rpoMinutes: Minutes;
}

export type Verdict = 'pass' | 'fail' | 'incomplete';

export interface NodeResult {
  nodeId: string;
  rtoMinutes: Minutes;
  rpoMinutes: Minutes;
  /** Recovery time actual in minutes (may be fractional); absent when the node was not restored. */
  rtcMinutes?: Minutes;
  /** RTC − RTO: positive = overran the objective, negative = margin to spare. */
  gapMinutes?: Minutes;
  dataLossMinutes?: Minutes;
  /** Data loss − RPO, same sign convention as gapMinutes. */
  dataLossGapMinutes?: Minutes;
  /** Steps (in runbook order) that restore this node. */
  stepIds: StepId[];
  failedStepIds: StepId[];
  verdict: Verdict;
  /** Plain-language reasons for anything but a pass. */
  reasons: string[];
}

export interface TimelineRow {
  stepId: StepId;
  title: string;
  /** Minutes from the disruption, from the critical-path schedule at likely durations. */
  plannedStart: Minutes;
  plannedFinish: Minutes;
  /** Active minutes (pauses excluded) from the disruption; absent for steps not started/finished. */
  actualStart?: Minutes;
  actualFinish?: Minutes;
  /** Actual active duration − likely duration. */
  varianceMinutes?: Minutes;
  outcome?: StepOutcome;
  notes?: string;
}

export interface DrTestResult {
  /** Active minutes from the disruption to the end of the test, pauses excluded. */
  elapsedActiveMinutes: Minutes;
  pausedMinutes: Minutes;
  nodes: NodeResult[];
  verdict: Verdict;
  timeline: TimelineRow[];
}
