// One sheet of the evidence workbook: its columns (with widths and number formats), its rows as an
// iterable (so the audit log streams), and the gaps to highlight. A capability adds its registers by
// adding a sheet module to registry.ts.
import type { CellInput } from './neutralise';
import type { EvidenceData } from '../evidence-data';

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
  /** Excel number format, e.g. '#,##0' or 'yyyy-mm-dd hh:mm'. */
  numFmt?: string;
}

/** Highlight a column's cells where the number is above `above` (a conflict count, a gap). */
export interface GapRule {
  key: string;
  above: number;
}

/** A sheet of rows drawn from `T`: the evidence data for the pack's workbook. */
export interface SheetSpec<T = EvidenceData> {
  name: string;
  columns: SheetColumn[];
  /** Lines of text in column A above the header row (an explanation); they stay in view. */
  preface?: string[];
  rows(e: T): Iterable<Record<string, CellInput>>;
  gaps?: GapRule[];
  /** Rows expected, for progress; a guess is fine. */
  size?(e: T): number;
}

export const MINUTES = '#,##0';
/** shared/format/datetime's file form, "2026-12-07 14:05 UTC": cells hold UTC instants (ooxml.ts). */
export const DATE_TIME = 'yyyy-mm-dd hh:mm "UTC"';
