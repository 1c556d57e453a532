// A .csv import as one sheet named after the file: its rows for validation, and the faults the CSV
// reader found (electron/core/csv) as import problems with row and column.
import type { ImportProblem } from '../../../shared/contract';
import { decodeCsv, readCsv } from '../csv/read';
import { columnLetter } from '../csv/column-letter';
import type { RawSheet } from './raw';

export function readCsvSheet(fileName: string, data: Buffer): { sheet: RawSheet; problems: ImportProblem[] } {
  const { rows, faults } = readCsv(decodeCsv(data));
  const header = rows.find((r) => r.cells.some((c) => c.trim() !== ''))?.cells ?? [];
  const problems = faults.map((f): ImportProblem => {
    const name = f.column === null ? '' : (header[f.column] ?? '').trim();
    return {
      sheet: fileName,
      row: f.row,
      column:
        f.column === null ? null : name ? `${columnLetter(f.column)} (${name})` : columnLetter(f.column),
      message: f.message,
    };
  });
  return { sheet: { name: fileName, rows }, problems };
}
