import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWorkspace } from '../../electron/host';
import type { RunningHost } from '../../electron/host/server';
import { tempDir } from '../fixtures/session';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser host', () => {
  const dir = tempDir();
  let host: RunningHost;
  let own: string;
  let cookie: string;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { host: own, origin: `http://${own}`, 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const renderer = join(dir.path, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Steadfast</title>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    host = await serveWorkspace({
      dataDir: join(dir.path, 'data'),
      version: 'test',
      rendererDir: renderer,
      log: () => {},
    });
    own = `127.0.0.1:${host.port}`;
    cookie = `steadfast_token_${host.port}=${host.token}`;
  });
  afterAll(async () => {
    await host.close();
    dir.cleanup();
  });

  it('prints a loopback URL with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('refuses a request without the token (401)', async () => {
    const r = await raw(host.port, { headers: { host: own } });
    expect(r.status).toBe(401);
    expect((await api('app.info', {}, { cookie: '' })).status).toBe(401);
  });

  it('refuses a wrong token (401)', async () => {
    expect((await raw(host.port, { path: '/?token=nope', headers: { host: own } })).status).toBe(401);
    expect((await api('app.info', {}, { cookie: `steadfast_token_${host.port}=guess` })).status).toBe(401);
  });

  it('trades the token in the address for a strict, HttpOnly cookie', async () => {
    const r = await raw(host.port, { path: `/?token=${host.token}`, headers: { host: own } });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(String(r.headers['set-cookie'])).toMatch(
      new RegExp(`^steadfast_token_${host.port}=.+; HttpOnly; SameSite=Strict; Path=/`),
    );
    const page = await raw(host.port, { headers: { host: own, cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Steadfast</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'.*object-src 'none'/);
  });

  it('refuses a foreign Host header even with the token (403, DNS rebinding)', async () => {
    for (const host_ of [
      'evil.example:80',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      `localhost.evil.example:${host.port}`,
    ]) {
      const r = await raw(host.port, { headers: { host: host_, cookie } });
      expect(r.status, host_).toBe(403);
    }
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    expect((await api('app.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app.info', {}, { origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await api('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('calls the router and answers with the envelope', async () => {
    const r = await api('app.info', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: true,
      value: { version: 'test', transport: 'http', workspace: null },
    });
    expect(JSON.parse((await api('nope.method', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('only takes JSON POSTs on the API', async () => {
    expect((await raw(host.port, { path: '/api/app.info', headers: { host: own, cookie } })).status).toBe(
      405,
    );
    expect((await api('app.info', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (
        await api('app.info', {}, { 'content-type': 'application/json' }).then(() =>
          raw(host.port, {
            method: 'POST',
            path: '/api/app.info',
            headers: { host: own, cookie, 'content-type': 'application/json' },
            body: '{oops',
          }),
        )
      ).status,
    ).toBe(400);
  });

  it('answers an oversized body with 413, closes that connection, and answers the next request', async () => {
    // One kept-alive socket for both requests, as a browser would reuse it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (body: string) =>
      new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: '127.0.0.1',
            port: host.port,
            method: 'POST',
            path: '/api/app.info',
            headers: { host: own, origin: `http://${own}`, 'content-type': 'application/json', cookie },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      const big = await post(`{"pad":"${'x'.repeat(9 * 1024 * 1024)}"}`);
      expect(big.status).toBe(413);
      expect(big.headers.connection).toBe('close');
      expect(big.body).toMatch(/larger than 8 MB/);
      const next = await post('{}');
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body)).toMatchObject({ ok: true });
    } finally {
      agent.destroy();
    }
  });

  it('serves nothing outside the renderer folder', async () => {
    const r = await raw(host.port, { path: '/../../package.json', headers: { host: own, cookie } });
    expect(r.body).not.toContain('"name"');
    expect(
      (await raw(host.port, { path: '/%2e%2e/%2e%2e/package.json', headers: { host: own, cookie } })).status,
    ).toBe(404);
    expect((await raw(host.port, { path: '/assets/app.js', headers: { host: own, cookie } })).status).toBe(
      200,
    );
  });

  it('delivers a saved copy as a download', async () => {
    await api('identity.create', { name: 'Host Tester', role: 'QA', passphrase: 'correct horse battery' });
    expect(JSON.parse((await api('workspace.create', { name: 'Host Test' })).body)).toMatchObject({
      ok: true,
    });
    const delivered = JSON.parse((await api('workspace.saveCopy', {})).body) as {
      value: { kind: string; url: string };
    };
    expect(delivered.value.kind).toBe('download');
    const file = await raw(host.port, { path: delivered.value.url, headers: { host: own, cookie } });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(
      /attachment; filename="Host Test \(copy\)\.steadfast"/,
    );
    expect(file.body.startsWith('SQLite format 3')).toBe(true);
  });
});
