// The evidence PDF at about 500 and 2,000 pages (issue 16: memory flat in the page count). The
// workspace is written through the API (so its audit chain holds), then loadEvidence + writePdf run
// in a child process whose peak resident memory is the figure.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tempDir, testSession } from '../fixtures/session';
import type { BenchFigure } from './harness';

const CHILD_FLAG = '--pdf-pages-child';

interface ChildReport {
  pages: number;
  ms: number;
  peakMb: number;
  baseMb: number;
}

async function child(processes: number, root: string): Promise<void> {
  const { loadEvidence } = await import('../../electron/core/domains/evidence/gather');
  const { writePdf } = await import('../../electron/core/reports/pdf/render');
  const { identityPackSigner } = await import('../../electron/core/app/signers');
  const { createIdentity } = await import('../../electron/core/trust/identity-file');
  const t = testSession(root);
  await t.as('Bench', 'Bench');
  await t.call('workspace.create', { name: 'PDF bench' });
  const rows = Array.from({ length: processes }, (_, i) => ({
    kind: 'process',
    name: `Process ${i} Zoë 東京`,
    department: `Dept ${i % 12}`,
  }));
  for (let i = 0; i < rows.length; i += 500) await t.call('nodes.saveMany', { rows: rows.slice(i, i + 500) });
  const at = new Date('2026-03-02T09:00:00Z');
  const preparedBy = identityPackSigner(
    createIdentity({ name: 'Bench', role: 'Bench', passphrase: 'bench passphrase' }, at, {
      N: 1024,
      r: 8,
      p: 1,
    }).unlocked,
  );
  const ws = t.session.workspace!;
  global.gc?.();
  const baseMb = process.memoryUsage().rss / 1024 / 1024;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const e = loadEvidence(ws, t.dataDir, {
    scope: { kind: 'workspace' },
    packFiles: ['evidence.pdf'],
    preparedBy,
    at,
    appVersion: 'bench',
  });
  const { pages } = await writePdf(e, join(root, 'evidence.pdf'));
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const report: ChildReport = { pages, ms, peakMb: peak / 1024 / 1024, baseMb };
  process.stdout.write(`${JSON.stringify(report)}\n`);
  t.session.replaceWorkspace(null);
}

function runChild(processes: number, root: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', import.meta.filename, CHILD_FLAG, String(processes), root],
      { stdio: ['ignore', 'pipe', 'inherit'] },
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
  for (const processes of (process.env.STEADFAST_PDF_PROCESSES ?? '400,1600').split(',').map(Number)) {
    const dir = tempDir('steadfast-bench-pdf-');
    try {
      const r = await runChild(processes, dir.path);
      out.push({
        name: `evidence PDF, ${processes.toLocaleString('en-GB')} processes (${r.pages.toLocaleString('en-GB')} pages)`,
        ms: r.ms,
        peakMb: r.peakMb,
        budgetMb: 250,
        note: `RSS before ${r.baseMb.toFixed(0)} MB; load + two layout passes`,
      });
    } finally {
      dir.cleanup();
    }
  }
  return out;
}

const at = process.argv.indexOf(CHILD_FLAG);
if (at >= 0) await child(Number(process.argv[at + 1]), process.argv[at + 2]!);
