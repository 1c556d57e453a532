// The one function every text cell of an exported workbook passes through. Text that begins with a
// formula trigger (= + - @, tab, CR or LF) is prefixed with a single quote, as OWASP advises against
// CSV/formula injection: a spreadsheet then shows it as text and never evaluates it. Nothing is
// dropped. Text is also cut to what a cell can hold (32,767 characters in Excel).

const TRIGGER = /^[=+\-@\t\r\n]/;
export const CELL_TEXT_LIMIT = 32_000;

export function neutralise(text: string): string {
  const cut = text.length > CELL_TEXT_LIMIT ? `${text.slice(0, CELL_TEXT_LIMIT)}… (cut)` : text;
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
