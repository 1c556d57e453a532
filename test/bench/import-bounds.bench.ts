// Hostile import files against their bounds (issue 16): the sparse-XFD workbook (228 KB and
// 2.26 MB), a zip bomb, a CSV with one 40 MB cell and a 1,000,000-column header. Each is read by
// the import reader in its own child process, so the peak resident memory is that file's own.
import { spawn } from 'node:child_process';
import { zipOf } from '../fixtures/zip';
import { hugeCellCsv, sparseXfdWorkbook, wideHeaderCsv } from '../fixtures/hostile-files';
import type { BenchFigure } from './harness';

const CHILD_FLAG = '--import-bounds-child';

const CASES: Record<string, { fileName: string; make: () => Buffer }> = {
  'sparse XFD workbook, 23,500 rows': { fileName: 'sparse.xlsx', make: () => sparseXfdWorkbook(23_500) },
  'sparse XFD workbook, 232,000 rows': { fileName: 'sparse.xlsx', make: () => sparseXfdWorkbook(232_000) },
  'zip bomb, one 180 MB sheet of zeros': {
    fileName: 'bomb.xlsx',
    make: () =>
      zipOf([
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(180 * 1024 * 1024) },
      ]),
  },
  'CSV with one 40 MB cell': { fileName: 'processes.csv', make: () => hugeCellCsv(40 * 1024 * 1024) },
  'CSV header of 1,000,000 columns': { fileName: 'processes.csv', make: () => wideHeaderCsv(1_000_000) },
};

interface ChildReport {
  bytes: number;
  ms: number;
  peakMb: number;
  outcome: string;
}

async function child(name: string): Promise<void> {
  const { readImportFile } = await import('../../electron/core/imports/read-file');
  const c = CASES[name]!;
  const data = c.make();
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const outcome = await readImportFile(c.fileName, data).then(
    (f) => `${f.problems.length} problems: ${f.problems[0]?.message.slice(0, 70) ?? ''}`,
    (err: unknown) => `refused: ${String(err).slice(0, 90)}`,
  );
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const report: ChildReport = { bytes: data.length, ms, peakMb: peak / 1024 / 1024, outcome };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(name: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', import.meta.filename, CHILD_FLAG, name],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let text = '';
    p.stdout.on('data', (d: Buffer) => (text += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(text.trim().split('\n').pop()!) as ChildReport)
        : reject(new Error(`the child exited with ${code}`)),
    );
  });
}

export async function run(): Promise<BenchFigure[]> {
  const out: BenchFigure[] = [];
  for (const name of Object.keys(CASES)) {
    const r = await runChild(name);
    out.push({
      name: `import read: ${name}`,
      ms: r.ms,
      budgetMs: 10_000,
      peakMb: r.peakMb,
      budgetMb: 300,
      note: `${(r.bytes / 1024).toFixed(0)} KB file; ${r.outcome}`,
    });
  }
  return out;
}

if (process.argv[2] === CHILD_FLAG && process.argv[3]) await child(process.argv[3]);
