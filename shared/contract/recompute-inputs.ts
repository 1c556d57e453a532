// inputs.json: the inputs of every figure an evidence pack reports, exactly as the pure domain code
// (shared/domain) received them, so `steadfast verify --recompute` can rerun that code offline and
// compare. Written as canonical JSON: keys sorted; independent collections (processes, runbooks,
// tests, SLOs, canaries, gates) sorted by id; sequences whose order the domain reads (buckets, tiers,
// the graph's nodes and edges, a runbook's steps, a test's events, an SLO's measurements, canary
// samples) kept in the order the app passed them, since reordering them would change a seeded Monte
// Carlo, a floating-point sum or the order in which the analysis lists what it finds.
import { z } from 'zod';
import { NODE_KINDS } from '../domain/model';
import {
  CHANGE_SIZES,
  CHANGE_TYPES,
  CONFLICT_KINDS,
  GATE_CHECK_IDS,
  RELEASE_STATUSES,
  RELEASE_STRATEGIES,
  SLI_KINDS,
} from '../domain/release';

export const RECOMPUTE_INPUTS_FILE = 'inputs.json';
export const RECOMPUTE_INPUTS_FORMAT = 'steadfast-recompute-inputs';
/** Bump when the shape changes; a verifier refuses a version it does not know. */
export const RECOMPUTE_INPUTS_VERSION = 1;

const id = z.string();
const num = z.number();
const optNum = num.optional();
const nullNum = num.nullable();
const instant = num;

const tier = z.object({
  id,
  name: z.string(),
  rank: num,
  rtoMinutes: num,
  rpoMinutes: num,
  testFrequencyDays: num,
  description: z.string().optional(),
});

const biaProcess = z.object({
  id,
  name: z.string(),
  /** Category id → severities aligned to `bia.buckets`; null = not rated. */
  ratings: z.record(z.string(), z.array(nullNum)),
  wrtMinutes: nullNum.optional(),
  dataLossToleranceMinutes: nullNum.optional(),
  manualRtoMinutes: nullNum.optional(),
  manualRpoMinutes: nullNum.optional(),
  pinnedTierId: z.string().nullable().optional(),
  financialLossByBucket: z.array(nullNum).nullable().optional(),
  mbco: z.string().nullable().optional(),
});

const changeSize = z.union(CHANGE_SIZES.map((n) => z.literal(n)));

const graphNode = z.object({
  id,
  name: z.string(),
  kind: z.enum(NODE_KINDS),
  tierId: z.string().nullable(),
  rtoMinutes: nullNum,
  rpoMinutes: nullNum,
  restoreMinutes: nullNum,
  provenMinutes: nullNum,
  provenAt: z.string().nullable(),
});

const graphEdge = z.object({
  id,
  consumerId: id,
  providerId: id,
  hard: z.boolean(),
  groupId: z.string().nullable(),
});

const step = z.object({
  id,
  title: z.string(),
  minMinutes: num,
  likelyMinutes: num,
  maxMinutes: num,
  dependsOn: z.array(id),
  restoresNodeIds: z.array(id).optional(),
  rollbackPoint: z.boolean().optional(),
});

const runbookVersion = z.object({
  /** The version's id (the Runbooks sheet's "Version id"). */
  id,
  runbookId: id,
  name: z.string(),
  targetNodeIds: z.array(id),
  /** In position order. */
  steps: z.array(step),
});

const runEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), at: instant }),
  z.object({ type: z.literal('step-started'), at: instant, stepId: id }),
  z.object({
    type: z.literal('step-finished'),
    at: instant,
    stepId: id,
    outcome: z.enum(['ok', 'failed', 'skipped']),
    notes: z.string().optional(),
  }),
  z.object({ type: z.literal('paused'), at: instant, reason: z.string().optional() }),
  z.object({ type: z.literal('resumed'), at: instant }),
  z.object({ type: z.literal('ended'), at: instant }),
]);

const drTest = z.object({
  id,
  name: z.string(),
  scopeNodeIds: z.array(id),
  /** Every step of the test's runbooks, ids being the stored step ids the events name. */
  steps: z.array(step),
  /** In recorded order. */
  events: z.array(runEvent),
  dataLoss: z.array(z.object({ nodeId: id, minutes: num })),
});

const slo = z.object({
  id,
  name: z.string(),
  nodeId: id,
  sliKind: z.enum(SLI_KINDS),
  targetPercent: num,
  windowDays: num,
  policyMinRemainingFraction: optNum,
  /** In recorded order. */
  measurements: z.array(z.object({ periodStart: instant, periodEnd: instant, good: num, total: num })),
});

const canaryMetric = z.object({
  id,
  name: z.string(),
  direction: z.enum(['higher-is-worse', 'lower-is-worse']),
  tolerance: num,
  critical: z.boolean().optional(),
  weight: optNum,
  baseline: z.array(num),
  canary: z.array(num),
});

const canary = z.object({
  id,
  releaseId: id,
  name: z.string(),
  passThreshold: num,
  marginalThreshold: num,
  metrics: z.array(canaryMetric),
});

