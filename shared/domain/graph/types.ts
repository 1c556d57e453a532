// The dependency graph's input and the JSON shape of every analysis result (DESIGN.md §4,
// "Objectives along the graph"). `steadfast analyze --json` prints a GraphAnalysis as is.

import type { Minutes, NodeKind } from '../model';

/** A process or a resource it needs. Times are whole minutes. */
export interface GraphNode {
  id: string;
  name: string;
  kind: NodeKind;
  /** Rank of the node's recovery tier; 0 is the most critical. */
  tierRank?: number;
  /** Recovery time objective (the target). */
  rtoMinutes?: Minutes;
  rpoMinutes?: Minutes;
  /** Own restore-time estimate, not counting the providers it waits for. */
  restoreMinutes?: Minutes;
  /**
   * Recovery time measured by the node's latest DR test, passed or failed: from the disruption to the
   * node being back, providers included. It replaces the achievable time the estimates give and the
   * target as the node's capability (see recovery-time.ts).
   */
  provenMinutes?: Minutes;
  /** ISO date of the DR test that measured provenMinutes, carried through to results. */
  provenAt?: string;
  /** BIA impact weight of a process (default 1); other kinds carry no impact of their own. */
  impactWeight?: number;
}

/**
 * "consumer needs provider": `from` is the consumer, `to` the provider. Soft edges are shown but
 * neither propagate failure nor count for recovery time. Hard edges of one consumer that share a
 * groupId form a redundancy group (any one member suffices); a soft edge never joins a group.
 */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  hard: boolean;
  groupId?: string;
}

