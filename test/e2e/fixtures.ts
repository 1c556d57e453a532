// End-to-end fixtures: a real browser host over a fresh data folder, and Debian's Chromium with a
// fresh profile, driven by playwright-core (never a downloaded browser).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveWorkspace } from '../../electron/host';
import { tempDir } from '../fixtures/session';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SHOTS_DIR = join('.tmp', 'screenshots');

export interface E2E {
  page: Page;
  context: BrowserContext;
  host: Awaited<ReturnType<typeof serveWorkspace>>;
  dataDir: string;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startE2E(
  opts: { file?: string; viewport?: { width: number; height: number } } = {},
): Promise<E2E> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    throw new Error('Build the renderer first: npm run build:renderer');
  }
  const dir = tempDir('steadfast-e2e-');
  const dataDir = join(dir.path, 'data');
  const host = await serveWorkspace({ dataDir, version: 'e2e', file: opts.file, log: () => {} });
  const context = await chromium.launchPersistentContext(join(dir.path, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  mkdirSync(SHOTS_DIR, { recursive: true });
  return {
    page,
    context,
    host,
    dataDir,
    shot: async (name) => {
      await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      await host.close();
      dir.cleanup();
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}

/** Fills the first-run profile form. */
export async function signIn(page: Page, name: string, role: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').fill(role);
  await page.getByRole('button', { name: 'Continue' }).click();
}
