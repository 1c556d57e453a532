// Table columns whose values must never be cut ("1 h 30 …" is a wrong duration, not a short one):
// each named column is widened to its widest cell or header, the room coming from the flexible
// columns (names, titles), which may be shortened instead.
import { SIZE } from './theme';
import type { Column, PdfWriter, TableRow } from './writer';

/** Cells are inset 3 points each side (PdfWriter.table); one more point keeps rounding from cutting. */
const INSET = 7;

function wholeColumns(
  w: PdfWriter,
  columns: Column[],
  rows: readonly TableRow[],
  whole: readonly number[],
  size: number = SIZE.small,
): Column[] {
  // Measured in bold: header and bold rows are the widest way a value is set.
  w.font(true, size);
  return columns.map((c, i) => {
    if (!whole.includes(i)) return c;
    let widest = w.doc.widthOfString(c.header);
    for (const r of rows) widest = Math.max(widest, w.doc.widthOfString(r.cells[i] ?? ''));
    return { ...c, width: Math.max(c.width ?? 0, Math.ceil(widest + INSET)) };
  });
}

/** PdfWriter.table, with the `whole` columns (durations, dates) widened so no value is cut. */
export function wholeTable(
  w: PdfWriter,
  columns: Column[],
  rows: TableRow[],
  whole: readonly number[],
  opts: { size?: number } = {},
): void {
  w.table(wholeColumns(w, columns, rows, whole, opts.size), rows, opts);
}
