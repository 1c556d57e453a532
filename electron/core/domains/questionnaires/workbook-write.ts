// Writes one owner's questionnaire workbook with exceljs (it has the data validation, sheet
// protection and hidden sheets this needs; the evidence writer in reports/xlsx has none of them):
// a sheet per process with the impact matrix as drop-down severities, each category's level
// definitions beside it and as the drop-down's input message, the fields, and a list for the
// dependencies the owner knows. Sheets are protected with only the answer cells unlocked, so answers
// land in known cells; a very hidden, protected sheet holds the binding (binding.ts).
import ExcelJS from 'exceljs';
import { neutralise } from '../../reports/xlsx/neutralise';
import { bindingHash, type WorkbookBinding } from './binding';
import { FIELDS, FORMAT_MARKER, FORMAT_VERSION, META_SHEET, sheetLayout } from './layout';

export interface WorkbookCategory {
  id: string;
  name: string;
  levels: { severity: number; definition: string }[];
}

export interface WorkbookProcess {
  sheet: string;
  name: string;
  /** categoryId → severities aligned to `buckets`. */
  ratings: Record<string, (number | null)[]>;
  dataLossToleranceMinutes: number | null;
  wrtMinutes: number | null;
  mbco: string;
  notes: string;
}

export interface QuestionnaireWorkbook {
  binding: WorkbookBinding;
  campaignName: string;
  dueDate: string;
  categories: WorkbookCategory[];
  buckets: { id: string; label: string }[];
  processes: WorkbookProcess[];
}

// Excel refuses a data validation's input message longer than 255 characters.
const PROMPT_LIMIT = 255;
const ANSWER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const hours = (m: number | null) => (m === null ? null : Math.round((m / 60) * 100) / 100);

function definitionsText(c: WorkbookCategory): string {
  return c.levels.map((l) => `${l.severity}: ${l.definition}`).join('\n');
}

function answerCell(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  cell.fill = ANSWER_FILL;
  cell.border = BORDER;
}

function writeProcessSheet(wb: ExcelJS.Workbook, q: QuestionnaireWorkbook, p: WorkbookProcess): void {
  const L = sheetLayout(q.categories.length, q.buckets.length);
  const ws = wb.addWorksheet(p.sheet, { views: [{ state: 'frozen', ySplit: L.headerRow, xSplit: 1 }] });
  ws.getColumn(1).width = 44;
  for (let j = 0; j < q.buckets.length; j++) ws.getColumn(L.firstMatrixCol + j).width = 9;
  ws.getColumn(L.definitionsCol).width = 80;

  ws.getCell('A1').value = neutralise(`BIA questionnaire: ${p.name}`);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = neutralise(
    `For ${q.binding.owner}, campaign "${q.campaignName}", answers due ${q.dueDate}.`,
  );
  ws.getCell('A3').value =
    'For each impact category, choose the severity (0–4) an outage of this process would cause once it has lasted each time below. The meaning of each level is written beside the row. Only the shaded cells can be changed.';
  ws.getCell('A3').alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(3, 1, 3, L.definitionsCol);
  ws.getRow(3).height = 32;

  const header = ws.getRow(L.headerRow);
  header.getCell(1).value = 'Impact category';
  q.buckets.forEach((b, j) => (header.getCell(L.firstMatrixCol + j).value = neutralise(b.label)));
  header.getCell(L.definitionsCol).value = 'What each level means for this category';
  header.font = { bold: true };

  q.categories.forEach((c, i) => {
    const row = ws.getRow(L.firstMatrixRow + i);
    row.getCell(1).value = neutralise(c.name);
    const defs = definitionsText(c);
    row.getCell(L.definitionsCol).value = neutralise(defs);
    row.getCell(L.definitionsCol).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(15, 13 * c.levels.length);
    const prompt = defs.length > PROMPT_LIMIT ? `${defs.slice(0, PROMPT_LIMIT - 1)}…` : defs;
    const values = p.ratings[c.id] ?? [];
    q.buckets.forEach((b, j) => {
      const cell = row.getCell(L.firstMatrixCol + j);
      cell.value = values[j] ?? null;
      answerCell(cell);
      cell.alignment = { horizontal: 'center', vertical: 'top' };
      cell.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"0,1,2,3,4"'],
        showInputMessage: true,
        promptTitle: neutralise(`${c.name}, after ${b.label}`).slice(0, 32),
        prompt,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Severity 0 to 4',
        error: 'Choose a severity from 0 (none) to 4 (severe).',
      };
    });
  });

  const fieldValue = {
    dataLossToleranceHours: hours(p.dataLossToleranceMinutes),
    wrtHours: hours(p.wrtMinutes),
    mbco: p.mbco ? neutralise(p.mbco) : null,
    notes: p.notes ? neutralise(p.notes) : null,
  } as const;
  for (const f of FIELDS) {
    const r = L.fieldRow[f.key];
    ws.getCell(r, 1).value = f.label;
    ws.getCell(r, 1).alignment = { wrapText: true };
    const cell = ws.getCell(r, 2);
    cell.value = fieldValue[f.key];
    answerCell(cell);
    if (f.key === 'dataLossToleranceHours' || f.key === 'wrtHours') {
      cell.dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [0, 8760],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Hours',
        error: 'Enter a number of hours from 0 to 8,760 (a year).',
      };
    } else {
      ws.mergeCells(r, 2, r, L.definitionsCol);
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  ws.getCell(L.dependenciesHeaderRow, 1).value =
    'Dependencies you know: systems, suppliers, sites or people this process needs (one per row)';
  ws.getCell(L.dependenciesHeaderRow, 1).font = { bold: true };
  for (let r = L.firstDependencyRow; r <= L.lastRow; r++) answerCell(ws.getCell(r, 1));
}

function writeMetaSheet(wb: ExcelJS.Workbook, b: WorkbookBinding): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: (string | number)[][] = [
    [FORMAT_MARKER, FORMAT_VERSION],
    ['workspace', b.workspaceId],
    ['campaign', b.campaignId],
    ['owner', neutralise(b.owner)],
    ['binding', bindingHash(b)],
    ['categories', JSON.stringify(b.categories)],
    ['buckets', JSON.stringify(b.buckets)],
    ['sheet', 'questionnaire', 'process'],
    ...b.sheets.map((s) => [s.sheet, s.questionnaireId, s.processId]),
  ];
  rows.forEach((r, i) => (ws.getRow(i + 1).values = r));
}

/** Writes the workbook to `path` and returns its size in bytes. */
export async function writeQuestionnaireWorkbook(q: QuestionnaireWorkbook, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Steadfast';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  for (const p of q.processes) writeProcessSheet(wb, q, p);
  writeMetaSheet(wb, q.binding);
  // No password: protection keeps answers in their cells, it is not a secret (the import checks
  // every cell anyway), and exceljs's password hash costs 100,000 rounds per sheet.
  const protect = {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
  for (const ws of wb.worksheets) await ws.protect('', protect);
  await wb.xlsx.writeFile(path);
}
