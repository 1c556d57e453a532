// The validated plan a preview keeps for its commit: only what changes, with references between
// new rows kept as names (their ids exist only once the commit creates them).
import type { ImportSheetSummary } from '../../../shared/contract';
import type { NodeKind } from '../../../shared/domain/model';
import type { ContractChange, ProviderChange } from './thirdparty-plan';

export interface TierValues {
  name: string;
  rank: number;
  rtoMinutes: number;
  rpoMinutes: number;
  testFrequencyDays: number;
  description: string;
}

/** A tier as a node or BIA refers to it: an existing id, a tier this import creates, or none. */
export type TierRef = { id: string | null } | { key: string };

export interface NodeChange {
  id?: string;
  key: string;
  kind: NodeKind;
  name: string;
  owner: string;
  department: string;
  description: string;
  tier: TierRef;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  restoreMinutes: number | null;
}

export type BiaField =
  'wrtMinutes' | 'dataLossToleranceMinutes' | 'manualRtoMinutes' | 'manualRpoMinutes' | 'mbco' | 'notes';

export interface BiaChange {
  processKey: string;
  before: Partial<Record<BiaField, string | number | null>> & { pinnedTierId?: string | null };
  after: Partial<Record<BiaField, string | number | null>>;
  /** Present when the pin changes. */
  pin?: TierRef;
}

/** A node as an edge names it: its kind and its key in the plan (a process's name key, else resourceKey). */
export interface NodeRef {
  kind: NodeKind;
  key: string;
}

/** A dependency to create (no id) or update (the existing edge's id). */
export interface EdgeChange {
  id?: string;
  consumer: NodeRef;
  provider: NodeRef;
  hard: boolean;
  groupId: string | null;
  notes: string;
}

export interface RatingChanges {
  processKey: string;
  /** [categoryId, bucketId, severity or null to clear] */
  cells: [string, string, number | null][];
  cleared: number;
  /** [bucketId, amount] */
  losses: [string, number][];
}

export interface ImportPlan {
  workspaceId: string;
  headSeq: number;
  fileName: string;
  sha256: string;
  createdAt: number;
  sheets: ImportSheetSummary[];
  tiers: { id?: string; key: string; values: TierValues }[];
  processes: NodeChange[];
  bia: BiaChange[];
  resources: NodeChange[];
  /** Dependencies from the Dependencies sheet and new hard ones from Resources' Supports column. */
  edges: EdgeChange[];
  ratings: RatingChanges[];
  providers: ProviderChange[];
  contracts: ContractChange[];
}

export function resourceKey(kind: string, nameKey: string): string {
  return `${kind}|${nameKey}`;
}

/** One key per consumer → provider pair, whichever sheet names it. */
export function pairKey(consumer: NodeRef, provider: NodeRef): string {
  return `${consumer.kind}\u0000${consumer.key}\u0000${provider.kind}\u0000${provider.key}`;
}
