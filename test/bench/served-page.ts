// A workspace file served by the browser host and opened in a Chromium page, as the benchmarks
// that measure the app itself need it.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveWorkspace } from '../../electron/host';

export async function servedPage(
  browser: Browser,
  root: string,
  file: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const host = await serveWorkspace({ dataDir: join(root, 'data'), version: 'bench', file, log: () => {} });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    return {
      page,
      close: async () => {
        await page.close();
        await host.close();
      },
    };
  } catch (err) {
    await host.close();
    throw err;
  }
}
