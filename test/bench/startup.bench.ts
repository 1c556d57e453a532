// Starting Steadfast as a user does: `npm run serve -- FILE` until the workspace is on screen in
// Chromium (cold: no renderer or CLI bundle built yet; warm: both built), a missing file reported,
// `steadfast --help`, and `analyze` and `export` on the demo, each as a fresh process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';
import { tempDir } from '../fixtures/session';
import type { BenchFigure } from './harness';

const LAUNCHER = join('scripts', 'steadfast.mjs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

interface Timed {
  ms: number;
  cpuMs: number;
  peakMb: number;
}

/** Wall time, CPU time (user + system, steadier than wall time on a busy machine) and peak memory. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv, expectedExit = 0): Timed {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== expectedExit) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-300)}`);
  }
  const [user, sys, kb] = (/([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr) ?? []).slice(1).map(Number);
  return { ms, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, peakMb: (kb ?? 0) / 1024 };
}

function runs(n: number, f: () => Timed): Timed {
  const all = Array.from({ length: n }, f);
  return {
    ms: median(all.map((r) => r.ms)),
    cpuMs: median(all.map((r) => r.cpuMs)),
    peakMb: Math.max(...all.map((r) => r.peakMb)),
  };
}

const cpu = (t: Timed) => `cpu ${(t.cpuMs / 1000).toFixed(2)} s`;

/** From `npm run serve -- file` to the workspace's heading on screen in an already open browser. */
async function serveToInteractive(browser: Browser, file: string, env: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  const child = spawn('npm', ['run', '--silent', 'serve', '--', file], { env, detached: true });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code} before printing its address`)));
    });
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    const ms = performance.now() - t0;
    await page.close();
    return ms;
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }
}

export async function run(): Promise<BenchFigure[]> {
  const dir = tempDir('steadfast-bench-start-');
  const data = join(dir.path, 'data');
  mkdirSync(data, { recursive: true });
  // With a profile the first screen is the workspace itself, as on every start after the first.
  writeFileSync(join(data, 'profile.json'), JSON.stringify({ name: 'Bench', role: 'Bench' }));
  const env = { ...process.env, STEADFAST_DATA_DIR: data };
  const file = join(dir.path, 'demo.steadfast');
  const node = process.execPath;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // Cold: as after a fresh clone, neither bundle built.
    for (const p of ['out/cli', 'out/cli.stamp.json', 'out/renderer', 'out/renderer.stamp.json'])
      rmSync(p, { recursive: true, force: true });
    const missing = timed(
      'npm',
      ['run', '--silent', 'serve', '--', join(dir.path, 'missing.steadfast')],
      env,
      2,
    );
    timed(node, [LAUNCHER, 'demo', file], env);
    for (const p of ['out/cli', 'out/cli.stamp.json', 'out/renderer', 'out/renderer.stamp.json'])
      rmSync(p, { recursive: true, force: true });
    const cold = await serveToInteractive(browser, file, env);
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) warm.push(await serveToInteractive(browser, file, env));

    const help = runs(5, () => timed(node, ['out/cli/steadfast.mjs', '--help'], env));
    const helpNpm = runs(3, () => timed('npm', ['run', '--silent', 'steadfast', '--', '--help'], env));
    const analyze = runs(3, () => timed(node, [LAUNCHER, 'analyze', file], env));
    let n = 0;
    const exported = runs(3, () =>
      timed(
        node,
        [
          LAUNCHER,
          'export',
          file,
          '--out',
          join(dir.path, `pack${n++}`),
          '--pdf',
          'e.pdf',
          '--xlsx',
          'e.xlsx',
        ],
        env,
      ),
    );
    const load = `load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
    return [
      { name: 'serve FILE to interactive, cold (no bundles yet)', ms: cold, note: `npm run serve; ${load}` },
      { name: 'serve FILE to interactive, warm', ms: median(warm), budgetMs: 1500, note: 'npm run serve' },
      { name: 'serve of a missing file reported', ms: missing.ms, note: `npm run serve; ${cpu(missing)}` },
      {
        name: 'steadfast --help',
        ms: help.ms,
        budgetMs: 300,
        peakMb: help.peakMb,
        note: `the bundle; ${cpu(help)}`,
      },
      {
        name: 'npm run steadfast -- --help',
        ms: helpNpm.ms,
        peakMb: helpNpm.peakMb,
        note: `with npm; ${cpu(helpNpm)}`,
      },
      { name: 'steadfast analyze (demo)', ms: analyze.ms, peakMb: analyze.peakMb, note: cpu(analyze) },
      {
        name: 'steadfast export --pdf --xlsx (demo)',
        ms: exported.ms,
        peakMb: exported.peakMb,
        note: cpu(exported),
      },
    ];
  } finally {
    await browser.close();
    dir.cleanup();
  }
}
