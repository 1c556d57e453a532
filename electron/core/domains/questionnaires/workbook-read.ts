// Reads a returned questionnaire workbook with the import machinery's readers (the same size and
// ZIP-bomb checks, the same streaming XML reader), checks its binding, and turns each process
// sheet's answer cells into typed answers with zod. Every bad cell is named (sheet and cell); any
// problem refuses the whole workbook, so nothing is half taken.
import { z } from 'zod';
import { AppError } from '../../../../shared/contract';
import { checkXlsxContainer } from '../../imports/zip-guard';
import { formatMb, IMPORT_LIMITS } from '../../imports/limits';
import { isBlankCell, type RawCell } from '../../imports/raw';
import { sniff } from '../../imports/sniff';
import { readXlsx } from '../../imports/xlsx-read';
import { bindingHash, type WorkbookBinding } from './binding';
import { col, DEPENDENCY_ROWS, FORMAT_MARKER, FORMAT_VERSION, META_SHEET, sheetLayout } from './layout';

/** A questionnaire's rows are few: anything past this is not ours and is not read. */
const MAX_ROWS_READ = 400;

export interface SheetAnswers {
  sheet: string;
  questionnaireId: string;
  processId: string;
  /** One per matrix cell the owner filled in. */
  ratings: { categoryId: string; bucketId: string; severity: number; cell: string }[];
  dataLossToleranceMinutes: { value: number; cell: string } | null;
  wrtMinutes: { value: number; cell: string } | null;
  mbco: { value: string; cell: string } | null;
  notes: { value: string; cell: string } | null;
  dependencies: string[];
}

export interface ReturnedWorkbook {
  binding: WorkbookBinding;
  sheets: SheetAnswers[];
}

type Grid = Map<number, RawCell[]>;

const refuse = (message: string) => new AppError('INVALID_INPUT', message);

const severityCell = z.union([
  z.number().int().min(0).max(4),
  z
    .string()
    .trim()
    .regex(/^[0-4]$/)
    .transform(Number),
]);
const hoursCell = z.union([
  z.number().min(0).max(8760),
  z
    .string()
    .trim()
    .regex(/^\d+([.,]\d+)?$/)
    .transform((s) => Number(s.replace(',', '.')))
    .pipe(z.number().max(8760)),
]);
const textCell = (max: number) =>
  z.union([z.string(), z.number().transform(String)]).pipe(z.string().trim().max(max));
const metaSchema = z
  .object({
    workspaceId: z.string().min(1).max(100),
    campaignId: z.string().min(1).max(100),
    owner: z.string().max(200),
    binding: z.string().regex(/^[0-9a-f]{64}$/),
    categories: z.array(z.string().min(1).max(100)).min(1).max(100),
    buckets: z.array(z.string().min(1).max(100)).min(1).max(100),
    sheets: z
      .array(
        z.object({
          sheet: z.string().min(1).max(31),
          questionnaireId: z.string().min(1).max(100),
          processId: z.string().min(1).max(100),
        }),
      )
      .min(1)
      .max(5000),
  })
  .strict();

function at(grid: Grid | undefined, row: number, column: number): RawCell {
  return grid?.get(row)?.[column - 1] ?? null;
}

function shown(v: RawCell): string {
  return typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : String(v);
}

function json(v: RawCell): unknown {
  try {
    return typeof v === 'string' ? JSON.parse(v) : undefined;
  } catch {
    return undefined;
  }
}

