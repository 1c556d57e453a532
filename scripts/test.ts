// `npm test`: every check CI needs, in order, continuing past failures so one run shows them all.
// Static checks count as one test each; vitest's counts come from its JSON report. Ends with the
// plain line `N passed, N failed` and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureSystemDeps } from './system-deps';

// Chromium, poppler, qpdf and LibreOffice first: found, installed with apt as root, or one command to run.
const missingSystemDeps = ensureSystemDeps();
if (missingSystemDeps) {
  for (const line of missingSystemDeps) console.log(line);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

interface Phase {
  name: string;
  cmd: string[];
}

// One compiler program per layer, each with only its own globals (docs/architecture.md, "Boundaries").
const typecheck = (what: string, config: string): Phase => ({
  name: `typecheck (${what})`,
  cmd: ['tsc', '-p', config, '--noEmit'],
});

const phases: Phase[] = [
  typecheck('shared, no Node or DOM', 'tsconfig.shared.json'),
  typecheck('renderer, DOM only', 'tsconfig.web.json'),
  typecheck('Node side', 'tsconfig.node.json'),
  typecheck('tests and scripts', 'tsconfig.test.json'),
  typecheck('renderer tests', 'tsconfig.test-web.json'),
  { name: 'lint', cmd: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format', cmd: ['prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'boundaries', cmd: ['npm', 'run', '--silent', 'check:boundaries'] },
  { name: 'dead code (knip)', cmd: ['npm', 'run', '--silent', 'knip'] },
  {
    name: 'build renderer',
    cmd: ['vite', 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'],
  },
];

let passed = 0;
let failed = 0;
const failures: string[] = [];

/** A phase that outlives `timeoutMs` is stopped and counts as failed, so CI always gets a verdict. */
function run(cmd: string[], timeoutMs = 20 * 60_000): number {
  const r = spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit', env: process.env, timeout: timeoutMs });
  if (r.error) console.log(`${cmd[0]} did not finish: ${r.error.message}`);
  return r.status ?? 1;
}

for (const phase of phases) {
  const t0 = Date.now();
  console.log(`\n▶ ${phase.name}`);
  const code = run(phase.cmd);
  console.log(`${code === 0 ? '✔' : '✘'} ${phase.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (code === 0) passed++;
  else {
    failed++;
    failures.push(phase.name);
  }
}

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
console.log('\n▶ vitest (unit, integration, renderer, end-to-end in Chromium)');
const code = run(
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  45 * 60_000,
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest test(s)`);
  if (code !== 0 && r.numFailedTests === 0) {
    failed++;
    failures.push('vitest exited non-zero (a suite failed to load)');
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
