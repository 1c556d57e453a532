// The shell's security decisions as pure functions, so they are unit-tested without Electron:
// which URLs are the app, where navigation may go, which frames may call the API, which file an
// app:// request may read, and how file names from the user are tidied.
import { extname, resolve, sep } from 'node:path';

/** The renderer's origin in a packaged app (a privileged, standard, secure scheme). */
export const APP_ORIGIN = 'app://steadfast';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export type NavigationDecision = 'allow' | 'deny' | 'open-external' | 'ask-external';

/**
 * Sites an https link may open without asking: the standards and regulators the app's texts cite.
 * Any other https address is shown to the person first (a runbook may link a company wiki, but a
 * page must never open arbitrary sites by itself).
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'www.iso.org',
  'csrc.nist.gov',
  'nvlpubs.nist.gov',
  'eur-lex.europa.eu',
  'www.eba.europa.eu',
  'www.eiopa.europa.eu',
  'www.esma.europa.eu',
  'www.bankofengland.co.uk',
  'www.fca.org.uk',
  'www.handbook.fca.org.uk',
  'www.ffiec.gov',
];

/** The frame an IPC message came from, reduced to what the policy needs. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function devOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const dev = parseUrl(devServerUrl);
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return null;
  return dev.origin;
}

/**
 * True only for the app's own pages: app://steadfast/..., or (in development, when electron-vite
 * passes its dev server URL) exactly the dev server's origin. URLs carrying credentials never count.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const u = parseUrl(url);
  if (!u || u.username !== '' || u.password !== '') return false;
  if (u.protocol === 'app:' && u.host === 'steadfast') return true;
  const dev = devOrigin(devServerUrl);
  return dev !== null && u.origin === dev;
}

/**
 * What to do when a page tries to navigate (or open a window) to `url`: stay inside the app, hand
 * an allow-listed https link to the OS browser, ask about any other https link, and refuse
 * everything else (file:, http:, javascript:, data:, other app hosts, custom protocols).
 */
export function navigationDecision(url: string, devServerUrl?: string): NavigationDecision {
  if (isAppUrl(url, devServerUrl)) return 'allow';
  const u = parseUrl(url);
  if (u && u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname !== '') {
    return EXTERNAL_ALLOW_LIST.includes(u.hostname) && u.port === '' ? 'open-external' : 'ask-external';
  }
  return 'deny';
}

/** IPC is answered only for the main frame of the app's own page: never a subframe, never a stranger. */
export function isAllowedSender(frame: SenderFrame | null | undefined, devServerUrl?: string): boolean {
  return frame !== null && frame !== undefined && frame.isMainFrame && isAppUrl(frame.url, devServerUrl);
}

/**
 * Maps the pathname of an app://steadfast/ request to a file under `root` (the built renderer).
 * Refuses `..`, drive letters, NUL bytes and badly encoded paths (null); a route without an
 * extension (a client-side route) is answered with index.html.
 */
export function resolveAppFile(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes(':'))) return null;
  const base = resolve(root);
  const last = segments[segments.length - 1];
  if (last === undefined || extname(last) === '') return resolve(base, 'index.html');
  const file = resolve(base, ...segments);
  return file.startsWith(base + sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Appends `ext` (with its dot) unless the path already ends with it, ignoring case. */
export function ensureExtension(path: string, ext: string): string {
  if (ext === '' || path.toLowerCase().endsWith(ext.toLowerCase())) return path;
  return `${path.replace(/\.+$/, '')}${ext}`;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A name that is a valid file name on Windows, macOS and Linux, for a dialog's suggestion. */
export function safeFileName(name: string, fallback = 'Untitled'): string {
  // eslint-disable-next-line no-control-regex
  let out = name.replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '_').trim();
  out = out
    .replace(/[. ]+$/, '')
    .slice(0, 120)
    .trim();
  if (out === '' || /^[._]+$/.test(out)) return fallback;
  return WINDOWS_RESERVED.test(out.split('.')[0] ?? '') ? `_${out}` : out;
}

/**
 * The workspace file named on the command line (a double-click on a .steadfast file, or
 * `steadfast-app plan.steadfast`), resolved against the launching directory. argv[0] is the
 * executable; switches are skipped; the last match wins.
 */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith('.steadfast')) return resolve(cwd, arg);
  }
  return null;
}
