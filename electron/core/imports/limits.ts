// The limits an imported file must stay within. They are checked on the ZIP's own directory before
// anything is inflated, then again on the bytes actually inflated (a directory can lie).

export const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** The file as uploaded. */
  maxFileBytes: 50 * MB,
  /** Entries in the ZIP directory; a real workbook has a few dozen. */
  maxEntries: 10_000,
  /** Sum of every entry's declared uncompressed size. */
  maxTotalUncompressedBytes: 200 * MB,
  /** Uncompressed ÷ compressed for one entry, checked when the entry is larger than minRatioBytes. */
  maxRatio: 200,
  minRatioBytes: 1 * MB,
  /** Data rows over the whole file: ten times the 100,000-rating benchmark. */
  maxRows: 1_000_000,
  /** One cell's text: Excel's own limit, and longer than any field the workspace keeps. */
  maxCellChars: 32_767,
  /**
   * Columns read past the last one any template uses: room for a person's own notes beside the
   * data. Cells further right are not materialised (a row holding one cell in column XFD must not
   * allocate 16,384 cells); one holding a value there is a problem naming it.
   */
  columnMargin: 50,
  /** `<c>` elements in one worksheet, read or not: a sheet of 1,000,000 rows × 20 columns. */
  maxCellsPerSheet: 20_000_000,
} as const;

/** Previews are kept this long for a commit. */
export const PLAN_TTL_MS = 15 * 60_000;
/** Previews kept per session at once; older ones are dropped first. */
export const MAX_PLANS = 4;

export function formatMb(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
