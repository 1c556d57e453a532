// What the readers hand to validation: sheets of rows of plain cells, whatever the file format.

/** A cell as read: text, a number, or nothing. Dates and booleans arrive as text. */
export type RawCell = string | number | null;

export interface RawRow {
  /** The row number a spreadsheet shows (1-based). */
  row: number;
  /** 0-based by column: index 0 is column A. Never longer than the reader's column bound. */
  cells: RawCell[];
  /** What the reader refused in this row (a value beyond the column bound, an over-long cell). */
  faults?: RawFault[];
}

/** A cell the reader did not hand over as it is, with the reason. */
export interface RawFault {
  /** 0-based column. */
  column: number;
  message: string;
}

export interface RawSheet {
  name: string;
  rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}

export function isBlankCell(c: RawCell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}
