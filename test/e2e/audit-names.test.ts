// The audit log in the app names what each entry touched, with the raw ids one click away.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../fixtures/session';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
const dir = tempDir('steadfast-e2e-audit-');
afterEach(async () => {
  await e?.close();
  e = undefined;
  dir.cleanup();
});

describe('audit log names, end to end in Chromium', () => {
  it('shows entity names, and the ids on request and in the details', async () => {
    const file = join(dir.path, 'demo.steadfast');
    const env = { STEADFAST_DATA_DIR: join(dir.path, 'data') };
    expect(await runCli(['demo', file], { out: () => {}, err: () => {}, env })).toBe(0);
    e = await startE2E({ file });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Erin Tester', 'Auditor').catch(() => undefined);
    await page.getByRole('button', { name: 'Audit log' }).click();
    const grid = page.locator('.audit .ag-root');
    await grid.waitFor();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Id' }).count()).toBe(0);
    const row = page.locator('.ag-row', { hasText: 'release.create' }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    await page.getByLabel('Show ids').check();
    await page.getByRole('columnheader', { name: 'Id' }).waitFor();
    expect((await row.textContent()) ?? '').toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    await row.click();
    const details = page.getByRole('complementary', { name: /Audit entry \d+/ });
    await details.waitFor();
    expect(await details.textContent()).toMatch(/id [0-9a-f]{8}-[0-9a-f]{4}-/);
    await e.shot('audit-names');
  }, 60_000);
});
