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
  /** One cell's text: longer than any field the workspace keeps. */
  maxCellChars: 32_767,
} as const;

/** Previews are kept this long for a commit. */
export const PLAN_TTL_MS = 15 * 60_000;
/** Previews kept per session at once; older ones are dropped first. */
export const MAX_PLANS = 4;

export function formatMb(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}
