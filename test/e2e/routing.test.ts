// Screens have addresses: every area and every kind of record keeps its place through a reload, the
// back button returns to the screen before, and the sidebar always leaves a record for its area.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

const AREAS: [label: string, area: string][] = [
  ['Objectives', 'objectives'],
  ['BIA', 'bia'],
  ['Workshop', 'workshop'],
  ['Dependency map', 'map'],
  ['Runbooks', 'runbooks'],
  ['DR tests', 'drtests'],
  ['Releases', 'releases'],
  ['Registers', 'registers'],
  ['Questionnaires', 'questionnaires'],
  ['Import', 'import'],
  ['Members', 'members'],
  ['Audit log', 'audit'],
  ['Export evidence', 'evidence'],
  ['Workspace', 'workspace'],
];

const hash = (page: Page) => page.evaluate('window.location.hash') as Promise<string>;
const shown = (page: Page, label: string) => page.getByRole('main', { name: label, exact: true }).waitFor();

async function sidebar(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

async function openDemo(e: E2E): Promise<Page> {
  const { page } = e;
  await page.goto(e.host.url);
  await signIn(page, 'Rita Router', 'Analyst');
  await page.getByRole('button', { name: /Open the demo/ }).click();
  await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
  return page;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', typeof name === 'string' ? { name, exact: true } : { name });

/** Opens a record from its list, then checks its address survives a reload and back returns to the list. */
async function checkRecord(
  page: Page,
  o: { area: string; label: string; open: () => Promise<void>; heading: string | RegExp },
): Promise<string> {
  await sidebar(page, o.label);
  await shown(page, o.label);
  await o.open();
  await heading(page, o.heading).waitFor();
  const address = await hash(page);
  expect(address).toMatch(new RegExp(`^#/${o.area}/[^/?]+$`));
  await page.reload();
  await heading(page, o.heading).waitFor();
  expect(await hash(page)).toBe(address);
  await page.goBack();
  await page.waitForFunction(`window.location.hash === '#/${o.area}'`);
  await shown(page, o.label);
  await page.goForward();
  await heading(page, o.heading).waitFor();
  // The sidebar leaves the record for the area's list.
  await sidebar(page, o.label);
  await page.waitForFunction(`window.location.hash === '#/${o.area}'`);
  return address;
}

describe('addresses of screens, end to end in Chromium', () => {
  it('every area keeps its place through a reload, and back walks the areas in reverse', async () => {
    e = await startE2E();
    const page = await openDemo(e);
    for (const [label, area] of AREAS) {
      await sidebar(page, label);
      await shown(page, label);
      expect(await hash(page)).toBe(`#/${area}`);
      await page.reload();
      await shown(page, label);
      expect(
        await page
          .getByRole('navigation', { name: 'Areas' })
          .getByRole('button', { name: label, exact: true })
          .getAttribute('aria-current'),
      ).toBe('page');
    }
    // Back from the last area walks every area before it, in reverse.
    for (const [label, area] of AREAS.slice(0, -1).reverse()) {
      await page.goBack();
      await page.waitForFunction(`window.location.hash === '#/${area}'`);
      await shown(page, label);
    }
  });

  it('a process, a runbook, a DR test and a release each have an address that a reload and back keep', async () => {
    e = await startE2E();
    const page = await openDemo(e);

    const bia = await checkRecord(page, {
      area: 'bia',
      label: 'BIA',
      heading: 'Customs declarations',
      open: () =>
        page
          .getByRole('navigation', { name: 'Processes' })
          .getByRole('button', { name: /Customs declarations/ })
          .click(),
    });
    await checkRecord(page, {
      area: 'runbooks',
      label: 'Runbooks',
      heading: 'CRM restore from backup',
      open: () =>
        page
          .getByRole('table', { name: 'Runbooks' })
          .getByRole('button', { name: 'CRM restore from backup' })
          .click(),
    });
    await checkRecord(page, {
      area: 'drtests',
      label: 'DR tests',
      heading: 'StockPilot WMS restore drill',
      open: () =>
        page
          .getByRole('table', { name: 'DR tests' })
          .getByRole('button', { name: 'StockPilot WMS restore drill' })
          .click(),
    });
    const release = await checkRecord(page, {
      area: 'releases',
      label: 'Releases',
      heading: /^FreightHub 4\.13 /,
      open: () =>
        page
          .getByRole('table', { name: 'Releases' })
          .getByRole('button', { name: 'FreightHub 4.13' })
          .click(),
    });
    await e.shot('routing-release-list');

    // A map selection: the recovery-gaps list (a home-screen number) links to a node on the map,
    // whose address keeps it selected through a reload.
    await page.goto(`${new URL(page.url()).origin}/#/objectives?conflicts=gaps`);
    const gaps = page.getByRole('table', { name: 'Recovery gaps' });
    await gaps.waitFor();
    const first = gaps.locator('tbody tr').first().getByRole('button');
    const nodeName = (await first.textContent()) ?? '';
    await first.click();
    const panel = page.getByRole('complementary', { name: `Node ${nodeName}` });
    await panel.waitFor();
    expect(await hash(page)).toMatch(/^#\/map\/[^/?]+$/);
    await page.reload();
    await panel.waitFor();
    await page.goBack();
    await gaps.waitFor();

    // A pasted address opens its record directly, in a fresh tab.
    const other = await e.context.newPage();
    await other.goto(`${new URL(page.url()).origin}/${release}`);
    await heading(other, /^FreightHub 4\.13 /).waitFor();
    await other.goto(`${new URL(page.url()).origin}/${bia}`);
    await other.getByRole('heading', { name: 'Customs declarations', exact: true }).waitFor();
    await other.close();
  });
});
