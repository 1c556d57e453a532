// Reads an uploaded file into typed records: refuses what is not a spreadsheet, checks an .xlsx's
// container before parsing it, recognises each sheet and reads its rows.
import { AppError } from '../../../shared/contract';
import { RowCells } from './cells';
import { SHEETS } from './columns';
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

export async function readImportFile(fileName: string, data: Buffer): Promise<ParsedFile> {
  if (data.length > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError(
      'INVALID_INPUT',
      `${fileName} is ${formatMb(data.length)}; the limit for an import is ${formatMb(IMPORT_LIMITS.maxFileBytes)}. Split it into smaller files.`,
    );
  }
  const kind = sniff(fileName, data);
  const out: ParsedFile = {
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
  const total = { rows: 0 };
  if (kind.type === 'zip') {
    const container = await checkXlsxContainer(fileName, data);
    try {
      for await (const sheet of readXlsx(data, container.sheetNames))
        await readSheet(fileName, sheet, false, out, total);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError(
        'INVALID_INPUT',
        `${fileName} could not be read as an Excel workbook (${err instanceof Error ? err.message : String(err)}).`,
      );
    }
  } else {
    const csv = readCsvSheet(fileName, data);
    await readSheet(fileName, csv.sheet, true, out, total);
    // After the rows' own problems: a fault ends the rows read, so it has the highest row number.
    out.problems.push(...csv.problems);
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
  for await (const raw of sheet.rows) {
    if (parse === 'skip') continue;
    if (raw.cells.every(isBlankCell)) continue;
    if (parse) {
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
    const layout = layoutSheet(sheet.name, kind, raw.row, raw.cells);
    out.problems.push(...layout.problems);
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
  const entry = out.sheets.find((s) => s.sheet === sheet.name);
  if (entry) entry.rows = rows;
  if (entry && rows === 0) out.notes.push(`Sheet "${sheet.name}" has a header row but no data rows.`);
}
