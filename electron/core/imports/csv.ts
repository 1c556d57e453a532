// A .csv import as one sheet named after the file: its rows streamed for validation, and the faults
// the CSV reader found (electron/core/csv) as import problems with row and column.
import type { ImportProblem } from '../../../shared/contract';
import { columnLetter } from '../csv/column-letter';
import type { CsvFault } from '../csv/read';
import { streamCsv, type CsvLimits } from '../csv/stream';
import type { RawSheet } from './raw';

export interface CsvSheet {
  sheet: RawSheet;
  /** The reader's faults; complete once the sheet's rows have been read. */
  problems: () => ImportProblem[];
}

/** May throw NeedsRelaxedQuotes while its rows are read: read the file again with relaxQuotes. */
export function readCsvSheet(
  fileName: string,
  data: Buffer,
  limits: CsvLimits,
  relaxQuotes = false,
): CsvSheet {
  const faults: CsvFault[] = [];
  let header: string[] = [];
  async function* rows() {
    for await (const r of streamCsv(data, limits, faults, relaxQuotes)) {
      if (header.length === 0 && r.cells.some((c) => c.trim() !== '')) header = r.cells;
      yield { row: r.row, cells: r.cells };
    }
  }
  const problems = () =>
    faults.map((f): ImportProblem => {
      const name = f.column === null ? '' : (header[f.column] ?? '').trim();
      return {
        sheet: fileName,
        row: f.row,
        column:
          f.column === null ? null : name ? `${columnLetter(f.column)} (${name})` : columnLetter(f.column),
        message: f.message,
      };
    });
  return { sheet: { name: fileName, rows: { [Symbol.asyncIterator]: rows } }, problems };
}
