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
  opts: {
    file?: string;
    viewport?: { width: number; height: number };
    /** A data folder prepared by the test (identities made there can be unlocked); the test removes it. */
    dataDir?: string;
  } = {},
): Promise<E2E> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    throw new Error('Build the renderer first: npm run build:renderer');
  }
  const dir = tempDir('steadfast-e2e-');
  const dataDir = opts.dataDir ?? join(dir.path, 'data');
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

/** The passphrase every e2e person uses (scrypt makes each unlock cost ~0.1 s, so keep them few). */
export const PASSPHRASE = 'correct horse battery';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the identity screen (create or unlock) has gone: someone is working. */
async function working(page: Page, name: string): Promise<void> {
  await page.getByTestId('person').getByText(name, { exact: true }).waitFor();
}

/**
 * Creates a signing identity through the form and unlocks it: the first-run form, or from the
 * unlock screen through "Someone else? Create a new identity".
 */
export async function signIn(page: Page, name: string, role: string, passphrase = PASSPHRASE): Promise<void> {
  const create = page.getByRole('heading', { name: 'Create your signing identity' });
  const someoneElse = page.getByRole('button', { name: 'Someone else? Create a new identity' });
  await create.or(someoneElse).first().waitFor();
  if (await someoneElse.isVisible()) await someoneElse.click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your role').fill(role);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Create identity' }).click();
  await working(page, name);
}

/** Unlocks an identity on this machine from the unlock screen (shown already). */
export async function unlock(page: Page, name: string, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${escape(name)} \\(`) }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await working(page, name);
}

/** "Switch person" in the status bar (or on the start screen), then that person's passphrase. */
export async function switchPerson(page: Page, name: string, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: 'Switch person' }).click();
  await unlock(page, name, passphrase);
}

/** A new person on this machine: "Switch person", "Someone else?", their identity (now unlocked). */
export async function newPerson(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Switch person' }).click();
  await signIn(page, name, role);
}

/** Adds an identity on this machine to the open workspace's roster, as the person working now. */
export async function addMember(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: 'Members', exact: true })
    .click();
  const form = page.getByRole('form', { name: 'Add an identity on this machine' });
  const option = form.getByRole('option', { name: new RegExp(`^${escape(name)} \\(`) });
  await form
    .getByLabel('Identity on this machine')
    .selectOption({ label: (await option.textContent()) ?? name });
  await form.getByRole('button', { name: 'Add member' }).click();
  await page
    .getByRole('table', { name: 'Roster' })
    .getByRole('row', { name: new RegExp(`^${escape(name)} `) })
    .waitFor();
}

/**
 * A colleague joins the open workspace on this machine: they create their identity, `by` (an active
 * member, working now) switches back and adds them to the roster, and the colleague unlocks their key.
 */
export async function joinAs(page: Page, name: string, role: string, by: string): Promise<void> {
  await newPerson(page, name, role);
  await switchPerson(page, by);
  await addMember(page, name);
  await switchPerson(page, name);
}
