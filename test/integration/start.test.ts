// `npm start` where Electron cannot be had: its download mirror points at a closed local port, so the
// fetch fails at once, as on an air-gapped network. The fallback must say why in one line and serve
// the app (the demo, on a first start) at an address that answers with the app's page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/cli-process';
import { tempDir } from '../fixtures/session';

const dir = tempDir('steadfast-start-');
afterAll(() => dir.cleanup());

/** A local port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

// With Electron's binary installed there is nothing to fall back from (and installing it is not ours).
const electronInstalled = existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'));

describe('npm start without Electron', () => {
  it.skipIf(electronInstalled)(
    'says why in one line and opens the demo in the browser through the loopback host',
    async () => {
      const opened = join(dir.path, 'opened');
      const browser = join(dir.path, 'browser.sh');
      writeFileSync(browser, `#!/bin/sh\necho "$1" > "${opened}"\n`, { mode: 0o755 });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
        electron_config_cache: join(dir.path, 'electron-cache'),
        STEADFAST_DATA_DIR: join(dir.path, 'data'),
        BROWSER: browser,
        // A display, so the download (not the lack of a screen) is what sends the user to the browser.
        DISPLAY: ':99',
      };
      delete env.ELECTRON_OVERRIDE_DIST_PATH;
      delete env.npm_config_electron_mirror;
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: ROOT, env });
      try {
        let out = '';
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const m = /running at (\S+)/.exec(out);
            if (m) resolve(m[1]!);
          });
          child.on('exit', (code) => reject(new Error(`npm start ended (${code}) before serving:\n${out}`)));
        });
        const lines = out.split('\n').filter((l) => !l.startsWith('Fetching Electron'));
        expect(lines[0]).toMatch(
          /^Electron is not installed and could not be downloaded from 127\.0\.0\.1:\d+ \(ECONNREFUSED\); opening Steadfast in your browser instead\.$/,
        );
        // The address carries the access token; a browser trades it for a cookie, fetch presents it.
        const headers = { authorization: `Bearer ${new URL(url).searchParams.get('token')}` };
        const page = await fetch(new URL('/', url), { headers });
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<div id="root">/);
        const info = await fetch(new URL('/api/app.info', url), {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(JSON.stringify(await info.json())).toMatch(/Meridian Freight/);
        await expect.poll(() => existsSync(opened) && readFileSync(opened, 'utf8').trim()).toBe(url);
      } finally {
        const exited = new Promise((r) => child.once('exit', r));
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
      }
    },
    180_000,
  );
});
