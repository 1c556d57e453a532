// `audit verify` with the state check on a workspace of 100,000 audit entries and 10,000 nodes,
// every entry written through the store's primitives (so each carries its row images). Built and
// checked in child processes (this file with --child) so the check's peak RSS is its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeBigMap } from './big-map';
import type { BenchFigure } from './harness';

const NODES = 10_000;
const PROCESSES = 2_000;
const EDGES = 10_000;
const RATINGS_PER_PROCESS = 40;

interface ChildResult {
  stateMs: number;
  /** CPU time (user + system): the figure a busy shared machine does not inflate. */
  stateCpuMs: number;
  verifyMs: number;
  verifyCpuMs: number;
  peakMb: number;
  baseMb: number;
  entries: number;
  rows: number;
  ok: boolean;
}

interface OpenResult {
  /** From the open's answer to the check's result, as the status bar sees it. */
  checkMs: number;
  /** Calls of another method (audit.list, a page of 50) answered while the check ran. */
  calls: number;
  firstCallMs: number;
  slowestCallMs: number;
  progressSeen: number;
  peakMb: number;
  ok: boolean;
}

/**
 * Opens the workspace as the app does (the check starts behind the open's answer) and keeps calling
 * another method until the check has finished: how long each call waited, and what the status bar saw.
 */
async function openChild(dir: string): Promise<void> {
  const { testSession } = await import('../fixtures/session');
  const { openPath } = await import('../../electron/core/domains/workspace/open');
  const t = testSession(dir);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  await openPath({ session: t.session }, join(dir, 'bench.steadfast'));
  const opened = performance.now();
  const waits: number[] = [];
  const progress = new Set<number>();
  let ok: boolean;
  for (;;) {
    // Each request arrives as a message, as the renderer's do: a turn of the event loop apart.
    await new Promise((resolve) => setImmediate(resolve));
    const c0 = performance.now();
    await t.call('audit.list', { limit: 50, offset: 0 });
    waits.push(performance.now() - c0);
    const s = await t.call<{ status: string; progress?: number; verification?: { ok: boolean } }>(
      'audit.integrity',
    );
    if (s.status === 'checking') progress.add(Math.round((s.progress ?? 0) * 100));
    else {
      ok = s.status === 'done' && s.verification?.ok === true;
      break;
    }
  }
  const checkMs = performance.now() - opened;
  clearInterval(sampler);
  t.session.replaceWorkspace(null);
  const out: OpenResult = {
    checkMs,
    calls: waits.length,
    firstCallMs: waits[0] ?? 0,
    slowestCallMs: Math.max(...waits),
    progressSeen: progress.size,
    peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024,
    ok,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function child(phase: 'build' | 'check', dir: string): Promise<void> {
  const { DataDir } = await import('../../electron/core/app/data-dir');
  const { Workspace } = await import('../../electron/core/app/workspace');
  const { verifyWorkspaceChain } = await import('../../electron/core/domains/audit/verify');
  const dataDir = new DataDir(join(dir, 'data'));
  const at = new Date('2026-03-02T09:00:00Z');
  const w = { actor: { name: 'Bench', role: 'Bench' }, now: at };
  const file = join(dir, 'bench.steadfast');
  if (phase === 'build') {
    const ws = await Workspace.create(file, 'State bench', dataDir, w);
    ws.write(w, (s) =>
      writeBigMap(s, w, {
        nodes: NODES,
        processes: PROCESSES,
        edges: EDGES,
        ratingsPerProcess: RATINGS_PER_PROCESS,
        maxSeverity: 4,
      }),
    );
    ws.close();
    return;
  }
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const ws = await Workspace.open(file, dataDir, at);
    const baseMb = process.memoryUsage().rss / 1024 / 1024;
    const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    const state = ws.store.state.check();
    const stateCpuMs = cpuMs(process.cpuUsage(c0));
    const stateMs = performance.now() - t0;
    t0 = performance.now();
    c0 = process.cpuUsage();
    const v = verifyWorkspaceChain(ws.store, ws.id, dataDir);
    const verifyCpuMs = cpuMs(process.cpuUsage(c0));
    const verifyMs = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    ws.close();
    const out: ChildResult = {
      stateMs,
      stateCpuMs,
      verifyMs,
      verifyCpuMs,
      peakMb: peak / 1024 / 1024,
      baseMb,
      entries: state.entries,
      rows: state.rows,
      ok: v.ok,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    clearInterval(sampler);
  }
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'steadfast-state-bench-'));
  const exec = (phase: string) =>
    promisify(execFile)('npx', ['tsx', import.meta.filename, '--child', phase, dir], {
      maxBuffer: 1 << 20,
      timeout: 600_000,
      env: { ...process.env, STEADFAST_DATA_DIR: join(dir, 'data') },
    });
  try {
    await exec('build');
    const { stdout } = await exec('check');
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildResult;
    const opened = await exec('open');
    const o = JSON.parse(opened.stdout.trim().split('\n').pop() ?? '') as OpenResult;
    const what = `${r.entries} entries, ${r.rows} rows`;
    return [
      {
        name: `state check alone (${what})`,
        ms: r.stateMs,
        budgetMs: 2000,
        note: `CPU ${r.stateCpuMs.toFixed(0)} ms; ${r.ok ? 'intact' : 'NOT INTACT'}`,
      },
      {
        name: `audit verify: chain walk + state check`,
        ms: r.verifyMs,
        budgetMs: 2000,
        peakMb: r.peakMb,
        note: `CPU ${r.verifyCpuMs.toFixed(0)} ms; RSS before the check ${r.baseMb.toFixed(0)} MB`,
      },
      {
        name: `open-time check, sliced, while another method is called`,
        ms: o.checkMs,
        peakMb: o.peakMb,
        note: `${o.ok ? 'intact' : 'NOT INTACT'}; ${o.calls} audit.list calls answered meanwhile, first in ${o.firstCallMs.toFixed(0)} ms, slowest ${o.slowestCallMs.toFixed(0)} ms; ${o.progressSeen} progress figures seen`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  const phase = process.argv[at + 1];
  const where = process.argv[at + 2] ?? tmpdir();
  if (phase === 'open') await openChild(where);
  else await child(phase === 'check' ? 'check' : 'build', where);
}
