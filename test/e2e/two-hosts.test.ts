// Two workspaces served at once (two hosts on 127.0.0.1, different ports) in one browser: opening the
// second must not lock out the first tab. Cookies are scoped to the host name, not the port.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { serveWorkspace } from '../../electron/host';
import { tempDir } from '../fixtures/session';
import { CHROMIUM, CHROMIUM_ARGS, signIn } from './fixtures';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('two hosts in one browser', () => {
  it('the first tab keeps working after the second workspace opens in the same browser', async () => {
    const dir = tempDir('steadfast-e2e-');
    cleanups.push(() => dir.cleanup());
    const [a, b] = await Promise.all(
      ['a', 'b'].map((n) => serveWorkspace({ dataDir: join(dir.path, n), version: 'e2e', log: () => {} })),
    );
    cleanups.push(
      () => a!.close(),
      () => b!.close(),
    );
    const context = await chromium.launchPersistentContext(join(dir.path, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    cleanups.push(() => context.close());

    const first = await context.newPage();
    await first.goto(a!.url);
    await first.getByLabel('Your name').waitFor();
    const second = await context.newPage();
    await second.goto(b!.url);
    await second.getByLabel('Your name').waitFor();

    // Back in the first tab: a reload and an API call still carry its own token.
    await first.reload();
    await signIn(first, 'Ana Souza', 'BCM lead');
    await first.getByRole('heading', { name: 'New workspace' }).waitFor();
    expect(await first.getByText('not valid for this host').count()).toBe(0);
    const cookies = (await context.cookies()).map((c) => c.name).sort();
    expect(cookies).toEqual([`steadfast_token_${a!.port}`, `steadfast_token_${b!.port}`].sort());
  });
});
