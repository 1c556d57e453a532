// `verify --recompute`: reads the pack's inputs.json (zod; a malformed file is a problem, never a
// crash), reruns the domain code on it (rerun.ts) and compares every figure the workbook and the
// manifest report with the recomputed one, naming each difference by sheet, row, column, reported
// and recomputed value, and counting the figures compared per kind.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceManifest } from '../../../shared/contract';
import {
  RECOMPUTE_INPUTS_FILE,
  recomputeInputsSchema,
  type RecomputeInputs,
} from '../../../shared/contract/recompute-inputs';
import { isFormulaLike, neutralise } from '../reports/xlsx/neutralise';
import {
  expectations,
  FIGURE_KINDS,
  type FigureKind,
  type FigureValue,
  type SheetExpectation,
} from './expected';
import { rerun } from './rerun';
import { readSheets, type SheetRow } from './workbook';

export interface RecomputeResult {
  problems: string[];
  /** Figures compared, per kind (0 for a kind the pack has none of). */
  counts: Record<FigureKind, number>;
  total: number;
}

export async function recomputePack(folder: string, manifest: EvidenceManifest): Promise<RecomputeResult> {
  const problems: string[] = [];
  const counts = Object.fromEntries(FIGURE_KINDS.map((k) => [k, 0])) as Record<FigureKind, number>;
  const done = (): RecomputeResult => ({
    problems,
    counts,
    total: Object.values(counts).reduce((s, n) => s + n, 0),
  });

  const inputs = await readInputs(folder, manifest, problems);
  if (!inputs) return done();

  const facts: [string, FigureValue, FigureValue][] = [
    ['workspaceId', manifest.workspaceId, inputs.workspaceId],
    ['chainHead.seq', manifest.chainHead.seq, inputs.chainHead.seq],
    ['chainHead.hash', manifest.chainHead.hash, inputs.chainHead.hash],
    ['appVersion', manifest.appVersion, inputs.engine.appVersion],
  ];
  for (const [field, reported, recorded] of facts) {
    counts.manifest++;
    if (reported !== recorded)
      problems.push(
        `manifest.json, ${field}: reported ${show(reported)}, ${RECOMPUTE_INPUTS_FILE} records ${show(recorded)}`,
      );
  }

  let recomputed: ReturnType<typeof rerun>;
  try {
    recomputed = rerun(inputs);
  } catch (err) {
    problems.push(
      `${RECOMPUTE_INPUTS_FILE}: the domain code refused these inputs (${err instanceof Error ? err.message : String(err)})`,
    );
    return done();
  }
  const sheets = expectations(inputs, recomputed);

  const workbook = manifest.files.find((file) => file.name.endsWith('.xlsx'));
  if (!workbook || !existsSync(join(folder, workbook.name))) {
    problems.push('cannot compare the figures: the pack has no workbook');
    return done();
  }
  const read = await readSheets(
    join(folder, workbook.name),
    new Map(sheets.map((s) => [s.sheet, columnsOf(s)])),
  );
  for (const s of sheets) compareSheet(workbook.name, s, read.get(s.sheet), counts, problems);
  return done();
}

async function readInputs(
  folder: string,
  manifest: EvidenceManifest,
  problems: string[],
): Promise<RecomputeInputs | null> {
  const path = join(folder, RECOMPUTE_INPUTS_FILE);
  if (!manifest.files.some((file) => file.name === RECOMPUTE_INPUTS_FILE) || !existsSync(path)) {
    problems.push(
      `cannot recompute: the pack has no ${RECOMPUTE_INPUTS_FILE} (packs exported before it was added cannot be re-performed)`,
    );
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    problems.push(`${RECOMPUTE_INPUTS_FILE}: not JSON`);
    return null;
  }
  const parsed = recomputeInputsSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` and ${parsed.error.issues.length - 5} more` : '';
    problems.push(`${RECOMPUTE_INPUTS_FILE}: not a valid inputs file (${issues.join('; ')}${more})`);
    return null;
  }
  return parsed.data;
}

function columnsOf(s: SheetExpectation): string[] {
  const columns = new Set(s.keyColumns);
  for (const r of s.rows) for (const fig of r.figures) columns.add(fig.column);
  return [...columns];
}

function compareSheet(
  file: string,
  s: SheetExpectation,
  rows: SheetRow[] | undefined,
  counts: Record<FigureKind, number>,
  problems: string[],
): void {
  const where = `${file}, sheet "${s.sheet}"`;
  if (rows === undefined) {
    if (s.rows.length > 0) problems.push(`${where}: missing, or without the columns it should have`);
    return;
  }
  const keyOf = (values: readonly string[]) => values.join('\u0000');
  const byKey = new Map<string, SheetRow[]>();
  for (const row of rows) {
    const k = keyOf(s.keyColumns.map((c) => row.cells.get(c) ?? ''));
    const list = byKey.get(k);
    if (list) list.push(row);
    else byKey.set(k, [row]);
  }
  for (const expected of s.rows) {
    const row = byKey.get(keyOf(expected.key.map(neutralise)))?.shift();
    if (!row) {
      counts[expected.figures[0]!.kind]++;
      problems.push(`${where}: no row "${expected.label}", which the recomputation has`);
      continue;
    }
    for (const fig of expected.figures) {
      counts[fig.kind]++;
      const reported = row.cells.get(fig.column) ?? '';
      if (!same(reported, fig.value))
        problems.push(
          `${where}, row "${expected.label}" (row ${row.row}), column "${fig.column}": reported ${reported === '' ? '(empty)' : reported}, recomputed ${show(fig.value)}`,
        );
    }
  }
  if (!s.complete) return;
  for (const left of byKey.values())
    for (const row of left)
      problems.push(
        `${where}, row ${row.row} ("${s.keyColumns.map((c) => row.cells.get(c) ?? '').join(' / ')}"): reported, but the recomputation has no such row`,
      );
}

/** A cell as the workbook writer would have written the value (ooxml.ts cellXml, neutralise.ts cell). */
function same(cell: string, v: FigureValue): boolean {
  if (v === null || v === undefined) return cell === '';
  if (typeof v === 'number') return Number.isFinite(v) ? cell !== '' && Number(cell) === v : cell === '';
  if (typeof v === 'boolean') return cell === (v ? '1' : '0');
  const text = neutralise(v);
  // Packs written before the quotePrefix style prefixed formula-like text with a visible quote.
  return cell === text || (isFormulaLike(text) && cell === `'${text}`);
}

function show(v: FigureValue): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '(empty)';
  return String(v);
}

/** One line for the person running verify: how many figures were compared, per kind. */
export function recomputeSummary(r: RecomputeResult): string {
  const kinds = FIGURE_KINDS.filter((k) => r.counts[k] > 0)
    .map((k) => `${k} ${r.counts[k]}`)
    .join(', ');
  const verdict =
    r.problems.length === 0
      ? 'all agree'
      : `${r.problems.length} difference${r.problems.length === 1 ? '' : 's'}`;
  return `Recomputed ${r.total} figure${r.total === 1 ? '' : 's'} from ${RECOMPUTE_INPUTS_FILE} (${kinds || 'none'}): ${verdict}.`;
}
