// Bringing back a workshop packet with 10,000 changed ratings and 1,000 changed nodes into a master
// of 100,000 audit entries (which changed 100 other nodes since the cut): review (verify the packet's
// chain, fold both sides, plan) and accept (one transaction). Built and merged in child processes
// (this file with --child) so the merge's peak RSS is its own.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeBigMap } from './big-map';
import type { BenchFigure } from './harness';

/** STEADFAST_BENCH_SCALE=0.1 runs a tenth of the sizes (a quick check of the benchmark itself). */
const SCALE = Number(process.env.STEADFAST_BENCH_SCALE ?? 1);
const NODES = Math.round(10_000 * SCALE);
const PROCESSES = Math.round(2_000 * SCALE);
const EDGES = Math.round(10_000 * SCALE);
const RATINGS_PER_PROCESS = 40;
const CHANGED_RATINGS = Math.round(10_000 * SCALE);
const CHANGED_NODES = Math.round(1_000 * SCALE);
const log = (what: string) => process.stderr.write(`${new Date().toISOString()} ${what}\n`);

interface ChildResult {
  reviewMs: number;
  acceptMs: number;
  cpuMs: number;
  peakMb: number;
  baseMb: number;
  masterEntries: number;
  packetEntries: number;
  applied: number;
  conflicts: number;
  ok: boolean;
}

async function child(phase: 'build' | 'merge', dir: string): Promise<void> {
  const { DataDir } = await import('../../electron/core/app/data-dir');
  const { Workspace } = await import('../../electron/core/app/workspace');
  const { cutPacket } = await import('../../electron/core/domains/packets/cut');
  const { acceptMerge, prepareMerge } = await import('../../electron/core/domains/packets/merge');
  const dataDir = new DataDir(join(dir, 'data'));
  let t = Date.parse('2026-03-02T09:00:00Z');
  const w = () => ({ actor: { name: 'Bench', role: 'Bench' }, now: new Date((t += 60_000)) });
  const file = join(dir, 'master.steadfast');
  const packetFile = join(dir, 'packet.steadfast');
  if (phase === 'build') {
    const w0 = w();
    const ws = await Workspace.create(file, 'Merge bench', dataDir, w0);
    const { ids, cells } = ws.write(w0, (s) =>
      writeBigMap(s, w0, {
        nodes: NODES,
        processes: PROCESSES,
        edges: EDGES,
        ratingsPerProcess: RATINGS_PER_PROCESS,
        maxSeverity: 3,
      }),
    );
    log('master built');
    await cutPacket(ws, packetFile, { kind: 'whole', values: [] }, dataDir, w());
    log('packet cut');
    // The master moves on: 100 other nodes edited after the cut.
    const wm = w();
    const before = ws.store.nodes.everyNode();
    ws.write(wm, (s) => {
      const audit = [];
      for (let i = NODES / 2; i < NODES / 2 + 100; i++) {
        const n = before.find((x) => x.id === ids[i])!;
        audit.push(...s.nodes.save(wm, { ...n, owner: 'Master owner' }).audit);
      }
      return { value: null, audit };
    });
    ws.close();
    log('master moved on');
    // The workshop: 10,000 ratings and 1,000 nodes changed, one transaction per 1,000 changes.
    const packet = await Workspace.open(packetFile, dataDir, new Date(t));
    const perBatch = CHANGED_RATINGS / 10;
    for (let batch = 0; batch < 10; batch++) {
      const wp = w();
      packet.write(wp, (s) => {
        const audit = [];
        for (let k = batch * perBatch; k < (batch + 1) * perBatch; k++) {
          const cell = cells[k * 8]!;
          audit.push(
            ...s.bia.rate(wp, ids[cell.p]!, {
              categoryId: cell.categoryId,
              bucketId: cell.bucketId,
              severity: 4,
            }).audit,
          );
        }
        return { value: null, audit };
      });
    }
    const wn = w();
    const all = packet.store.nodes.everyNode();
    packet.write(wn, (s) => {
      const audit = [];
      for (let i = PROCESSES; i < PROCESSES + CHANGED_NODES; i++) {
        const n = all.find((x) => x.id === ids[i])!;
        audit.push(...s.nodes.save(wn, { ...n, description: 'Reviewed in the workshop' }).audit);
      }
      return { value: null, audit };
    });
    packet.close();
    log('workshop done');
    return;
  }
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const master = await Workspace.open(file, dataDir, new Date(t));
    const packet = await Workspace.open(packetFile, dataDir, new Date(t));
    const baseMb = process.memoryUsage().rss / 1024 / 1024;
    const c0 = process.cpuUsage();
    let t0 = performance.now();
    const review = prepareMerge(master, packet);
    const reviewMs = performance.now() - t0;
    t0 = performance.now();
    const out = acceptMerge(master, review, new Map(), w());
    const acceptMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    peak = Math.max(peak, process.memoryUsage().rss);
    const result: ChildResult = {
      reviewMs,
      acceptMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakMb: peak / 1024 / 1024,
      baseMb,
      masterEntries: review.masterHead.seq,
      packetEntries: review.entries.length,
      applied: out.applied,
      conflicts: review.conflicts.length,
      ok: master.store.audit.walk().ok && master.store.packets.verifyImported() === null,
    };
    packet.close();
    master.close();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    clearInterval(sampler);
  }
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'steadfast-merge-bench-'));
  const exec = (phase: string) =>
    promisify(execFile)('npx', ['tsx', import.meta.filename, '--child', phase, dir], {
      maxBuffer: 1 << 20,
      timeout: 900_000,
      env: { ...process.env, STEADFAST_DATA_DIR: join(dir, 'data') },
    });
  try {
    await exec('build');
    const { stdout } = await exec('merge');
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '') as ChildResult;
    return [
      {
        name: `merge a packet: review (${r.packetEntries} packet entries into ${r.masterEntries})`,
        ms: r.reviewMs,
      },
      {
        name: `merge a packet: review + accept (${r.applied} rows, ${r.conflicts} conflicts)`,
        ms: r.reviewMs + r.acceptMs,
        budgetMs: 2000,
        peakMb: r.peakMb,
        budgetMb: 300,
        note: `CPU ${r.cpuMs.toFixed(0)} ms; RSS before ${r.baseMb.toFixed(0)} MB; ${r.ok ? 'verifies' : 'DOES NOT VERIFY'}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0)
  await child(process.argv[at + 1] === 'merge' ? 'merge' : 'build', process.argv[at + 2] ?? tmpdir());