export interface GraphInput {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export type GraphIssueCode = 'duplicate-node' | 'dangling-edge' | 'duplicate-edge';

/** Something in the input that the analysis skipped; never silently. */
export interface GraphIssue {
  code: GraphIssueCode;
  /** The node or edge id concerned. */
  id: string;
  message: string;
}

/**
 * The input compiled into index-based arrays (CSR), built once and shared by every analysis.
 * Node i is nodes[i]; "unit" is one requirement of a consumer: a single hard provider, or a
 * redundancy group whose members are its alternative providers.
 */
export interface CompiledGraph {
  readonly nodeCount: number;
  readonly nodes: readonly GraphNode[];
  /** Accepted edges (dangling ones are dropped and reported in issues). */
  readonly edges: readonly GraphEdge[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly issues: readonly GraphIssue[];

  /** Hard edges consumer → provider: hardOut[hardOutStart[v] .. hardOutStart[v+1]). */
  readonly hardOutStart: Int32Array;
  readonly hardOut: Int32Array;
  /** Hard edges provider → consumer (the reverse). */
  readonly hardInStart: Int32Array;
  readonly hardIn: Int32Array;

  readonly unitCount: number;
  readonly unitConsumer: Int32Array;
  /** groupId of a redundancy group, undefined for a single required provider. */
  readonly unitGroupId: readonly (string | undefined)[];
  /** Members of unit u: unitMembers[unitMemberStart[u] .. unitMemberStart[u+1]), distinct. */
  readonly unitMemberStart: Int32Array;
  readonly unitMembers: Int32Array;
  /** Index into edges of the edge behind each member. */
  readonly unitMemberEdge: Int32Array;
  /** Units of consumer v are the contiguous range consumerUnitStart[v] .. consumerUnitStart[v+1]. */
  readonly consumerUnitStart: Int32Array;
  /** Units that provider v is a member of: providerUnits[providerUnitStart[v] ..]. */
  readonly providerUnitStart: Int32Array;
  readonly providerUnits: Int32Array;

  /** Own recovery time: restore estimate, else 0 (a measurement is measuredMinutes). */
  readonly ownMinutes: Float64Array;
  /** Recovery time measured end to end by the latest DR test; NaN when none. */
  readonly measuredMinutes: Float64Array;
  /** RTO the node can be counted on for: proven when known, else target; NaN when neither. */
  readonly capabilityMinutes: Float64Array;
  /** Target RTO; NaN when none. */
  readonly targetMinutes: Float64Array;
  /** Tier rank, -1 when none. */
  readonly tierRank: Int32Array;
  /** impactWeight for processes (default 1), 0 for other kinds. */
  readonly impact: Float64Array;
  readonly isProcess: Uint8Array;
}

/** A node named in a result: id for machines, name for people. */
export interface NodeRef {
  id: string;
  name: string;
}

// ---------- 1. failure propagation ----------

export interface FailedNode extends NodeRef {
  kind: NodeKind;
  /** True for a node in the given failed set. */
  origin: boolean;
  /** Steps from the nearest origin along the chain of causes (0 for an origin). */
  depth: number;
  /** The provider whose failure brought this node down (absent for an origin). */
  causeId?: string;
  /** Set when the cause was the last surviving member of a redundancy group. */
  causeGroupId?: string;
  explanation: string;
}

// ---------- 2. blast radius ----------

export interface ProcessHit extends NodeRef {
  tierRank: number | null;
  impactWeight: number;
}

export interface TierHits {
  /** null for processes without a tier. */
  tierRank: number | null;
  processes: ProcessHit[];
}

export interface BlastRadius {
  origin: NodeRef;
  /** Every node that fails, the origin included and flagged. */
  failed: FailedNode[];
  /** Nodes that fail besides the origin. */
  failedCount: number;
  /** Sum of impactWeight over processes hit, the origin included when it is a process. */
  weightedImpact: number;
  /** Processes hit, most critical tier first; untiered last. */
  processesByTier: TierHits[];
  explanation: string;
}

/** One line of the all-nodes pass: counts only, so the whole graph stays cheap. */
export interface BlastSummaryEntry extends NodeRef {
  kind: NodeKind;
  failedCount: number;
  weightedImpact: number;
  processCount: number;
  /** Processes hit per tier rank ("none" for untiered). */
  processCountByTier: Record<string, number>;
}

// ---------- 3. single points of failure ----------

export interface SinglePointOfFailure extends NodeRef {
  kind: NodeKind;
  /** Tier 0/1 processes that fail when this node alone fails (never the node itself). */
  takesDown: ProcessHit[];
  weightedImpact: number;
  explanation: string;
}

// ---------- 4. RTO inversions ----------

export interface RtoInversion {
  consumer: NodeRef;
  /** The direct provider, or every member of the redundancy group (all slower). */
  providers: (NodeRef & {
    capabilityMinutes: number | null;
    source: 'proven' | 'target' | 'none';
    provenAt?: string;
  })[];
  groupId?: string;
  /** Ids of the direct hard edges behind the inversion. */
  edgeIds: string[];
  /** The fastest provider's capability (proven, else target). */
  providerMinutes: Minutes;
  /** The RTO the consumer must meet: its own target or a tighter one inherited from above. */
  demandMinutes: Minutes;
  excessMinutes: Minutes;
  /** The node whose target RTO sets the demand (the most demanding consumer above). */
  demandOrigin: NodeRef;
  /** From demandOrigin down through the consumer to the (fastest) provider. */
  path: NodeRef[];
  /** True when the middle of a very long path was elided. */
  pathTruncated?: boolean;
  explanation: string;
}

// ---------- 5. achievable recovery time ----------

export interface RecoveryTime extends NodeRef {
  /** Own restore estimate; for a measured node ('proven'), the measured time. */
  ownMinutes: Minutes;
  /** 'proven': a DR test measured the node (passed or failed), and the measurement is what counts. */
  ownSource: 'proven' | 'estimate' | 'none';
  provenAt?: string;
  /**
   * Own time plus the slowest required provider's achievable time (critical path); for a measured
   * node, the measured time.
   */
  achievableMinutes: Minutes;
  /** For a measured node: what the estimates alone would give, shown beside the measurement. */
  estimatedMinutes?: Minutes;
  /** From this node down the critical path to the provider that finishes it. */
  criticalPath: string[];
  pathTruncated?: boolean;
  rtoMinutes?: Minutes;
  /** achievableMinutes − rtoMinutes: positive means the RTO cannot be met. */
  gapMinutes?: Minutes;
  meetsRto?: boolean;
  /** Set for nodes in a dependency cycle; the cycle is timed as one unit. */
  cycleId?: string;
  explanation: string;
}

// ---------- 6. cycles and recovery order ----------

export interface DependencyCycle {
  id: string;
  members: NodeRef[];
  /** True for a node that requires itself. */
  selfLoop: boolean;
  explanation: string;
}

export interface RecoveryUnit {
  /** One node, or every member of a cycle restored together. */
  nodeIds: string[];
  names: string[];
  cycleId?: string;
}

export interface RecoveryWave {
  /** 0 first: a wave's hard providers are all restored in earlier waves. */
  wave: number;
  units: RecoveryUnit[];
}

export interface RecoveryOrder {
  waves: RecoveryWave[];
  cycles: DependencyCycle[];
  explanation: string;
}

// ---------- everything ----------

/** What `analyze` returns and `steadfast analyze --json` prints. */
export interface GraphAnalysis {
  schemaVersion: 1;
  nodeCount: number;
  edgeCount: number;
  issues: GraphIssue[];
  /** All nodes, largest weighted impact first. */
  blastRadius: BlastSummaryEntry[];
  singlePointsOfFailure: SinglePointOfFailure[];
  rtoInversions: RtoInversion[];
  /** In input order. */
  recoveryTimes: RecoveryTime[];
  recoveryOrder: RecoveryOrder;
  cycles: DependencyCycle[];
}
