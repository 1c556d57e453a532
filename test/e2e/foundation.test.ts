import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('foundation, end to end in Chromium', () => {
  it('create a workspace, change it, see the audit entry, verify the chain', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Erin Tester', 'QA lead');

    await page.getByLabel('Name').fill('E2E continuity workspace');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'E2E continuity workspace' }).waitFor();

    await page.getByLabel('Organisation').fill('Zoë & Søren Shipping');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved. The change is in the audit log.').waitFor();
    expect(await page.getByTestId('chain-state').textContent()).toMatch(
      /Audit: 2 entries · chain matches the recorded head/,
    );

    await page.getByRole('button', { name: 'Audit log' }).click();
    const row = page.locator('.ag-row', { hasText: 'workspace.update' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Erin Tester');
    await row.click();
    const details = page.getByRole('complementary', { name: 'Audit entry 2' });
    await details.waitFor();
    expect(await details.textContent()).toContain('Zoë & Søren Shipping');

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Audit chain intact: 2 entries verified/);
    await e.shot('foundation-audit-log');
  });

  it('keyboard alone reaches and operates the start screen', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Kai Keys', 'Analyst');
    // Tab to the demo button and press Enter: no mouse.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      // A string expression, so Node-side tests need no DOM types; `:focus` would wait forever
      // whenever focus sits on the document itself between controls.
      const label = String(
        await page.evaluate('document.activeElement ? document.activeElement.textContent : ""'),
      );
      if (label.includes('Open the demo')) break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await e.shot('foundation-demo');
  });
});
