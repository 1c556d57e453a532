// The loopback HTTP host: serves the built renderer and one POST /api/<method> route into the same
// router Electron's IPC uses, so the whole app runs in a plain browser (end-to-end tests, and users
// who may not install desktop apps). Binds 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/csp';
import type { Session } from '../core/app/context';
import type { Router } from '../core/app/router';
import { checkRequest, cookieName } from './guard';
import type { HostShell } from './shell';

const MAX_BODY = 8 * 1024 * 1024;
/** An import preview carries the file as base64 (a 50 MB file is about 67 MB); only that route may be this large. */
const MAX_IMPORT_BODY = 96 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface HostOptions {
  session: Session;
  shell: HostShell;
  router: Router;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Answers an oversized body and closes the connection: the rest of the body is never read, so the
 * connection cannot carry another request (kept alive, the next request on it went unanswered).
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  res.shouldKeepAlive = false;
  res.writeHead(413, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(`The request body is larger than ${limit / 1024 / 1024} MB.`, () => req.destroy());
}

/** Maps a URL path into the renderer folder; unknown extensionless paths get the app page. */
export function staticFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  return extname(decoded) === '' ? join(root, 'index.html') : undefined;
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = normalize(opts.rendererDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${join(root, 'index.html')} is missing). Run: npm run build:renderer`,
    );
  }
  let port = 0;
  const ctx = { session: opts.session };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'The host failed to answer this request.');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = req.method === 'GET' ? url.searchParams.get('token') : null;
    const verdict = checkRequest(req.headers, port, token, queryToken);
    if (!verdict.ok) return send(res, verdict.status, verdict.reason);

    if (queryToken !== null) {
      // Trade the token in the address for a cookie, and drop it from the address bar.
      url.searchParams.delete('token');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${cookieName(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
      });
      res.end();
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'API calls are POST requests.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'API calls carry JSON.');
      }
      let input: unknown;
      const limit = url.pathname === '/api/import.preview' ? MAX_IMPORT_BODY : MAX_BODY;
      try {
        const body = await readBody(req, limit);
        input = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch (err) {
        if (err instanceof BodyTooLarge) return refuseTooLarge(req, res, limit);
        return send(res, 400, 'The request body is not valid JSON.');
      }
      const envelope = await opts.router(url.pathname.slice(5), input, ctx);
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Only GET here.');

    if (url.pathname.startsWith('/download/')) {
      const d = opts.shell.takeDownload(url.pathname.slice('/download/'.length));
      if (!d) return send(res, 404, 'That download has expired. Export again.');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${d.fileName.replace(/[^\w .()-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
        'Cache-Control': 'no-store',
      });
      createReadStream(d.path).pipe(res);
      return;
    }

    const file = staticFile(root, url.pathname);
    if (!file) return send(res, 404, 'Not found.');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=300',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        opts.shell.dispose();
      }),
  };
}
