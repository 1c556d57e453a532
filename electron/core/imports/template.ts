// Import templates: an .xlsx per sheet kind or the whole workbook (header row bold and frozen,
// column widths, example rows, and a "Read me" sheet explaining each column), or a CSV of one kind.
// The workbook is written by the evidence workbook's own writer (reports/xlsx), read back by the
// importer's reader: one SpreadsheetML writer and one reader in the app.
import { writeFile } from 'node:fs/promises';
import type { ImportKind } from '../../../shared/contract';
import { writeWorkbook } from '../reports/xlsx/render';
import type { SheetSpec as WorkbookSheet } from '../reports/xlsx/sheet';
import { SHEET_ORDER, SHEETS, type SheetSpec } from './columns';

export type TemplateKind = 'workbook' | ImportKind;

/** Templates do not change with the data: one fixed instant keeps their bytes the same. */
const TEMPLATE_AT = new Date('2026-01-01T00:00:00Z');

const README_INTRO =
  'Fill in the sheets you need (any of them may be left out or deleted), then import the file. Rows are matched by name, so importing the same file again updates instead of adding. The example rows are only examples: replace them.';

function width(header: string, examples: (string | number | null)[]): number {
  const longest = Math.max(header.length, ...examples.map((e) => String(e ?? '').length));
  return Math.min(48, Math.max(10, longest + 2));
}

function dataSheet(spec: SheetSpec): WorkbookSheet<null> {
  return {
    name: spec.sheetName,
    columns: spec.columns.map((c, i) => ({
      header: c.header,
      key: c.key,
      width: width(
        c.header,
        spec.examples.map((e) => e[i] ?? null),
      ),
    })),
    rows: () =>
      spec.examples.map((e) => Object.fromEntries(spec.columns.map((c, i) => [c.key, e[i] ?? null]))),
  };
}

function readMe(specs: SheetSpec[]): WorkbookSheet<null> {
  return {
    name: 'Read me',
    preface: [README_INTRO, ''],
    columns: [
      { header: 'Sheet', key: 'sheet', width: 14 },
      { header: 'Column', key: 'column', width: 28 },
      { header: 'Required', key: 'required', width: 11 },
      { header: 'What it holds', key: 'help', width: 90 },
    ],
    rows: () =>
      specs.flatMap((spec) =>
        spec.columns.map((c) => ({
          sheet: spec.sheetName,
          column: c.header,
          required: c.required ? 'yes' : '',
          help: c.help,
        })),
      ),
  };
}

export async function writeXlsxTemplate(path: string, kind: TemplateKind): Promise<void> {
  const specs = kind === 'workbook' ? SHEET_ORDER.map((k) => SHEETS[k]) : [SHEETS[kind]];
  await writeWorkbook(null, TEMPLATE_AT, path, [...specs.map(dataSheet), readMe(specs)]);
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
