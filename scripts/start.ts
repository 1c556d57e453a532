// `npm start`: the desktop app where Electron can run. Where it cannot (its binary is absent and cannot
// be downloaded, or there is no display), one line says why and the same app opens in the system's
// browser through the loopback host (`steadfast serve`), on the demo workspace the first time.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DataDir, defaultDataDir } from '../electron/core/app/data-dir';

const ROOT = join(import.meta.dirname, '..');
const ELECTRON = join(ROOT, 'node_modules', 'electron');
const LAUNCHER = join(ROOT, 'scripts', 'steadfast.mjs');
// Long enough for Electron's ~110 MB zip on a slow line; an unreachable network fails in a second.
const DOWNLOAD_TIMEOUT_MS = 180_000;
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

function electronInstalled(): boolean {
  try {
    const bin = readFileSync(join(ELECTRON, 'path.txt'), 'utf8');
    return existsSync(join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(ELECTRON, 'dist'), bin));
  } catch {
    return false;
  }
}

/** Where @electron/get downloads from: the mirror settings it reads, in its order, else GitHub. */
function electronMirror(env: NodeJS.ProcessEnv): string {
  return env.npm_config_electron_mirror || env.ELECTRON_MIRROR || DEFAULT_MIRROR;
}

/** Why a download from `mirror` fails, in a few words: the network error behind "fetch failed". */
async function unreachableBecause(mirror: string): Promise<string | null> {
  try {
    await fetch(mirror, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return null;
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  }
}

/** Null when Electron can open a window here; else why not, as a clause for one line. */
async function whyNoElectron(): Promise<string | null> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display for a desktop window';
  }
  if (electronInstalled()) return null;
  const { version } = JSON.parse(readFileSync(join(ELECTRON, 'package.json'), 'utf8')) as { version: string };
  console.log(`Fetching Electron ${version} (first start)…`);
  // Electron's own installer: it honours the mirror and cache settings a developer may have set.
  const r = spawnSync(process.execPath, [join(ELECTRON, 'install.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status === 0 && electronInstalled()) return null;
  const mirror = electronMirror(process.env);
  const host = URL.canParse(mirror) ? new URL(mirror).host : mirror;
  if (r.error)
    return `the Electron download from ${host} did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`;
  const network = await unreachableBecause(mirror);
  const said = `${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  return `Electron is not installed and could not be downloaded from ${host} (${network ?? said ?? `exit ${r.status}`})`;
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Opens the address in the default browser; BROWSER (a command, or "none") takes precedence. */
function openInBrowser(url: string): boolean {
  const chosen = process.env.BROWSER;
  if (chosen === 'none') return false;
  const [cmd, ...args] = chosen
    ? [chosen, url]
    : process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : onPath('xdg-open')
          ? ['xdg-open', url]
          : [];
  if (!cmd) return false;
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Could not start ${cmd}; open the address above yourself.`));
  child.unref();
  return true;
}

/** The demo the first time (no recent workspace), created in the data folder; else the start screen. */
function firstWorkspace(): string | undefined {
  const dataDir = new DataDir(defaultDataDir(process.env));
  if (dataDir.recent().length > 0) return undefined;
  // The same file the start screen's "Open the demo" uses (demoPath in electron/core/domains/workspace/open.ts).
  const demo = join(dataDir.workspacesDir, 'demo.steadfast');
  if (!existsSync(demo)) {
    const r = spawnSync(process.execPath, [LAUNCHER, 'demo', demo], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) return undefined;
  }
  return demo;
}

function serveInBrowser(): void {
  const file = firstWorkspace();
  const child = spawn(process.execPath, [LAUNCHER, 'serve', ...(file ? [file] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let seen = '';
  let opened = false;
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk.toString();
    const url = /running at (\S+)/.exec(seen)?.[1];
    if (url) {
      opened = true;
      if (!openInBrowser(url)) console.log('No browser to open here: use the address above.');
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const reason = await whyNoElectron();
if (reason === null) {
  const dev = spawn(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['dev'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => dev.kill(signal));
  dev.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`${reason}; opening Steadfast in your browser instead.`);
  serveInBrowser();
}
