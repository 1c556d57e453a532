// Operational resilience vocabulary (DESIGN.md §4 "Operational resilience"; PRA SS1/21): important
// business services with impact tolerances, severe-but-plausible scenarios, and what a scenario does
// to each service. Plain data, so it crosses the IPC boundary and a Web Worker unchanged.

import type { GraphInput } from '../graph/types';
import type { Minutes, NodeKind } from '../model';
import type { RunbookStep } from '../runbook/types';

/** What a scenario takes out. */
export type FailureSelector =
  /** One node (a site, a vendor node, an application, a named person…) and what propagates from it. */
  | { type: 'node'; nodeId: string }
  /**
   * The node and every node that directly relies on it, redundant or not: "all of cloud provider X"
   * (its regions fail together) or "the whole site" (everything hosted there).
   */
  | { type: 'all-of'; nodeId: string }
  /** Every node of a kind, e.g. 'people' for loss of staff. */
  | { type: 'kind'; kind: NodeKind };

/** The part of a service the scenario arithmetic reads. */
export interface ServiceSpec {
  id: string;
  name: string;
  /** Processes and resources that deliver the service (its footprint). */
  nodeIds: readonly string[];
  /** The tightest maximum time of disruption among its tolerances; null when none is set. */
  toleranceMinutes: Minutes | null;
}

export interface ScenarioSpec {
  id: string;
  name: string;
  failures: readonly FailureSelector[];
}

/** A runbook's steps as the scenario Monte Carlo reads them (restoresNodeIds link steps to nodes). */
export interface RunbookSpec {
  id: string;
  name: string;
  steps: readonly RunbookStep[];
}

export interface MonteCarloSettings {
  runs: number;
  seed: number;
}

export interface ResilienceInput {
  graph: GraphInput;
  runbooks: readonly RunbookSpec[];
  services: readonly ServiceSpec[];
  scenarios: readonly ScenarioSpec[];
  mc: MonteCarloSettings;
}

/** A what-if a planner tries on a breach (remediation). */
export type RemediationChange =
  /** A redundant twin outside the scenario: the node stays up (its consumers no longer fail through it). */
  | { type: 'redundant'; nodeId: string }
  /** A faster runbook step: new three-point estimate. */
  | {
      type: 'step';
      runbookId: string;
      stepId: string;
      minMinutes: Minutes;
      likelyMinutes: Minutes;
      maxMinutes: Minutes;
    };

export type CellStatus = 'unaffected' | 'within' | 'breach' | 'no-tolerance';

export interface PathStep {
  nodeId: string;
  name: string;
  /** Own restore time on this path (likely values). */
  ownMinutes: Minutes;
  /** Where the own time comes from. */
  source: 'runbook' | 'estimate' | 'proven' | 'none';
  runbookId?: string;
}

/** One scenario × service cell. */
export interface MatrixCell {
  scenarioId: string;
  serviceId: string;
  status: CellStatus;
  /** Footprint nodes that go down. */
  downNodeIds: string[];
  /** Achievable recovery with likely estimates (critical path), null when unaffected. */
  achievableMinutes: Minutes | null;
  toleranceMinutes: Minutes | null;
  /** P(recovered within tolerance) over the Monte Carlo; 1 when unaffected, null without a tolerance. */
  probability: number | null;
  /** Binomial standard error of probability. */
  standardError: number | null;
  /** Mean simulated recovery time, null when unaffected. */
  meanMinutes: Minutes | null;
  /** From the slowest footprint node down the critical path (likely values). */
  path: PathStep[];
  explanation: string;
}

export interface ScenarioOutcome {
  scenarioId: string;
  /** Every node that fails, origins first. */
  failedNodeIds: string[];
  originNodeIds: string[];
  /** Selectors that named nothing (an unknown or retired node): said, never silently dropped. */
  problems: string[];
  cells: MatrixCell[];
}

export interface ScenarioMatrix {
  runs: number;
  seed: number;
  scenarios: ScenarioOutcome[];
}

export interface RemediationHint {
  change: RemediationChange;
  label: string;
  /** The cell recomputed with the change. */
  achievableMinutes: Minutes | null;
  probability: number | null;
  status: CellStatus;
}
