// Result types of the BIA, register and node methods.
import type { BiaObjectives } from '../domain/bia';
import type { NodeKind, Tier } from '../domain/model';
import type { ConflictAcceptance } from './exception-types';

export interface CategoryView {
  id: string;
  name: string;
  position: number;
}

export interface BucketView {
  id: string;
  label: string;
  minutes: number;
}

export interface Registers {
  categories: CategoryView[];
  /** Time order. */
  buckets: BucketView[];
  /** Most stringent first. */
  tiers: Tier[];
}

export interface NodeView {
  id: string;
  kind: NodeKind;
  name: string;
  owner: string;
  department: string;
  description: string;
  tierId: string | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  restoreMinutes: number | null;
  provenMinutes: number | null;
  provenAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * A process's effective objectives, read from its BIA (the one source of truth). On a process,
   * tierId, rtoMinutes and rpoMinutes above are the BIA's hand-set overrides (null: derived).
   */
  objectives?: ProcessObjectivesView;
}

export interface ProcessObjectivesView {
  rtoMinutes: number | null;
  rtoSource: 'manual' | 'recommended' | null;
  rpoMinutes: number | null;
  rpoSource: 'manual' | 'recommended' | null;
  tierId: string | null;
  tierSource: 'pinned' | 'derived' | null;
}

export interface EdgeView {
  id: string;
  consumerId: string;
  providerId: string;
  hard: boolean;
  groupId: string | null;
  notes: string;
}

export type BiaStatus = 'draft' | 'in_review' | 'approved';

export interface BiaRecord {
  processId: string;
  status: BiaStatus;
  wrtMinutes: number | null;
  dataLossToleranceMinutes: number | null;
  manualRtoMinutes: number | null;
  manualRpoMinutes: number | null;
  pinnedTierId: string | null;
  mbco: string;
  notes: string;
  lastEditorName: string | null;
  lastEditedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** True when an approved BIA was edited and so went back to draft. */
  reopenedByEdit: boolean;
  /** The record's version: sent back as `basedOn` by a form, so a stale save is refused. */
  updatedAt: string;
}

export interface BiaDetail {
  process: NodeView;
  bia: BiaRecord;
  /** categoryId → severities aligned to Registers.buckets (time order); null = not rated. */
  ratings: Record<string, (number | null)[]>;
  /** Financial loss aligned to Registers.buckets; null = not given. */
  losses: (number | null)[];
  objectives: BiaObjectives;
  /** The resources this process needs (its providers). */
  supportedBy: { nodeId: string; name: string; kind: NodeKind }[];
}

export interface ObjectivesRow {
  processId: string;
  name: string;
  department: string;
  owner: string;
  status: BiaStatus;
  mtd: number | null;
  rto: number | null;
  rpo: number | null;
  wrt: number;
  tierName: string | null;
  /** Aligned to the overview's buckets. */
  worstSeverityByBucket: (number | null)[];
  conflictCount: number;
  warningCount: number;
}

export interface ObjectivesConflict {
  /** The process the conflict belongs to; for a dependency conflict, the node whose RTO sets the demand. */
  processId: string;
  processName: string;
  /** 'process' unless a resource's own target set the demand (then processId names that resource). */
  subjectKind: NodeKind;
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** For a dependency conflict: the chain of names from the process down to the slow provider. */
  path?: string[];
  /** The conflict's stable identity, which an exception names (shared/domain/exceptions). */
  key?: string;
  /** How the exceptions register stands on it: accepted until a date, expired (re-opened), proposed. */
  acceptance?: ConflictAcceptance;
}

export interface ObjectivesOverview {
  buckets: BucketView[];
  rows: ObjectivesRow[];
  conflicts: ObjectivesConflict[];
}
