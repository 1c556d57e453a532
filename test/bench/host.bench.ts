// Browser host: time from starting the host to the first interactive screen in Chromium (the
// profile form's first field focusable), and to the demo workspace on screen.
import { chromium } from 'playwright-core';
import { serveWorkspace } from '../../electron/host';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';
import { tempDir } from '../fixtures/session';
import type { BenchFigure } from './harness';

export async function run(): Promise<BenchFigure[]> {
  const dir = tempDir('steadfast-bench-');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const t0 = performance.now();
    const host = await serveWorkspace({ dataDir: `${dir.path}/data`, version: 'bench', log: () => {} });
    const tHost = performance.now();
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByLabel('Your name').waitFor();
    const tInteractive = performance.now();
    await page.getByLabel('Your name').fill('Bench');
    await page.getByLabel('Your role').fill('Bench');
    await page.getByRole('button', { name: 'Continue' }).click();
    const tDemo0 = performance.now();
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    const tDemo = performance.now();
    await host.close();
    return [
      { name: 'host: start listening', ms: tHost - t0 },
      { name: 'host: start to first interactive screen (Chromium)', ms: tInteractive - t0 },
      { name: 'host: open the demo workspace to first paint', ms: tDemo - tDemo0 },
    ];
  } finally {
    await browser.close();
    dir.cleanup();
  }
}
