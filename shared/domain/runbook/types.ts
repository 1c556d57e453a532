// Runbook vocabulary: steps with three-point estimates and dependencies, and the results of the
// timing analyses. Plain data so it crosses the IPC boundary and lands in the store unchanged.

import type { Minutes } from '../model';

export type StepId = string;

export interface RunbookStep {
  id: StepId;
  title: string;
  /** Optimistic estimate (PERT a). */
  minMinutes: Minutes;
  /** Most likely estimate (PERT m); the critical path uses it unless told otherwise. */
  likelyMinutes: Minutes;
  /** Pessimistic estimate (PERT b). */
  maxMinutes: Minutes;
  /** Steps that must finish before this one starts. Empty = starts at time 0 (parallel with others). */
  dependsOn: StepId[];
  role?: string;
  /** Markdown. */
  instructions?: string;
  /** How the operator proves the step worked before moving on. */
  verification?: string;
  /** True when the system is in a known-good state after this step, so a rollback can return here. */
  rollbackPoint?: boolean;
  /** Graph node ids this step brings back; DR-test results measure recovery time per node from them. */
  restoresNodeIds?: string[];
}

export type RunbookKind = 'deployment' | 'rollback' | 'recovery' | 'failover';

export type RunbookStrategy =
  'blue-green' | 'canary' | 'rolling' | 'expand-contract' | 'failover' | 'restore';

export type RunbookIssueCode =
  'empty-id' | 'duplicate-id' | 'bad-estimate' | 'unknown-dependency' | 'self-dependency' | 'cycle';

/** One validation problem, with the steps involved and a sentence a person can act on. */
export interface RunbookIssue {
  code: RunbookIssueCode;
  stepIds: StepId[];
  message: string;
}

export interface StepSchedule {
  earliestStart: Minutes;
  earliestFinish: Minutes;
  latestStart: Minutes;
  latestFinish: Minutes;
  /** latestStart − earliestStart: how long the step can slip without delaying the runbook. */
  slack: Minutes;
}

export interface CriticalPathResult {
  total: Minutes;
  /** Step ids from the first to the last step of one longest path. */
  path: StepId[];
  schedule: Record<StepId, StepSchedule>;
}

export interface MonteCarloOptions {
  /** Number of simulated executions; at least MIN_RUNS, default DEFAULT_RUNS. */
  runs?: number;
  /** 32-bit seed; the same seed and steps give identical results. Default 1. */
  seed?: number;
  rtoMinutes?: Minutes;
  /** Histogram bin count, default 40. */
  bins?: number;
}

export interface HistogramBin {
  binStart: Minutes;
  /** Exclusive, except for the last bin which includes the maximum. */
  binEnd: Minutes;
  count: number;
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  mean: Minutes;
  stdDev: Minutes;
  p50: Minutes;
  p90: Minutes;
  p95: Minutes;
  min: Minutes;
  max: Minutes;
  /** Fraction of runs with total ≤ RTO; present only when an RTO was given. */
  pMeetRto?: number;
  rtoMinutes?: Minutes;
  histogram: HistogramBin[];
  /** Fraction of runs in which the step lay on the critical path (ties go to the earlier-listed step). */
  criticality: Record<StepId, number>;
}
