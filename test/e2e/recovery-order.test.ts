// Recovery order end to end in Chromium (issue 13 item 3): from the map's overview to the waves,
// the nodes that cannot meet their RTO marked, a node's critical path on click under its own
// address, and the same gaps in Objectives' conflicts.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('recovery order, end to end in Chromium', () => {
  it('shows the demo in waves, marks the misses, and opens a critical path by address', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Rui Recovery', 'BCM lead');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Dependency map' })
      .click();
    await page
      .getByRole('complementary', { name: 'Map overview' })
      .getByRole('button', { name: 'Recovery order' })
      .click();
    await page.getByRole('heading', { name: 'Recovery order', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/recovery');

    const waves = page.getByRole('list', { name: 'Recovery waves' }).getByRole('listitem');
    expect(await waves.count()).toBeGreaterThan(2);
    const misses = Number(
      /(\d+) nodes? cannot meet/.exec((await page.getByTestId('recovery-misses').textContent()) ?? '')?.[1],
    );
    expect(misses).toBeGreaterThan(0);
    expect(await page.locator('.recovery-node.recovery-miss').count()).toBe(misses);
    await e.shot('recovery-order');

    // A node that misses its RTO: its critical path, highlighted in the columns, under its own address.
    const freight = page.locator('.recovery-node.recovery-miss', { hasText: 'Freight booking' }).first();
    await freight.click();
    const path = page.getByRole('region', { name: /Critical path of Freight booking/ });
    await path.waitFor();
    expect(await path.textContent()).toMatch(/misses its RTO of .* by /);
    const steps = path.getByRole('list', { name: 'Critical path' }).getByRole('listitem');
    expect(await steps.count()).toBeGreaterThan(1);
    expect(await page.locator('.recovery-onpath').count()).toBe(await steps.count());
    const address = new URL(page.url()).hash;
    expect(address).toMatch(/^#\/recovery\/.+/);
    await e.shot('recovery-order-critical-path');
    await page.reload();
    await page.getByRole('region', { name: /Critical path of Freight booking/ }).waitFor();

    // Only the misses.
    await page.getByLabel('Only nodes that cannot meet their RTO').check();
    expect(await page.locator('.recovery-node:not(.recovery-miss)').count()).toBeLessThan(
      await page.locator('.recovery-node').count(),
    );

    // Objectives lists the same gaps as conflicts, each leading back to its critical path.
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Objectives' }).click();
    const list = page.getByRole('list', { name: 'Every conflict' }).first();
    await list.waitFor();
    const gaps = list.locator('li', { hasText: 'Cannot meet its RTO.' });
    expect(await gaps.count()).toBe(misses);
    await gaps
      .filter({ hasText: 'Freight booking can be back in' })
      .first()
      .getByRole('button', { name: 'Critical path in the recovery order' })
      .click();
    await page.getByRole('region', { name: /Critical path of Freight booking/ }).waitFor();
    expect(new URL(page.url()).hash).toBe(address);
  });
});
