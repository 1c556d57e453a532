// Reads an uploaded file into typed records: refuses what is not a spreadsheet, checks an .xlsx's
// container before parsing it, recognises each sheet and reads its rows.
import { AppError } from '../../../shared/contract';
import { columnLetter } from '../csv/column-letter';
import { RowCells } from './cells';
import { SHEETS } from './columns';
import { NeedsRelaxedQuotes } from '../csv/stream';
import { readCsvSheet } from './csv';
import { kindFromHeader, kindFromName, layoutSheet } from './headers';
import { formatMb, IMPORT_LIMITS } from './limits';
import { ROW_PARSERS } from './parse-rows';
import { isBlankCell, type RawRow, type RawSheet } from './raw';
import type { ParsedFile, SheetRef } from './records';
import { sniff } from './sniff';
import { checkXlsxContainer } from './zip-guard';
import { readXlsx } from './xlsx-read';

const KNOWN = Object.values(SHEETS)
  .map((s) => s.sheetName)
  .join(', ');

/** Columns a row is read to: the widest template plus a margin (IMPORT_LIMITS.columnMargin). */
export const READ_COLUMNS =
  Math.max(...Object.values(SHEETS).map((s) => s.columns.length)) + IMPORT_LIMITS.columnMargin;

/** Cell faults listed per sheet; the rest are counted in one more problem. */
const MAX_FAULTS_PER_SHEET = 100;

function emptyParsedFile(): ParsedFile {
  return {
    sheets: [],
    tiers: [],
    processes: [],
    resources: [],
    dependencies: [],
    ratings: [],
    providers: [],
    contracts: [],
    problems: [],
    notes: [],
  };
}

export async function readImportFile(fileName: string, data: Buffer): Promise<ParsedFile> {
  if (data.length > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError(
      'INVALID_INPUT',
      `${fileName} is ${formatMb(data.length)}; the limit for an import is ${formatMb(IMPORT_LIMITS.maxFileBytes)}. Split it into smaller files.`,
    );
  }
  const kind = sniff(fileName, data);
  let out = emptyParsedFile();
  const total = { rows: 0 };
  if (kind.type === 'zip') {
    const container = await checkXlsxContainer(fileName, data);
    try {
      for await (const sheet of readXlsx(data, container.sheetNames, { maxColumns: READ_COLUMNS }))
        await readSheet(fileName, sheet, false, out, total);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError(
        'INVALID_INPUT',
        `${fileName} could not be read as an Excel workbook (${err instanceof Error ? err.message : String(err)}).`,
      );
    }
  } else {
    const limits = { maxColumns: READ_COLUMNS, maxCellChars: IMPORT_LIMITS.maxCellChars };
    let csv = readCsvSheet(fileName, data, limits);
    try {
      await readSheet(fileName, csv.sheet, true, out, total);
    } catch (err) {
      if (!(err instanceof NeedsRelaxedQuotes)) throw err;
      // A quote inside an unquoted cell (5" pipe) is kept as a character, as spreadsheets read it;
      // only then is the file read again, from the start, with csv-parse's relaxed quotes.
      out = emptyParsedFile();
      total.rows = 0;
      csv = readCsvSheet(fileName, data, limits, true);
      await readSheet(fileName, csv.sheet, true, out, total);
    }
    // After the rows' own problems: a fault ends the rows read, so it has the highest row number.
    for (const p of csv.problems()) out.problems.push(p);
  }
  if (total.rows === 0 && out.problems.length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `${fileName} has no data rows to import: ${out.sheets.length > 0 ? 'its sheets hold only a header row' : `none of its sheets is a ${KNOWN} sheet`}.`,
    );
  }
  return out;
}

async function readSheet(
  fileName: string,
  sheet: RawSheet,
  isCsv: boolean,
  out: ParsedFile,
  total: { rows: number },
): Promise<void> {
  // Before the header row: undefined; a sheet that is not for import: 'skip'; else the row reader.
  let parse: ((raw: RawRow) => void) | 'skip' | undefined;
  let rows = 0;
  let faults = 0;
  for await (const raw of sheet.rows) {
    if (parse === 'skip') continue;
    // A sheet that is not for import is not checked cell by cell.
    const report = (r: RawRow) => {
      for (const f of r.faults ?? []) {
        if (++faults <= MAX_FAULTS_PER_SHEET)
          out.problems.push({
            sheet: sheet.name,
            row: r.row,
            column: columnLetter(f.column),
            message: f.message,
          });
      }
    };
    if (raw.cells.every(isBlankCell)) {
      if (parse) report(raw);
      continue;
    }
    if (parse) {
      report(raw);
      rows += 1;
      if (++total.rows > IMPORT_LIMITS.maxRows) {
        throw new AppError(
          'INVALID_INPUT',
          `${fileName} has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} data rows; split it into smaller files.`,
        );
      }
      parse(raw);
      continue;
    }
    // The first non-empty row is the header row.
    const kind = (isCsv ? kindFromName(fileName) : kindFromName(sheet.name)) ?? kindFromHeader(raw.cells);
    if (!kind) {
      if (isCsv) {
        out.problems.push({
          sheet: sheet.name,
          row: raw.row,
          column: null,
          message: `The header row matches none of the import sheets (${KNOWN}). Start from a template: its first row holds the column names.`,
        });
      } else {
        out.notes.push(`Sheet "${sheet.name}" was skipped: it is not a ${KNOWN} sheet.`);
      }
      parse = 'skip';
      continue;
    }
    report(raw);
    const layout = layoutSheet(sheet.name, kind, raw.row, raw.cells);
    for (const p of layout.problems) out.problems.push(p);
    const missingRequired = SHEETS[kind].columns.some((c) => c.required && !layout.columns.has(c.key));
    const src: SheetRef = {
      sheet: sheet.name,
      labels: Object.fromEntries([...layout.columns].map(([k, c]) => [k, c.label])),
    };
    const rowParser = ROW_PARSERS[kind];
    // Without every required column the rows cannot be read meaningfully: count them, report the header.
    parse = missingRequired
      ? () => {}
      : (r) => rowParser(new RowCells(sheet.name, layout, r, out.problems), src, out);
    out.sheets.push({ sheet: sheet.name, kind, rows: 0 });
  }
  if (faults > MAX_FAULTS_PER_SHEET) {
    out.problems.push({
      sheet: sheet.name,
      row: null,
      column: null,
      message: `…and ${(faults - MAX_FAULTS_PER_SHEET).toLocaleString('en-GB')} more cells of sheet "${sheet.name}" like those above.`,
    });
  }
  const entry = out.sheets.find((s) => s.sheet === sheet.name);
  if (entry) entry.rows = rows;
  if (entry && rows === 0) out.notes.push(`Sheet "${sheet.name}" has a header row but no data rows.`);
}
