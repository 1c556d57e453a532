// Result types of the import methods: a preview that lists every problem by sheet, row and column,
// and the counts a commit applied.

export const IMPORT_KINDS = [
  'processes',
  'ratings',
  'tiers',
  'resources',
  'dependencies',
  'providers',
  'contracts',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One thing wrong with the file. `row` is the row number a spreadsheet shows (the header is row 1). */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  /** Column letter and header, e.g. "D (Severity)"; null for a problem with the whole sheet. */
  column: string | null;
  message: string;
}

export interface ImportSheetSummary {
  sheet: string;
  kind: ImportKind;
  /** Data rows read (the header row not counted). */
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
}

export interface ImportPreview {
  /** Present when the plan can be committed; it names the plan kept for 15 minutes. */
  token: string | null;
  fileName: string;
  sha256: string;
  sheets: ImportSheetSummary[];
  problems: ImportProblem[];
  /** Things worth knowing that do not block the import (a sheet skipped, say). */
  notes: string[];
  canCommit: boolean;
}

export interface ImportCommitResult {
  fileName: string;
  sha256: string;
  sheets: ImportSheetSummary[];
  created: number;
  updated: number;
  unchanged: number;
}
