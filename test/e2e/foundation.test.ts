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
    // The creator joined the roster as its first member (an entry of its own), then created it (both
    // checked when it opened) and changed it.
    await expect
      .poll(() => page.getByTestId('chain-state').textContent())
      .toBe('Audit trail verified: 2 entries, 1 signature, state matches · 1 entry written since');

    await page.getByRole('button', { name: 'Audit log' }).click();
    const row = page.locator('.ag-row', { hasText: 'workspace.update' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Erin Tester');
    await row.click();
    const details = page.getByRole('complementary', { name: 'Audit entry 3' });
    await details.waitFor();
    expect(await details.textContent()).toContain('Zoë & Søren Shipping');

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Audit chain intact: 3 entries verified/);
    await e.shot('foundation-audit-log');
  });

  it('keyboard alone reaches and operates the start screen', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Kai Keys', 'Analyst');
    // Tab only once the start screen is there: tabbing while the profile form is still on screen
    // cycles through the profile form, and the Enter afterwards would submit it instead.
    await page.getByRole('heading', { name: 'New workspace' }).waitFor();
    // Tab to the demo button and press Enter: no mouse.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      // A string expression, so Node-side tests need no DOM types; `:focus` would wait forever
      // whenever focus sits on the document itself between controls.
      const label = String(
        await page.evaluate('document.activeElement ? document.activeElement.textContent : ""'),
      );
      reached = label.includes('Open the demo');
    }
    expect(reached, 'Tab reaches "Open the demo"').toBe(true);
    await page.keyboard.press('Enter');
    // Building the demo writes a few thousand audited rows: seconds on a busy two-core machine.
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor({ timeout: 60_000 });
    await e.shot('foundation-demo');
  });
});
