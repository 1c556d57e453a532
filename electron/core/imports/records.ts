// Rows read from a file, typed and checked on their own; references between them and to the
// workspace are resolved later (resolve.ts). Optional fields are absent when the file has no such
// column, so a re-import that leaves a column out leaves that field alone.
import type { ImportKind, ImportProblem } from '../../../shared/contract';
import type { NodeKind } from '../../../shared/domain/model';
import type { ContractRec, ProviderRec } from './thirdparty-records';

/** Where records of one sheet came from; shared by every record of the sheet. */
export interface SheetRef {
  sheet: string;
  /** Column key → "D (Severity)". */
  labels: Record<string, string>;
}

interface Located {
  src: SheetRef;
  row: number;
}

export interface TierRec extends Located {
  name: string;
  rank: number;
  rtoMinutes: number;
  rpoMinutes: number;
  testFrequencyDays: number;
  description?: string;
}

export interface ProcessRec extends Located {
  name: string;
  node: { department?: string; owner?: string; description?: string };
  bia: {
    wrtMinutes?: number | null;
    dataLossToleranceMinutes?: number | null;
    manualRtoMinutes?: number | null;
    manualRpoMinutes?: number | null;
    mbco?: string;
    notes?: string;
  };
  /** Tier name to pin; '' unpins; absent leaves the pin alone. */
  tier?: string;
}

export interface ResourceRec extends Located {
  name: string;
  kind: Exclude<NodeKind, 'process'>;
  tier?: string;
  rtoMinutes?: number | null;
  rpoMinutes?: number | null;
  restoreMinutes?: number | null;
  owner?: string;
  department?: string;
  description?: string;
  supports?: string[];
}

export interface DependencyRec extends Located {
  consumer: string;
  provider: string;
  /** A kind given to tell apart nodes of one name; absent or undefined when not given. */
  consumerKind?: NodeKind;
  providerKind?: NodeKind;
  /** Absent: the column is not in the sheet, so an existing dependency keeps its value. */
  hard?: boolean;
  /** null: the provider is needed on its own. */
  group?: string | null;
  notes?: string;
}

export interface RatingRec extends Located {
  process: string;
  category: string;
  bucket: string;
  severity: number | null;
  /** Absent or null: this row says nothing about the loss. */
  loss?: number | null;
}

export interface ParsedSheet {
  sheet: string;
  kind: ImportKind;
  rows: number;
}

export interface ParsedFile {
  sheets: ParsedSheet[];
  tiers: TierRec[];
  processes: ProcessRec[];
  resources: ResourceRec[];
  dependencies: DependencyRec[];
  ratings: RatingRec[];
  providers: ProviderRec[];
  contracts: ContractRec[];
  problems: ImportProblem[];
  notes: string[];
}

/** Names compare without case and surrounding or doubled spaces. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