const CHECK_ID = z.enum(GATE_CHECK_IDS);

const release = z.object({
  id,
  name: z.string(),
  version: z.string(),
  nodeIds: z.array(id),
  window: z.object({ start: instant, end: instant }),
  strategy: z.enum(RELEASE_STRATEGIES),
  changeType: z.enum(CHANGE_TYPES),
  changeSize,
  rollbackRunbookId: z.string().optional(),
  status: z.enum(RELEASE_STATUSES),
  ownerId: z.string(),
  committedAt: optNum,
  deployedAt: optNum,
  failureDetectedAt: optNum,
  restoredAt: optNum,
  override: z.object({ justification: z.string(), by: z.string() }).optional(),
});

const gate = z.object({
  /** The release's id. */
  id,
  release,
  approvals: z.array(z.object({ approverId: z.string(), at: optNum })),
  /** The factors the risk model scored, and the workspace's weights. */
  risk: z.object({
    touchedTierRanks: z.array(nullNum),
    maxTierRank: num,
    blastRadius: num,
    blastRadiusScale: num,
    dependencyDepth: num,
    changeSize,
    changeType: z.enum(CHANGE_TYPES),
    rollback: z.enum(['approved', 'unapproved', 'none']),
    recentChangeFailureRate: nullNum,
  }),
  riskWeights: z.record(z.string(), num),
  /** Calendar conflicts as the calendar found them (freezes and other releases are not carried). */
  conflicts: z.array(
    z.object({
      kind: z.enum(CONFLICT_KINDS),
      status: z.enum(['conflict', 'overridden']),
      releaseId: id,
      otherId: z.string().optional(),
      nodeIds: z.array(id),
      message: z.string(),
    }),
  ),
  runbooks: z.array(z.object({ id, name: z.string(), approved: z.boolean() })),
  drTests: z.array(z.object({ id, nodeIds: z.array(id), completedAt: instant })),
  findings: z.array(
    z.object({
      id,
      title: z.string(),
      nodeIds: z.array(id),
      severity: z.enum(['low', 'medium', 'high', 'critical']),
      open: z.boolean(),
    }),
  ),
  /** SLOs (in `slos`) whose budgets the gate weighed, in that order. */
  sloIds: z.array(id),
  /** The canary comparison (in `canaries`) that decided the canary check. */
  canaryId: z.string().nullable(),
  waivers: z.array(z.object({ checkId: CHECK_ID, justification: z.string(), approverId: z.string() })),
  /** Failed releases without their review (absent in packs made before reviews existed). */
  pendingReviews: z.array(z.object({ releaseId: id, name: z.string(), nodeIds: z.array(id) })).default([]),
  /** Touched processes whose BIA review had lapsed (absent in packs made before the check). */
  expiredBias: z.array(z.object({ processId: id, name: z.string(), dueAt: z.string() })).optional(),
  /** Accepted exceptions the gate weighed (each covers its conflict through its expiry day). */
  acceptedExceptions: z
    .array(
      z.object({
        id,
        conflictKey: z.string(),
        owner: z.string(),
        acceptedBy: z.string(),
        expiresOn: z.string(),
      }),
    )
    .default([]),
  /** Failure modes in the release's pre-mortem. */
  premortemModes: num.default(0),
});

export const recomputeInputsSchema = z.object({
  format: z.literal(RECOMPUTE_INPUTS_FORMAT),
  version: z.literal(RECOMPUTE_INPUTS_VERSION),
  /** The engine that computed the figures: the app's version and this file's format version. */
  engine: z.object({ appVersion: z.string(), formatVersion: z.literal(RECOMPUTE_INPUTS_VERSION) }),
  workspaceId: id,
  chainHead: z.object({ seq: num, hash: z.string() }),
  /** The pack's time: DR tests, SLOs and gates are evaluated as of it. */
  at: z.iso.datetime(),
  /** Processes the pack covers; the graph below is the whole workspace's, since figures depend on it. */
  scope: z.object({ kind: z.enum(['workspace', 'processes', 'tiers']), processIds: z.array(id) }),
  bia: z.object({
    categories: z.array(z.object({ id, name: z.string() })),
    buckets: z.array(z.object({ id, label: z.string(), minutes: num })),
    tiers: z.array(tier),
    processes: z.array(biaProcess),
  }),
  graph: z.object({ nodes: z.array(graphNode), edges: z.array(graphEdge) }),
  runbooks: z.object({
    monteCarlo: z.object({ runs: num, seed: num }),
    versions: z.array(runbookVersion),
  }),
  drTests: z.array(drTest),
  slos: z.object({
    burnWindows: z.object({ shortMs: num, longMs: num }),
    /** The SLOs the pack's SLO sheet shows; the rest are there for the gates. */
    shown: z.array(id),
    list: z.array(slo),
  }),
  canaries: z.array(canary),
  gates: z.array(gate),
});

export type RecomputeInputs = z.infer<typeof recomputeInputsSchema>;
