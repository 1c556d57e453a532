// Two hosts on one workspace file (two people's browsers, or the app and `steadfast serve`): the
// second is told who holds the file and opens it read-only, with a banner; its writes are refused.
import { hostname } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

const running: E2E[] = [];
afterEach(async () => {
  for (const e of running.splice(0).reverse()) await e.close();
});

describe('one writer per file, end to end in Chromium', () => {
  it('the second host sees who holds the file and opens it read-only', async () => {
    const a = await startE2E();
    running.push(a);
    await a.page.goto(a.host.url);
    await signIn(a.page, 'Ana Souza', 'BCM lead');
    await a.page.getByLabel('Name').fill('Harbour operations');
    await a.page.getByRole('button', { name: 'Create workspace' }).click();
    await a.page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    const file = a.host.session.workspace!.path;

    const b = await startE2E();
    running.push(b);
    await b.page.goto(b.host.url);
    await signIn(b.page, 'Erin Tester', 'Auditor');
    await b.page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await b.page.getByLabel('Or type the path of a workspace file').fill(file);
    await b.page.getByRole('button', { name: 'Open', exact: true }).click();
    const alert = b.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `harbour-operations.steadfast is open in Steadfast (browser host) on ${hostname()} by Ana Souza since`,
    );
    expect(b.host.session.workspace).toBeNull();
    await b.shot('file-lock-refused');

    await b.page.getByRole('button', { name: 'Open read-only' }).click();
    await b.page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    const banner = b.page.getByTestId('read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`on ${hostname()} by Ana Souza since`);
    await b.shot('file-lock-read-only');

    // The read-only session refuses writes; the holder still writes.
    const refused = await b.page.evaluate(async () => {
      const r = await fetch('/api/workspace.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Renamed' }),
      });
      return (await r.json()) as unknown;
    });
    expect(JSON.stringify(refused)).toContain('WORKSPACE_READ_ONLY');
    expect(a.host.session.workspace!.readOnly).toBe(false);
    expect(b.host.session.workspace!.readOnly).toBe(true);
  }, 120_000);
});
