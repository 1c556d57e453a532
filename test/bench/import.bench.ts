// Import of a workbook of 102,000 ratings (1,000 processes × 6 categories × 17 buckets): preview
// (container check, streaming read, validation) plus commit, timed and with peak resident memory.
// Memory is measured in a child process so the figure is the import's own, not the bench runner's.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportCommitResult, ImportPreview, Registers } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';
import type { BenchFigure } from './harness';

const PROCESSES = 1_000;
const EXTRA_BUCKETS = 9;
const CHILD_FLAG = '--import-bench-child';

interface ChildReport {
  ratings: number;
  bytes: number;
  previewMs: number;
  commitMs: number;
  peakMb: number;
  baselineMb: number;
}

const processName = (i: number) => `Process ${String(i).padStart(4, '0')}`;

async function writeWorkbook(path: string, registers: Registers): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(path),
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('Ratings');
  ws.addRow(['Process', 'Category', 'Bucket', 'Severity']).commit();
  let n = 0;
  for (let p = 0; p < PROCESSES; p++)
    for (const c of registers.categories)
      registers.buckets.forEach((b, i) => {
        ws.addRow([processName(p), c.name, b.label, Math.min(4, Math.floor((i + p) / 4) % 5)]).commit();
        n += 1;
      });
  ws.commit();
  await wb.commit();
  return n;
}

async function child(root: string): Promise<void> {
  const t = testSession(root);
  await t.as('Bench', 'Bench');
  await t.call('workspace.create', { name: 'Import bench' });
  for (let i = 0; i < EXTRA_BUCKETS; i++)
    await t.call('buckets.save', { label: `${i + 6} w`, minutes: (i + 6) * 10_080 + 7 });
  const rows = Array.from({ length: PROCESSES }, (_, i) => ({ kind: 'process', name: processName(i) }));
  await t.call('nodes.saveMany', { rows });
  const file = join(root, 'ratings.xlsx');
  const ratings = await writeWorkbook(file, await t.call<Registers>('registers.get'));
  const data = readFileSync(file);
  const dataBase64 = data.toString('base64');
  global.gc?.();
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const preview = await t.call<ImportPreview>('import.preview', { fileName: 'ratings.xlsx', dataBase64 });
  const t1 = performance.now();
  if (!preview.canCommit)
    throw new Error(`unexpected problems: ${JSON.stringify(preview.problems.slice(0, 3))}`);
  const result = await t.call<ImportCommitResult>('import.commit', { token: preview.token });
  const t2 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.created !== ratings) throw new Error(`created ${result.created}, expected ${ratings}`);
  t.session.replaceWorkspace(null);
  const report: ChildReport = {
    ratings,
    bytes: data.length,
    previewMs: t1 - t0,
    commitMs: t2 - t1,
    peakMb: peak / 1024 / 1024,
    baselineMb,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

export async function run(): Promise<BenchFigure[]> {
  const dir = tempDir('steadfast-bench-import-');
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, CHILD_FLAG, dir.path],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let text = '';
      p.stdout.on('data', (d: Buffer) => (text += d.toString()));
      p.on('error', reject);
      p.on('exit', (code) =>
        code === 0 ? resolve(text) : reject(new Error(`the child exited with ${code}`)),
      );
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as ChildReport;
    const size = `${(r.bytes / 1024 / 1024).toFixed(1)} MB file`;
    return [
      {
        name: `import ${r.ratings.toLocaleString('en-GB')} ratings (preview + commit)`,
        ms: r.previewMs + r.commitMs,
        budgetMs: 3000,
        peakMb: r.peakMb,
        budgetMb: 300,
        note: `${size}; preview ${r.previewMs.toFixed(0)} ms, commit ${r.commitMs.toFixed(0)} ms; RSS before ${r.baselineMb.toFixed(0)} MB`,
      },
    ];
  } finally {
    dir.cleanup();
  }
}

if (process.argv[2] === CHILD_FLAG && process.argv[3]) await child(process.argv[3]);