async function readGrids(fileName: string, data: Buffer): Promise<Map<string, Grid>> {
  if (data.length > IMPORT_LIMITS.maxFileBytes)
    throw refuse(
      `${fileName} is ${formatMb(data.length)}; a questionnaire workbook is far smaller (limit ${formatMb(IMPORT_LIMITS.maxFileBytes)}).`,
    );
  if (sniff(fileName, data).type !== 'zip')
    throw refuse(
      `${fileName} is not an Excel workbook: return the questionnaire as the .xlsx it was sent as.`,
    );
  const container = await checkXlsxContainer(fileName, data);
  const grids = new Map<string, Grid>();
  try {
    for await (const sheet of readXlsx(data, container.sheetNames)) {
      const grid: Grid = new Map();
      for await (const r of sheet.rows) {
        if (r.row > MAX_ROWS_READ) break;
        grid.set(r.row, r.cells);
      }
      grids.set(sheet.name, grid);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(
      `${fileName} could not be read as an Excel workbook (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  return grids;
}

function readBinding(fileName: string, grids: Map<string, Grid>): WorkbookBinding {
  const meta = grids.get(META_SHEET);
  if (!meta || at(meta, 1, 1) !== FORMAT_MARKER)
    throw refuse(
      `${fileName} is not a Steadfast questionnaire: its hidden "${META_SHEET}" sheet is missing or was changed. Upload the workbook as it was sent, with the answers filled in.`,
    );
  if (at(meta, 1, 2) !== FORMAT_VERSION && at(meta, 1, 2) !== String(FORMAT_VERSION))
    throw refuse(
      `${fileName} is a questionnaire of format ${shown(at(meta, 1, 2))}; this version reads format ${FORMAT_VERSION}.`,
    );
  const sheets: unknown[] = [];
  for (let r = 9; meta.has(r) && !isBlankCell(at(meta, r, 1)); r++)
    sheets.push({ sheet: at(meta, r, 1), questionnaireId: at(meta, r, 2), processId: at(meta, r, 3) });
  const parsed = metaSchema.safeParse({
    workspaceId: at(meta, 2, 2),
    campaignId: at(meta, 3, 2),
    owner: String(at(meta, 4, 2) ?? ''),
    binding: at(meta, 5, 2),
    categories: json(at(meta, 6, 2)),
    buckets: json(at(meta, 7, 2)),
    sheets,
  });
  if (!parsed.success)
    throw refuse(
      `${fileName}: the questionnaire's hidden "${META_SHEET}" sheet was changed, so the answers cannot be matched to their processes.`,
    );
  const { binding, ...b } = parsed.data;
  if (bindingHash(b) !== binding)
    throw refuse(
      `${fileName}: the ids in the questionnaire's hidden "${META_SHEET}" sheet do not match their binding hash; the sheet was edited.`,
    );
  return b;
}

function readSheet(
  b: WorkbookBinding,
  s: WorkbookBinding['sheets'][number],
  grid: Grid,
  problems: string[],
): SheetAnswers {
  const L = sheetLayout(b.categories.length, b.buckets.length);
  const where = (row: number, column: number) => `sheet "${s.sheet}", cell ${col(column)}${row}`;
  const out: SheetAnswers = {
    ...s,
    ratings: [],
    dataLossToleranceMinutes: null,
    wrtMinutes: null,
    mbco: null,
    notes: null,
    dependencies: [],
  };
  b.categories.forEach((categoryId, i) =>
    b.buckets.forEach((bucketId, j) => {
      const row = L.firstMatrixRow + i;
      const column = L.firstMatrixCol + j;
      const v = at(grid, row, column);
      if (isBlankCell(v)) return;
      const r = severityCell.safeParse(v);
      if (r.success)
        out.ratings.push({ categoryId, bucketId, severity: r.data, cell: `${col(column)}${row}` });
      else
        problems.push(`${where(row, column)}: ${shown(v)} is not a severity; choose 0 (none) to 4 (severe).`);
    }),
  );
  const hoursField = (key: 'dataLossToleranceHours' | 'wrtHours') => {
    const row = L.fieldRow[key];
    const v = at(grid, row, 2);
    if (isBlankCell(v)) return null;
    const r = hoursCell.safeParse(v);
    if (r.success) return { value: Math.round(r.data * 60), cell: `B${row}` };
    problems.push(`${where(row, 2)}: ${shown(v)} is not a number of hours from 0 to 8,760.`);
    return null;
  };
  const textField = (key: 'mbco' | 'notes', max: number) => {
    const row = L.fieldRow[key];
    const v = at(grid, row, 2);
    if (isBlankCell(v)) return null;
    const r = textCell(max).safeParse(v);
    if (r.success) return { value: r.data, cell: `B${row}` };
    problems.push(`${where(row, 2)}: the text is longer than ${max.toLocaleString('en-GB')} characters.`);
    return null;
  };
  out.dataLossToleranceMinutes = hoursField('dataLossToleranceHours');
  out.wrtMinutes = hoursField('wrtHours');
  out.mbco = textField('mbco', 2000);
  out.notes = textField('notes', 20_000);
  for (let k = 0; k < DEPENDENCY_ROWS; k++) {
    const row = L.firstDependencyRow + k;
    const v = at(grid, row, 1);
    if (isBlankCell(v)) continue;
    const r = textCell(300).safeParse(v);
    if (r.success) out.dependencies.push(r.data);
    else problems.push(`${where(row, 1)}: a dependency must be at most 300 characters.`);
  }
  return out;
}

/** The workbook's binding and answers; any problem refuses it with every problem listed. */
export async function readReturnedWorkbook(fileName: string, data: Buffer): Promise<ReturnedWorkbook> {
  const grids = await readGrids(fileName, data);
  const binding = readBinding(fileName, grids);
  const problems: string[] = [];
  const expected = new Set(binding.sheets.map((s) => s.sheet));
  const strangers = [...grids.keys()].filter((n) => n !== META_SHEET && !expected.has(n));
  const sheets: SheetAnswers[] = [];
  for (const s of binding.sheets) {
    const grid = grids.get(s.sheet);
    if (!grid) {
      problems.push(
        `The sheet "${s.sheet}" is missing: it was renamed or deleted${strangers.length > 0 ? ` (the workbook has a sheet "${strangers.join('", "')}" it was not sent with)` : ''}. Give it back its name "${s.sheet}".`,
      );
      continue;
    }
    sheets.push(readSheet(binding, s, grid, problems));
  }
  if (problems.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `${fileName} was not taken; nothing was changed:\n${problems.map((p) => `• ${p}`).join('\n')}`,
    );
  return { binding, sheets };
}
