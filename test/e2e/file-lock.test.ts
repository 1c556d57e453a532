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

describe('a stale edit, end to end in Chromium', () => {
  it('an edit of a row someone changed meanwhile is refused with both values, and Reload shows theirs', async () => {
    const e = await startE2E();
    running.push(e);
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Ana Souza', 'BCM lead');
    await page.getByLabel('Name').fill('Harbour operations');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    const post = (p: typeof page, method: string, body: unknown) =>
      p.evaluate(
        async ([m, b]) => {
          const r = await fetch(`/api/${m as string}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(b),
          });
          return (await r.json()) as { ok: boolean; value: { id: string; updatedAt: string } };
        },
        [method, body] as const,
      );
    const created = await post(page, 'nodes.save', { kind: 'process', name: 'Payroll', owner: 'HR' });
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Registers', exact: true })
      .click();
    const row = page.locator('.ag-row', { hasText: 'Payroll' }).first();
    await row.waitFor();

    // A second tab (another person at the same host) changes the owner; this tab still shows HR.
    const other = await e.context.newPage();
    await other.goto(e.host.url);
    const theirs = await post(other, 'nodes.save', {
      id: created.value.id,
      kind: 'process',
      name: 'Payroll',
      owner: 'Treasury',
      basedOn: created.value.updatedAt,
    });
    expect(theirs.ok).toBe(true);
    await other.close();

    await row.locator('[col-id="owner"]').dblclick();
    await page.locator('.ag-cell-inline-editing input').waitFor();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('IT');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Conflicting values' });
    await table.waitFor();
    expect(await table.locator('tbody tr').first().textContent()).toBe('ownerITTreasury');
    await e.shot('stale-edit-conflict');
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.locator('.ag-row', { hasText: 'Treasury' }).first().waitFor();
    expect(await table.count()).toBe(0);
  }, 120_000);
});
