// Layout at the sizes people really use, in Chromium on the demo: workshop mode keeps its MTD and RTO
// cards inside the window at 1024×768 and at 200 % zoom; the DR tests' overdue list is not a small
// scroll box; the Export evidence form has its labels beside their controls and a process search;
// Objectives at 150 processes pages its chart (axis on screen) and sorts a table per process.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { NodeView, Registers } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';
import { signIn, startE2E, unlock, type E2E } from './fixtures';

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
  const width = page.viewportSize()?.width ?? 0;
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

describe('Objectives at 150 processes, end to end in Chromium', () => {
  it('keeps the chart’s axis on screen (paged) and sorts a table of MTD/RTO/RPO/tier', async () => {
    const prepared = tempDir();
    try {
      const t = testSession(prepared.path);
      await t.as('Olga Owner', 'Continuity manager');
      await t.call('workspace.create', { name: 'Big programme' });
      const rows = Array.from({ length: 150 }, (_, i) => ({
        kind: 'process',
        name: `Process ${String(i + 1).padStart(3, '0')}`,
        department: `Dept ${i % 7}`,
      }));
      await t.call('nodes.saveMany', { rows });
      const regs = await t.call<Registers>('registers.get');
      const processes = await t.call<NodeView[]>('nodes.list', { kind: 'process' });
      const operational = regs.categories.find((c) => c.name === 'Operational')!.id;
      // Process i turns significant at bucket i mod 8, so MTDs spread over every bucket.
      for (const [i, p] of processes.entries()) {
        const from = i % regs.buckets.length;
        await t.call('bia.rateMany', {
          processId: p.id,
          cells: regs.buckets.map((b, j) => ({
            categoryId: operational,
            bucketId: b.id,
            severity: j >= from ? 3 : 1,
          })),
        });
      }
      t.session.replaceWorkspace(null);
      e = await startE2E({
        file: join(prepared.path, 'Big_programme.steadfast'),
        dataDir: t.dataDir.root,
        viewport: { width: 1280, height: 800 },
      });
      const { page } = e;
      await page.goto(e.host.url);
      await unlock(page, 'Olga Owner');
      await area(page, 'Objectives');

      // The chart shows a page of 20 with its axis; the axis is within one screen of the chart's top.
      const chart = page.getByRole('img', { name: /^RTO against MTD for 20 processes/ });
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      expect(box.height).toBeLessThan(800);
      expect(await page.getByTestId('rm-page').textContent()).toMatch(/^1–20 of 150/);
      await page.getByRole('group', { name: 'Chart pages' }).getByRole('button', { name: 'Next →' }).click();
      expect(await page.getByTestId('rm-page').textContent()).toMatch(/^21–40 of 150/);

      // The table lists every process; sorting by MTD puts the shortest first, then reversed.
      const table = page.getByRole('table', { name: 'Objectives per process' });
      expect(await table.locator('tbody tr').count()).toBe(150);
      const firstMtd = () => table.locator('tbody tr').first().locator('td').nth(2).textContent();
      expect(await firstMtd()).toBe('1 h');
      await table.getByRole('button', { name: /^MTD/ }).click();
      expect(await firstMtd()).toBe('30 d');
      expect(await table.getByRole('columnheader', { name: /MTD/ }).getAttribute('aria-sort')).toBe(
        'descending',
      );
      await table.getByRole('button', { name: /^Process/ }).click();
      expect(await table.locator('tbody tr').first().locator('td').first().textContent()).toBe('Process 001');
      await chart.scrollIntoViewIfNeeded();
      await e.shot('polish-objectives-150');
    } finally {
      prepared.cleanup();
    }
  });
});
