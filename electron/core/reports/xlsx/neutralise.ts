// The one function every text cell of an exported workbook passes through. Nothing is dropped but the
// control characters a workbook cannot hold, and text is cut to what a cell can hold (32,767
// characters in Excel). Text that begins with a formula trigger (= + - @, tab, CR or LF) keeps its
// value exactly: the writer gives its cell the quotePrefix style (ooxml.ts cellXml), which marks it
// as text a spreadsheet shows and never evaluates. (Before, a visible apostrophe was prefixed, so a
// neutralised "=1+1" and a value really starting with an apostrophe looked the same.) An inline
// string is never a formula in the file itself; quotePrefix keeps it text when a person edits it.

const TRIGGER = /^[=+\-@\t\r\n]/;

/** Text a spreadsheet would take for a formula if it were typed in: its cell gets quotePrefix. */
export function isFormulaLike(text: string): boolean {
  return TRIGGER.test(text);
}
export const CELL_TEXT_LIMIT = 32_000;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
export const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function neutralise(text: string): string {
  // Characters XML cannot carry go first: dropped later, "\u0001=cmd" would become a formula.
  const clean = text.replace(NOT_IN_XML, '');
  return clean.length > CELL_TEXT_LIMIT ? `${clean.slice(0, CELL_TEXT_LIMIT)}… (cut)` : clean;
}

export type CellInput = string | number | boolean | Date | null | undefined;

/** What a sheet may put in a cell: numbers, booleans and dates as they are, text neutralised. */
export function cell(value: CellInput): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return neutralise(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}
