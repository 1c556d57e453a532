// One RTO and one tier per process, end to end in Chromium (issue 13 item 2): on the demo, Registers
// shows every process's tier and RTO from its BIA, a hand-set RTO marked as an override, and
// Objectives lists the override's conflict with the BIA.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('process objectives in Registers, end to end in Chromium', () => {
  it('the demo shows every process with its BIA tier and RTO, and an override as one', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 900 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Rosa Registers', 'BCM analyst');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await nav.getByRole('button', { name: 'Registers' }).click();
    await page.getByTestId('row-count').getByText('12 processes').waitFor();
    const grid = page.getByTestId('grid-processes');
    await grid.locator('.ag-row', { hasText: 'Warehouse dispatch' }).first().waitFor();
    const tiers = await grid.locator('.ag-row [col-id="tierId"]').allTextContents();
    expect(tiers).toHaveLength(12);
    for (const t of tiers) expect(t).toMatch(/^Tier \d \((BIA|override)\)$/);
    const rtos = await grid.locator('.ag-row [col-id="rtoMinutes"]').allTextContents();
    for (const r of rtos) expect(r).toMatch(/\((BIA|override)\)$/);
    const dispatch = grid.locator('.ag-row', { hasText: 'Warehouse dispatch' }).first();
    expect(await dispatch.locator('[col-id="rtoMinutes"]').textContent()).toBe('4 h (override)');
    await e.shot('registers-process-objectives');

    await nav.getByRole('button', { name: 'Objectives' }).click();
    const conflicts = page.getByRole('list', { name: 'Every conflict' }).first();
    await conflicts.waitFor();
    expect(await conflicts.locator('li', { hasText: 'Warehouse dispatch' }).allTextContents()).toContainEqual(
      // Its hand-set 4 h leaves no time for the 2 h of work recovery within the BIA's 4 h MTD.
      expect.stringMatching(/RTO of 4 h plus work recovery time of 2 h is 6 h, 2 h over the MTD of 4 h/),
    );
  });
});
