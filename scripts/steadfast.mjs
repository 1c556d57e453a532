// @ts-check
// `npm run steadfast` and `npm run serve`: the CLI runs from an esbuild bundle (out/cli/steadfast.mjs)
// rather than through tsx, which compiles TypeScript on every start; `serve` also needs the renderer
// (out/renderer), built by Vite. Each is built on first use and again only when its sources change:
// a stamp beside it (out/cli.stamp.json, out/renderer.stamp.json) holds a SHA-256 of the sources'
// bytes and each source's size and mtime, so an unchanged tree is confirmed by stat alone and a
// touched but identical one by the hash. A workspace file named for `serve` is checked first.
//
// Plain JavaScript on purpose: Node 22 can strip types itself, but loading its stripper costs about
// 150 ms per start, half the budget of `steadfast --help`. Used as a command only (tests spawn it).
import { spawn } from 'node:child_process';
import module from 'node:module';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out');
const SELF = relative(ROOT, import.meta.filename);
const CLI_BUNDLE = join(OUT, 'cli', 'steadfast.mjs');

/** @typedef {{ digest: string, files: Record<string, [number, number]> }} Stamp */

/** @param {string[]} files relative to the project root; null when one cannot be read */
function digestOf(files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    try {
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(ROOT, file)))
        .update('\0');
    } catch {
      return null;
    }
  }
  return hash.digest('hex');
}

/** @param {string[]} files */
function statsOf(files) {
  /** @type {Record<string, [number, number]>} */
  const out = {};
  for (const file of files) {
    const s = statSync(join(ROOT, file), { throwIfNoEntry: false });
    out[file] = s ? [s.size, s.mtimeMs] : [-1, -1];
  }
  return out;
}

/** @param {string} path @returns {Stamp | null} */
function readStamp(path) {
  try {
    const s = JSON.parse(readFileSync(path, 'utf8'));
    return typeof s?.digest === 'string' && s.files && typeof s.files === 'object' ? s : null;
  } catch {
    return null;
  }
}

/** @param {string} path @param {string[]} files */
function writeStamp(path, files) {
  const digest = digestOf(files);
  if (digest) writeFileSync(path, `${JSON.stringify({ digest, files: statsOf(files) })}\n`);
}

/**
 * Whether `output` was built from exactly these sources. `files` is the current list of sources
 * (for the renderer, everything under its folders); without it, the list recorded in the stamp.
 * @param {string} stampPath @param {string} output @param {string[]} [files]
 */
function isFresh(stampPath, output, files) {
  const stamp = readStamp(stampPath);
  if (!stamp || !existsSync(output)) return false;
  const recorded = Object.keys(stamp.files);
  const list = files ?? recorded;
  if (files && (files.length !== recorded.length || files.some((f) => !(f in stamp.files)))) return false;
  const now = statsOf(list);
  if (list.every((f) => now[f]?.[0] === stamp.files[f]?.[0] && now[f]?.[1] === stamp.files[f]?.[1])) {
    return true;
  }
  // Touched (a checkout, a save without changes): the bytes decide, and the stamp learns the new times.
  if (digestOf(list) !== stamp.digest) return false;
  writeStamp(stampPath, list);
  return true;
}

/**
 * One builder at a time per output (parallel test workers all ask for the bundle): an exclusive
 * lock file holding the builder's pid; a lock whose builder is gone, or older than ten minutes,
 * is taken over.
 * @param {string} name @param {() => Promise<void>} fn
 */
