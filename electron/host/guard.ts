// The host's gate, as plain functions: only this machine's loopback address on our port, only our
// own origin, and only with the per-run token (DNS rebinding and CSRF defence).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Cookies are scoped to the host name, not the port, so two hosts on 127.0.0.1 (two workspaces in
 * one browser) would overwrite each other's token and lock out the first tab: one name per port.
 */
export function cookieName(port: number): string {
  return `steadfast_token_${port}`;
}

export function checkRequest(
  headers: IncomingHttpHeaders,
  port: number,
  token: string,
  queryToken: string | null,
): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!headers.host || !hosts.includes(headers.host)) {
    return { ok: false, status: 403, reason: 'This host only answers on its own loopback address.' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin)) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const auth = headers.authorization?.startsWith('Bearer ') ? headers.authorization.slice(7) : undefined;
  const presented = queryToken ?? auth ?? readCookie(headers.cookie, cookieName(port));
  if (!presented)
    return {
      ok: false,
      status: 401,
      reason: 'Open the address the host printed: it carries the access token.',
    };
  if (!tokensEqual(presented, token))
    return {
      ok: false,
      status: 401,
      reason:
        'The access token is not valid for this host (it was started again, or this tab belongs to another run). Open the address the host printed when it started.',
    };
  return { ok: true };
}
