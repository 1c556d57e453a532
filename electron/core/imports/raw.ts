// What the readers hand to validation: sheets of rows of plain cells, whatever the file format.

/** A cell as read: text, a number, or nothing. Dates and booleans arrive as text. */
export type RawCell = string | number | null;

export interface RawRow {
  /** The row number a spreadsheet shows (1-based). */
  row: number;
  /** 0-based by column: index 0 is column A. */
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}

/** A → 0, B → 1 … Z, AA: the letter a spreadsheet shows for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function isBlankCell(c: RawCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}
