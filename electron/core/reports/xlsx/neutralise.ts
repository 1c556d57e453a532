// The one function every text cell of an exported workbook passes through. Text that begins with a
// formula trigger (= + - @, tab, CR or LF) is prefixed with a single quote, as OWASP advises against
// CSV/formula injection: a spreadsheet then shows it as text and never evaluates it. Nothing is
// dropped but the control characters a workbook cannot hold. Text is also cut to what a cell can
// hold (32,767 characters in Excel).

const TRIGGER = /^[=+\-@\t\r\n]/;
export const CELL_TEXT_LIMIT = 32_000;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
export const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function neutralise(text: string): string {
  // Characters XML cannot carry go first: dropped later, "\u0001=cmd" would become a formula.
  const clean = text.replace(NOT_IN_XML, '');
  const cut = clean.length > CELL_TEXT_LIMIT ? `${clean.slice(0, CELL_TEXT_LIMIT)}… (cut)` : clean;
  return TRIGGER.test(cut) ? `'${cut}` : cut;
}

export type CellInput = string | number | boolean | Date | null | undefined;

/** What a sheet may put in a cell: numbers, booleans and dates as they are, text neutralised. */
export function cell(value: CellInput): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return neutralise(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}
