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

export function isBlankCell(c: RawCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}