async function withLock(name, fn) {
  mkdirSync(OUT, { recursive: true });
  const lock = join(OUT, `${name}.lock`);
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      if (lockIsStale(lock)) rmSync(lock, { force: true });
      else await sleep(100);
    }
  }
  try {
    await fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** @param {string} lock */
function lockIsStale(lock) {
  try {
    const age = Date.now() - statSync(lock).mtimeMs;
    if (age > 10 * 60_000) return true;
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return age > 5000; // Empty for a moment while written.
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // ESRCH: no such process. ENOENT: released meanwhile, try again at once.
    return /** @type {NodeJS.ErrnoException} */ (err).code !== 'EPERM';
  }
}

/** @param {string} dir */
function filesUnder(dir) {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/**
 * node:http as CommonJS: Node's ES-module facade of a built-in reads every export, and node:http's
 * lazy WebSocket export then loads the whole bundled undici, about 60 ms of CPU on each start.
 * @type {import('esbuild').Plugin}
 */
const requireHttp = {
  name: 'require-node-http',
  setup(b) {
    b.onResolve({ filter: /^(node:)?http$/ }, (args) =>
      args.namespace === 'require-http'
        ? { path: 'node:http', external: true }
        : { path: 'node:http', namespace: 'require-http' },
    );
    b.onLoad({ filter: /.*/, namespace: 'require-http' }, () => ({
      contents: "module.exports = require('node:http');",
      loader: 'js',
    }));
  },
};

/** The CLI and browser host as one ES module plus chunks loaded on demand; packages stay external. */
async function ensureCli() {
  const stamp = join(OUT, 'cli.stamp.json');
  if (isFresh(stamp, CLI_BUNDLE)) return;
  await withLock('cli', async () => {
    if (isFresh(stamp, CLI_BUNDLE)) return;
    const { build } = await import('esbuild');
    const staging = join(OUT, `cli.building-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { steadfast: 'electron/cli/index.ts' },
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      // Chunks beside the entry, two folders below the root like electron/host/, whose
      // import.meta.dirname finds out/renderer.
      chunkNames: '[name]-[hash]',
      bundle: true,
      // Chunks, so each command's own libraries (pdfkit, the workbook writer) load only when it runs.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      // Packages are bundled too: resolving the few hundred files of exceljs, drizzle and zod at every
      // start cost more CPU than the rest of starting the host. Kept outside: better-sqlite3 (a
      // native addon), pdfkit (reads its font metrics from its own folder) and the CJK font package
      // (located on disk by name).
      external: ['better-sqlite3', 'pdfkit', '@embedpdf/fonts-jp', 'electron'],
      // Bundled CommonJS calls require(); an ES module has none of its own.
      banner: {
        js: "import { createRequire as __steadfastRequire } from 'node:module'; const require = __steadfastRequire(import.meta.url);",
      },
      plugins: [requireHttp],
      metafile: true,
      logLevel: 'warning',
    });
    rmSync(join(OUT, 'cli'), { recursive: true, force: true });
    renameSync(staging, join(OUT, 'cli'));
    // Bundled packages change only with the lock file, which stands in for their thousands of files.
    const inputs = Object.keys(result.metafile.inputs).filter(
      (f) => !f.includes('node_modules/') && !f.includes(':'), // not the plugin's virtual module
    );
    writeStamp(stamp, [...inputs, 'package-lock.json', SELF]);
  });
}

/**
 * A build made without this launcher (`npm run build:renderer`, the test run's build phase) that is
 * newer than every source is taken as it is and stamped, rather than built again under the feet of
 * tests that serve it.
 * @param {string} stamp @param {string} output @param {string[]} files
 */
function adopted(stamp, output, files) {
  const built = statSync(output, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  const newest = Math.max(...Object.values(statsOf(files)).map(([, mtime]) => mtime));
  if (newest < 0 || newest > built) return false;
  writeStamp(stamp, files);
  return true;
}

/** The renderer the browser host serves, built by Vite when its sources changed. @param {(line: string) => void} log */
async function ensureRenderer(log) {
  const stamp = join(OUT, 'renderer.stamp.json');
  const index = join(OUT, 'renderer', 'index.html');
  const files = [
    ...filesUnder('renderer'),
    ...filesUnder('shared'),
    'vite.renderer.config.ts',
    'tsconfig.json',
    'tsconfig.base.json',
    'tsconfig.web.json',
    'package-lock.json',
    SELF,
  ];
  if (isFresh(stamp, index, files) || adopted(stamp, index, files)) return;
  await withLock('renderer', async () => {
    if (isFresh(stamp, index, files) || adopted(stamp, index, files)) return;
    log('Building the app for the browser (first start, or its sources changed)…');
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const args = [vite, 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'error'];
    /** @type {string[]} */
    const output = [];
    const code = await new Promise((done) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => output.push(String(d)));
      child.stderr.on('data', (d) => output.push(String(d)));
      child.on('close', (c) => done(c ?? 1));
    });
    if (code !== 0) {
      rmSync(stamp, { force: true });
      throw new Error(`the renderer build failed:\n${output.join('')}`);
    }
    writeStamp(stamp, files);
  });
}

/** The workspace file `serve` was given, if any: its first positional. @param {string[]} args */
function serveFile(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--port') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Why a workspace file cannot be served, checked before anything is built. @param {string} file */
function fileProblem(file) {
  const path = resolve(file);
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return `${path} does not exist.`;
  if (!s.isFile()) return `${path} is not a file.`;
  try {
    accessSync(path, constants.R_OK);
  } catch {
    return `${path} cannot be read (permission denied).`;
  }
  return null;
}

const argv = process.argv.slice(2);
const serving = argv[0] === 'serve' && !argv.includes('--help') && !argv.includes('-h');
const file = serving ? serveFile(argv.slice(1)) : undefined;
const problem = file === undefined ? null : fileProblem(file);
if (problem) {
  process.stderr.write(`steadfast: ${problem}\n`);
  process.exitCode = 2;
} else {
  const built = await Promise.all([
    ensureCli(),
    serving ? ensureRenderer((line) => process.stderr.write(`${line}\n`)) : undefined,
  ]).then(
    () => true,
    (err) => {
      process.stderr.write(`steadfast: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
      return false;
    },
  );
  // V8's compiled code for the bundle, kept between runs (keyed by content, so never stale): a warm
  // start then parses almost none of its megabytes again.
  module.enableCompileCache?.(join(OUT, 'compile-cache'));
  // The bundle reads process.argv.slice(2) like any entry point: argv[1] is this file.
  if (built) await import(pathToFileURL(CLI_BUNDLE).href);
}
