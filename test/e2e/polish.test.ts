// Layout at the sizes people really use, in Chromium on the demo: workshop mode keeps its MTD and RTO
// cards inside the window at 1024×768 and at 200 % zoom; the DR tests' overdue list is not a small
// scroll box; the Export evidence form has its labels beside their controls and a process search.
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

async function area(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** Whether the element's box lies inside the viewport horizontally (nothing cut at the right edge). */
async function insideWidth(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return box !== null && box.x >= 0 && box.x + box.width <= width + 0.5;
}

describe('polish at real sizes, end to end in Chromium', () => {
  it('workshop, DR tests and export evidence at 1024×768', async () => {
    e = await startE2E({ viewport: { width: 1024, height: 768 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Pia Polish', 'Continuity manager');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();

    await area(page, 'Workshop');
    await page
      .getByRole('button', { name: /^Start workshop at / })
      .first()
      .click();
    const overlay = page.getByRole('dialog', { name: 'Workshop mode' });
    const figures = overlay.getByRole('definition');
    await figures.first().waitFor();
    await e.shot('polish-workshop-1024');
    const cards = overlay.getByRole('definition');
    const allInside = async () => {
      const n = await cards.count();
      expect(n).toBeGreaterThanOrEqual(3);
      const out: string[] = [];
      for (let i = 0; i < n; i++) if (!(await insideWidth(page, cards.nth(i)))) out.push(String(i));
      return out;
    };
    expect(await allInside()).toEqual([]);
    // 200 % zoom halves the CSS viewport: 1024×768 at 200 % lays out as 512×384.
    await page.setViewportSize({ width: 512, height: 384 });
    await overlay.getByRole('heading', { level: 1 }).waitFor();
    expect(await allInside()).toEqual([]);
    await e.shot('polish-workshop-200pct');
    await page.setViewportSize({ width: 1024, height: 768 });
    await overlay.getByRole('button', { name: 'Leave (Esc)' }).click();

    // DR tests: the overdue list is the whole list, scrolled with the page, not a box of six rows.
    await area(page, 'DR tests');
    const overdue = page.getByRole('table', { name: 'Overdue nodes' });
    await overdue.waitFor();
    const rows = await overdue.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(6);
    const box = overdue.locator('xpath=..');
    const [scrollH, clientH] = await box.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scrollH).toBeLessThanOrEqual(clientH + 1);
    await e.shot('polish-drtests-1024');

    // Export evidence: each choice's control sits beside its words; the process list is searchable.
    await area(page, 'Export evidence');
    const form = page.getByRole('form', { name: 'Evidence export' });
    await form.getByLabel('Chosen processes and what they depend on').check();
    const label = form.locator('label', { hasText: 'The whole workspace' });
    const [lb, ib] = [await label.boundingBox(), await label.locator('input').boundingBox()];
    expect(lb && ib && ib.height * 2 > lb.height).toBe(true);
    const list = form.getByRole('group', { name: 'Processes' }).getByRole('checkbox');
    const all = await list.count();
    expect(all).toBeGreaterThan(5);
    await form.getByLabel('Find a process').fill('claims');
    expect(await list.count()).toBe(1);
    await list.first().check();
    expect(await form.getByTestId('export-chosen').textContent()).toBe('1 chosen');
    await e.shot('polish-export-1024');
  });
});
