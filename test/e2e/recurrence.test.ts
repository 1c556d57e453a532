// A repeating maintenance window set in the UI, end to end in Chromium: the editor lists the next
// occurrences in the chosen zone (02:00 London stays 02:00 across the October clock change), a bad
// custom rule is named before anything is written, and the saved window's occurrences are listed in
// the workspace's time zone.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorld } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';
import { startE2E, unlock, type E2E } from './fixtures';

let e: E2E | undefined;
let prepared: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
  prepared?.cleanup();
  prepared = undefined;
});

describe('repeating windows, end to end in Chromium', () => {
  it('sets a weekly 02:00 London window and lists its next occurrences in local time', async () => {
    prepared = tempDir();
    const t = testSession(prepared.path);
    await releaseWorld(t);
    await t.call('workspace.update', { timeZone: 'Europe/London' });
    t.session.replaceWorkspace(null);
    const file = join(prepared.path, 'Release_world.steadfast');
    e = await startE2E({ file, dataDir: t.dataDir.root, viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Olga Owner');
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Releases', exact: true })
      .click();
    await page.getByRole('tab', { name: 'Calendar' }).click();

    const form = page.getByRole('form', { name: 'Add a maintenance window' });
    // The workspace's zone is the default; the picker offers the runtime's IANA list.
    expect(await form.getByLabel('Window time zone').inputValue()).toBe('Europe/London');
    expect(await form.getByLabel('Window time zone').locator('option').count()).toBeGreaterThan(300);
    await form.getByLabel('Service').selectOption({ label: 'Website' });
    await form.getByLabel('Window name').fill('Sunday night');
    await form.getByLabel('Window start').fill('2026-10-18T02:00');
    await form.getByLabel('Window end').fill('2026-10-18T04:00');

    // A custom rule that cannot be read is named at once, and the form refuses it.
    await form.getByLabel('Window repeats').selectOption('custom');
    await form.getByLabel('Rule').fill('FREQ=WEEKLY;BYDAY=XX');
    expect(await form.getByRole('alert').textContent()).toMatch(/not valid RFC 5545: .*BYDAY/);

    await form.getByLabel('Window repeats').selectOption('weekly');
    await form.getByRole('group', { name: 'On these days' }).getByLabel('Sun').check();
    const next = form.getByRole('list', { name: 'Next occurrences' }).locator('li');
    await next.first().waitFor();
    const shown = await next.allTextContents();
    expect(shown).toHaveLength(5);
    // 25 Oct is the first Sunday after the clocks go back: still 02:00 London (it would read 01:00 in UTC steps).
    expect(shown[0]).toMatch(/^Sun,? 18 Oct 2026, 02:00 – Sun,? 18 Oct 2026, 04:00$/);
    expect(shown[1]).toMatch(/^Sun,? 25 Oct 2026, 02:00 – Sun,? 25 Oct 2026, 04:00$/);
    expect(shown.filter((s) => !/^Sun,? .*, 02:00 – /.test(s))).toEqual([]);
    await e.shot('recurrence-editor');

    await form.getByRole('button', { name: 'Add window' }).click();
    await page.getByText('Maintenance window added.').waitFor();
    const listed = page.getByRole('list', { name: 'Occurrences of Sunday night' }).locator('li');
    await listed.first().waitFor();
    const saved = await listed.allTextContents();
    expect(saved.length).toBeGreaterThanOrEqual(4);
    expect(saved.filter((s) => !/^Sun,? .*, 02:00 – Sun,? .*, 04:00 \(Europe\/London\)$/.test(s))).toEqual(
      [],
    );
    expect(await page.getByRole('region', { name: 'Freezes and maintenance windows' }).textContent()).toMatch(
      /repeats FREQ=WEEKLY;BYDAY=SU \(Europe\/London\)/,
    );
    await e.shot('recurrence-saved');
  });
});
