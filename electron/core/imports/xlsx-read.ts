// Reads an .xlsx with exceljs's streaming reader (the in-memory Workbook took 1 GB for 100k rows ×
// 3 sheets, TOOLCHAIN.md) and turns each cell into text, a number or nothing. Call only after
// checkXlsxContainer has passed the file.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawCell, RawRow, RawSheet } from './raw';

type ExcelValue = ExcelJS.CellValue;

/** One exceljs cell value as plain data: formulas give their result, rich text its text. */
export function plainCell(v: ExcelValue | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return String(v.error);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && result !== null && 'error' in result) return String(result.error);
    return plainCell(result as ExcelValue);
  }
  if ('text' in v) {
    const text = (v as { text: unknown }).text;
    return typeof text === 'string' ? text : plainCell(text as ExcelValue);
  }
  return null;
}

/** Yields each worksheet with its rows; each sheet's rows must be read before asking for the next. */
export async function* readXlsx(data: Buffer, sheetNames: Map<string, string>): AsyncGenerator<RawSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    // exceljs knows a sheet's name only when the workbook part came first in the ZIP; when it did
    // not, the reader keeps "Sheet<file number>" and its id is that number, which the guard mapped.
    const w = worksheet as unknown as { name?: string; id?: unknown };
    const fallback = `Sheet${String(w.id)}`;
    const name = (w.name === fallback ? sheetNames.get(String(w.id)) : w.name) ?? w.name ?? fallback;
    yield { name, rows: rowsOf(worksheet) };
  }
}

async function* rowsOf(worksheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<RawRow> {
  for await (const row of worksheet) {
    // row.values is 1-based and sparse: index 1 is column A.
    const values = row.values as ExcelValue[];
    const cells: RawCell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    yield { row: row.number, cells };
  }
}
