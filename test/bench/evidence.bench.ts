// Evidence packs at scale: a ~500-page PDF (one BIA page per process) and a workbook of 100,000
// audit rows. Each runs in a child process (this file with --child) so its peak RSS is its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Workspace as WorkspaceType } from '../../electron/core/app/workspace';
import type { BenchFigure } from './harness';

const PROCESSES = 480;
const AUDIT_ROWS = 100_000;

interface ChildResult {
  ms: number;
  peakMb: number;
  /** RSS when the export starts, after building the workspace. */
  baseMb: number;
  pages?: number;
  rows?: number;
}

/**
 * `build`: writes the workspace deterministically into dir. `export`: opens it and times the export
 * alone while sampling RSS, in a process of its own so building does not count.
 */
async function child(kind: 'pdf' | 'xlsx', phase: 'build' | 'export', dir: string): Promise<void> {
  const { DataDir } = await import('../../electron/core/app/data-dir');
  const { Workspace } = await import('../../electron/core/app/workspace');
  const { appendAudit } = await import('../../electron/core/store/audit-chain');
  const { writePack } = await import('../../electron/core/domains/evidence/pack');
  const { createIdentity } = await import('../../electron/core/trust/identity-file');
  const { identityPackSigner } = await import('../../electron/core/app/signers');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const dataDir = new DataDir(join(dir, 'data'));
    const at = new Date('2026-03-02T09:00:00Z');
    const actor = { name: 'Bench', role: 'Bench' };
    const file = join(dir, 'bench.steadfast');
    if (phase === 'export') {
      const opened = await Workspace.open(file, dataDir, at);
      await exportAndReport(opened);
      return;
    }
    const ws = await Workspace.create(file, 'Bench workspace', dataDir, { actor, now: at });
    const db = ws.db;
    db.transaction(() => {
      const node = db.prepare(
        "INSERT INTO node (id, kind, name, owner, department, description, created_at, updated_at) VALUES (?, ?, ?, '', ?, '', ?, ?)",
      );
      const bia = db.prepare(
        "INSERT INTO bia (process_id, status, created_at, updated_at) VALUES (?, 'draft', ?, ?)",
      );
      const rate = db.prepare(
        `INSERT INTO bia_rating (process_id, category_id, bucket_id, severity, updated_at) VALUES (?, ?, ?, ?, '${at.toISOString()}')`,
      );
      const edge = db.prepare(
        'INSERT INTO edge (id, consumer_id, provider_id, hard, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
      );
      const cats = db.prepare('SELECT id FROM impact_category').pluck().all() as string[];
      const buckets = db.prepare('SELECT id FROM time_bucket ORDER BY minutes').pluck().all() as string[];
      const apps = kind === 'pdf' ? 60 : 10;
      for (let a = 0; a < apps; a++)
        node.run(`app-${a}`, 'application', `Application ${a}`, 'IT', at.toISOString(), at.toISOString());
      const processes = kind === 'pdf' ? PROCESSES : 50;
      for (let p = 0; p < processes; p++) {
        const id = `proc-${p}`;
        node.run(
          id,
          'process',
          `Process ${p} Zoë 東京`,
          `Dept ${p % 12}`,
          at.toISOString(),
          at.toISOString(),
        );
        bia.run(id, at.toISOString(), at.toISOString());
        cats.forEach((c, ci) =>
          buckets.forEach((b, bi) => rate.run(id, c, b, Math.min(4, Math.floor((bi + ci + (p % 3)) / 2)))),
        );
        edge.run(`e-${p}`, id, `app-${p % apps}`, at.toISOString(), at.toISOString());
      }
      if (kind === 'xlsx')
        for (let i = 0; i < AUDIT_ROWS; i++)
          appendAudit(db, actor, at, [
            {
              action: 'bench.write',
              entity: 'node',
              entityId: `proc-${i % 50}`,
              after: { i },
            },
          ]);
    })();
    ws.close();

    async function exportAndReport(ws: WorkspaceType): Promise<void> {
      const baseMb = process.memoryUsage().rss / 1024 / 1024;
      const t0 = performance.now();
      const r = await writePack(ws, dataDir, {
        folder: dir,
        pdf: kind === 'pdf' ? 'evidence.pdf' : undefined,
        xlsx: kind === 'xlsx' ? 'evidence.xlsx' : undefined,
        scope: { kind: 'workspace' },
        preparedBy: identityPackSigner(
          createIdentity({ ...actor, passphrase: 'bench passphrase' }, at, { N: 1024, r: 8, p: 1 }).unlocked,
        ),
        at,
        appVersion: 'bench',
      });
      const ms = performance.now() - t0;
      peak = Math.max(peak, process.memoryUsage().rss);
      ws.close();
      const out: ChildResult = { ms, peakMb: peak / 1024 / 1024, baseMb, pages: r.pages, rows: r.rows };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
  } finally {
    clearInterval(sampler);
  }
}

async function measureChild(kind: 'pdf' | 'xlsx'): Promise<ChildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'steadfast-evidence-bench-'));
  const exec = (phase: string) =>
    promisify(execFile)('npx', ['tsx', import.meta.filename, '--child', kind, phase, dir], {
      maxBuffer: 1 << 20,
      timeout: 300_000,
      env: { ...process.env, STEADFAST_DATA_DIR: join(dir, 'data') },
    });
  try {
    await exec('build');
    const { stdout } = await exec('export');
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchFigure[]> {
  const pdf = await measureChild('pdf');
  const xlsx = await measureChild('xlsx');
  return [
    {
      name: `evidence PDF, ${PROCESSES} processes (${pdf.pages} pages)`,
      ms: pdf.ms,
      budgetMs: 5000,
      peakMb: pdf.peakMb,
      budgetMb: 250,
      note: `RSS before the export ${pdf.baseMb.toFixed(0)} MB`,
    },
    {
      name: `evidence workbook, ${xlsx.rows} rows`,
      ms: xlsx.ms,
      budgetMs: 2500,
      peakMb: xlsx.peakMb,
      budgetMb: 250,
      note: `RSS before the export ${xlsx.baseMb.toFixed(0)} MB`,
    },
  ];
}

const at = process.argv.indexOf('--child');
if (at >= 0)
  await child(
    process.argv[at + 1] === 'xlsx' ? 'xlsx' : 'pdf',
    process.argv[at + 2] === 'export' ? 'export' : 'build',
    process.argv[at + 3] ?? tmpdir(),
  );
