// The programme home in Chromium: a number opens the list behind it, showing as many rows as it said.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('programme home, end to end in Chromium', () => {
  it('shows the programme and each number opens its list', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Hana Home', 'Continuity manager');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await page.getByTestId('coverage-chart').waitFor();
    // The home scrolls inside the frame: a tall window shows all of it in one picture.
    await page.setViewportSize({ width: 1280, height: 1900 });
    await e.shot('dashboard-demo');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Draft BIAs: the number, then the BIA area narrowed to exactly those processes.
    const drafts = page.getByRole('link', { name: /^\d+ processes with draft BIA$/ });
    const count = Number(await drafts.textContent());
    expect(count).toBeGreaterThan(0);
    await drafts.click();
    await page.getByRole('main', { name: 'BIA', exact: true }).waitFor();
    expect(await page.evaluate('window.location.hash')).toBe('#/bia?coverage=draft');
    expect(Number(await page.getByTestId('filter-count').textContent())).toBe(count);
    const picked = page.getByRole('navigation', { name: 'Processes' }).getByRole('button');
    expect(await picked.count()).toBe(count);
    expect(await page.getByRole('navigation', { name: 'Processes' }).getByText('Approved').count()).toBe(0);
    await e.shot('dashboard-drafts-opened');

    // Back to the home; the open findings of one severity open the DR tests' findings list.
    await page.goBack();
    await page.getByTestId('coverage-chart').waitFor();
    const high = page.getByRole('link', { name: /^\d+ open high findings$/ });
    const highCount = Number(await high.textContent());
    await high.click();
    const table = page.getByRole('table', { name: 'Open findings' });
    if (highCount > 0) {
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(highCount);
    }
    expect(Number(await page.getByTestId('filter-count').textContent())).toBe(highCount);

    // Show all clears the filter and keeps the area.
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await page.evaluate('window.location.hash')).toBe('#/drtests');

    // One tier's overdue nodes, and the next two weeks' releases: lists of as many rows as the number.
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Workspace', exact: true })
      .click();
    const tier = page.getByRole('link', { name: /^\d+ Tier 1 nodes overdue$/ });
    const tierCount = Number(await tier.textContent());
    await tier.click();
    await page.getByRole('table', { name: 'Overdue nodes' }).waitFor();
    expect(await page.getByRole('table', { name: 'Overdue nodes' }).locator('tbody tr').count()).toBe(
      tierCount,
    );
    await e.shot('dashboard-tier-opened');
    await page.goBack();
    const soon = page.getByRole('link', { name: /^\d+ releases in the next two weeks$/ });
    const soonCount = Number(await soon.textContent());
    await soon.click();
    await page.getByTestId('filter-banner').waitFor();
    expect(await page.getByRole('table', { name: 'Releases' }).locator('tbody tr').count()).toBe(soonCount);
    await e.shot('dashboard-releases-opened');
  });
});
