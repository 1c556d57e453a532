// The processes grid at scale: a workspace with 10,000 processes (written in one nodes.saveMany
// through a test session), served by the browser host and measured in Chromium: first paint of the
// grid with every row loaded, and applying a quick filter until the row count changes.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';
import { tempDir, testSession } from '../fixtures/session';
import type { BenchFigure } from './harness';
import { servedPage } from './served-page';

const COUNT = 10_000;

async function prepare(root: string): Promise<{ file: string; ms: number }> {
  const { call, as } = testSession(root);
  await as('Bench', 'Bench');
  await call('workspace.create', { name: 'Grid bench' });
  const rows = Array.from({ length: COUNT }, (_, i) => ({
    kind: 'process' as const,
    name: `Process ${String(i).padStart(5, '0')}`,
    department: `Department ${String(i % 40).padStart(2, '0')}`,
    owner: `Owner ${i % 300}`,
    rtoMinutes: 60 * (1 + (i % 48)),
  }));
  const t0 = performance.now();
  await call('nodes.saveMany', { rows });
  const ms = performance.now() - t0;
  await call('workspace.close', {});
  return { file: join(root, 'Grid_bench.steadfast'), ms };
}

/**
 * Page code (a string: the Node-side tsconfig has no DOM types): types the whole text into the quick
 * filter as one input event and resolves with the milliseconds until the row count says "shown".
 */
function timeFilter(text: string): string {
  return `new Promise((resolve) => {
    const input = document.querySelector('input[aria-label="Filter processes"]');
    const status = document.querySelector('[data-testid="row-count"]');
    const t0 = performance.now();
    new MutationObserver((_m, obs) => {
      if (!status.textContent.includes('shown')) return;
      obs.disconnect();
      resolve(performance.now() - t0);
    }).observe(status, { subtree: true, childList: true, characterData: true });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })`;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = tempDir('steadfast-bench-grid-');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const prepared = await prepare(dir.path);
    const { page, close } = await servedPage(browser, dir.path, prepared.file);
    try {
      const registers = page
        .getByRole('navigation', { name: 'Areas' })
        .getByRole('button', { name: 'Registers' });
      await registers.waitFor();
      const count = page.getByTestId('row-count');

      const t0 = performance.now();
      await registers.click();
      await count.getByText(`${COUNT} processes`, { exact: true }).waitFor({ timeout: 60_000 });
      await page.locator('.ag-row', { hasText: 'Process 00000' }).first().waitFor();
      const firstPaint = performance.now() - t0;

      const filter = page.getByLabel('Filter processes');
      const filterTimes: number[] = [];
      for (const text of ['Department 07', 'Process 0012', 'Owner 299']) {
        // Timed inside the page: type the whole text as one input event, stop when the count changes.
        filterTimes.push(await page.evaluate<number>(timeFilter(text)));
        await filter.fill('');
        await count.getByText(`${COUNT} processes`, { exact: true }).waitFor({ timeout: 30_000 });
      }
      filterTimes.sort((a, b) => a - b);
      return [
        { name: `grid: write ${COUNT} processes in one nodes.saveMany`, ms: prepared.ms, note: 'setup' },
        { name: `grid: open Registers to ${COUNT} processes painted`, ms: firstPaint, budgetMs: 2000 },
        {
          name: 'grid: quick filter to row count changed, in page (median of 3)',
          ms: filterTimes[1] ?? 0,
          budgetMs: 300,
        },
      ];
    } finally {
      await close();
    }
  } finally {
    await browser.close();
    dir.cleanup();
  }
}
