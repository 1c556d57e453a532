// The start screen in the browser: Open… lists the workspaces of the data folder and opens one; a
// typed path to a missing file is refused with the reason and changes nothing; the folder where a
// new workspace will be written is shown before it is created.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('start screen, end to end in Chromium', () => {
  it('Open… lists a workspace of the data folder and opens it; a missing path is refused', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Olga Opener', 'Analyst');

    // A workspace in the data folder, created and closed through the same host.
    const folder = join(e.dataDir, 'workspaces');
    await page.getByTestId('new-folder').getByText(folder).waitFor();
    await page.getByLabel('Name').fill('Harbour operations');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    await page.getByRole('button', { name: 'Close workspace' }).click();
    await page.getByRole('heading', { name: 'Steadfast', exact: true }).waitFor();
    await e.shot('start-screen');

    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    const listed = page.getByRole('table', { name: `Workspaces in ${folder}` });
    await listed.waitFor();
    expect(await page.getByLabel('Folder', { exact: true }).inputValue()).toBe(folder);
    expect(await listed.textContent()).toContain('Harbour operations');
    await e.shot('start-open-browser');

    // A typed path to a missing file: a clear error, still on the start screen, recent list unchanged.
    const recentBefore = await page.getByRole('region', { name: 'Recent' }).textContent();
    const missing = join(folder, 'no-such-plan.steadfast');
    await page.getByLabel('Or type the path of a workspace file').fill(missing);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`There is no file at ${missing}.`);
    expect(await page.getByRole('region', { name: 'Recent' }).textContent()).toBe(recentBefore);
    expect(e.host.session.workspace).toBeNull();
    await e.shot('start-open-missing');

    // A typed folder lists its workspaces; a folder that does not exist is refused.
    await page.getByLabel('Folder', { exact: true }).fill(join(folder, 'nowhere'));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText(`There is no folder at ${join(folder, 'nowhere')}.`).waitFor();

    await listed.getByRole('button', { name: 'harbour-operations.steadfast' }).click();
    await page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    expect(e.host.session.workspace?.path).toBe(join(folder, 'harbour-operations.steadfast'));
  });
});
