// Import templates: an .xlsx per sheet kind or the whole workbook (header row bold and frozen,
// column widths, example rows, and a "Read me" sheet explaining each column), or a CSV of one kind.
// Written with exceljs's streaming WorkbookWriter.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { ImportKind } from '../../../shared/contract';
import { SHEET_ORDER, SHEETS, type SheetSpec } from './columns';

export type TemplateKind = 'workbook' | ImportKind;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

function width(header: string, examples: (string | number | null)[]): number {
  const longest = Math.max(header.length, ...examples.map((e) => String(e ?? '').length));
  return Math.min(48, Math.max(10, longest + 2));
}

function addDataSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c, i) => ({
    key: c.key,
    width: width(
      c.header,
      spec.examples.map((e) => e[i] ?? null),
    ),
  }));
  const header = ws.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  for (const example of spec.examples) ws.addRow(example).commit();
  ws.commit();
}

function addReadMe(wb: ExcelJS.stream.xlsx.WorkbookWriter, specs: SheetSpec[]): void {
  const ws = wb.addWorksheet('Read me', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = [{ width: 14 }, { width: 28 }, { width: 11 }, { width: 90 }];
  const intro = ws.addRow([
    'Fill in the sheets you need (any of them may be left out or deleted), then import the file. Rows are matched by name, so importing the same file again updates instead of adding. The example rows are only examples: replace them.',
  ]);
  intro.commit();
  ws.addRow([]).commit();
  const header = ws.addRow(['Sheet', 'Column', 'Required', 'What it holds']);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  for (const spec of specs)
    for (const c of spec.columns)
      ws.addRow([spec.sheetName, c.header, c.required ? 'yes' : '', c.help]).commit();
  ws.commit();
}

export async function writeXlsxTemplate(path: string, kind: TemplateKind): Promise<void> {
  const specs = kind === 'workbook' ? SHEET_ORDER.map((k) => SHEETS[k]) : [SHEETS[kind]];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Steadfast';
  for (const spec of specs) addDataSheet(wb, spec);
  addReadMe(wb, specs);
  await wb.commit();
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function writeCsvTemplate(path: string, kind: ImportKind): Promise<void> {
  const spec = SHEETS[kind];
  const lines = [spec.columns.map((c) => csvCell(c.header)), ...spec.examples.map((e) => e.map(csvCell))];
  // A byte-order mark so Excel opens the file as UTF-8 (names like Ólafsson stay intact).
  await writeFile(path, `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`, 'utf8');
}
