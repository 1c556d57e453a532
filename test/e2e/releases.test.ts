// Release readiness end to end in Chromium: schedule a release into a freeze and see the conflict
// say why, move it out, have someone other than the owner approve it, and see the gate turn to go.
// Then the demo's calendar, SLOs, canary and delivery metrics, for the screenshots.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorld } from '../fixtures/releases';
import { SteppingClock, tempDir, testSession } from '../fixtures/session';
import { joinAs, signIn, startE2E, unlock, type E2E } from './fixtures';

const DAY = 86_400_000;
let e: E2E | undefined;
let prepared: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
  prepared?.cleanup();
  prepared = undefined;
});

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value in this machine's zone (the browser runs on the same machine). */
const local = (t: number) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

async function area(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** A workspace with services, an approved rollback runbook, a recent DR test, a healthy SLO and a freeze next week. */
async function prepare(): Promise<{ file: string; freezeStart: number; dataDir: string }> {
  prepared = tempDir();
  const t = testSession(prepared.path, new SteppingClock(Date.now() - 2 * DAY));
  // releaseWorld makes Olga's key (the fixture's passphrase is the e2e one) in the data folder the
  // browser host will use: she unlocks it there and owns the world.
  const w = await releaseWorld(t);
  const today = Math.floor(Date.now() / DAY) * DAY;
  await t.call('slos.addMeasurement', {
    sloId: w.sloId,
    measurement: {
      start: new Date(today - 2 * DAY).toISOString(),
      end: new Date(today - DAY).toISOString(),
      good: 9995,
      total: 10000,
    },
  });
  const freezeStart = today + 7 * DAY;
  await t.call('calendar.saveFreeze', {
    name: 'Peak freeze',
    reason: 'Holiday shipping peak',
    start: new Date(freezeStart).toISOString(),
    end: new Date(freezeStart + 2 * DAY).toISOString(),
    scope: { kind: 'tiers', ids: ['tier-1'] },
  });
  t.session.replaceWorkspace(null);
  return { file: join(prepared.path, 'Release_world.steadfast'), freezeStart, dataDir: t.dataDir.root };
}

describe('releases, end to end in Chromium', () => {
  it('a release scheduled into a freeze shows the conflict; moved out and approved, the gate says go', async () => {
    const { file, freezeStart, dataDir } = await prepare();
    e = await startE2E({ file, dataDir, viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Olga Owner');
    await area(page, 'Releases');
    await page.getByRole('button', { name: 'New release' }).click();
    const form = page.getByRole('form', { name: 'New release' });
    await form.getByLabel('Name').fill('Booking 3.0');
    await form.getByLabel('Version').fill('3.0.0');
    await form.getByLabel('Window start').fill(local(freezeStart + DAY + 10 * 3_600_000));
    await form.getByLabel('Window end').fill(local(freezeStart + DAY + 11 * 3_600_000));
    await form.getByLabel('Booking API').check();
    await form.getByLabel('Rollback runbook').selectOption({ label: 'Booking rollback (approved)' });
    await form.getByRole('button', { name: 'Create release' }).click();

    await page.getByRole('heading', { name: /Booking 3\.0/ }).waitFor();
    await page.getByTestId('gate-verdict').getByText('NO-GO').waitFor();
    const conflicts = page.getByTestId('check-conflicts');
    expect(await conflicts.textContent()).toMatch(/falls in freeze "Peak freeze".*covers Booking API/);
    expect(await page.getByTestId('check-approvals').textContent()).toMatch(/Fail.*1 more approval/);
    await e.shot('releases-gate-nogo');

    await page.getByRole('button', { name: '← All releases' }).click();
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page.getByRole('tab', { name: 'Week' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.rel-cal-release.conflict', { hasText: 'Booking 3.0' }).waitFor();
    await page.locator('.rel-cal-freeze', { hasText: 'Peak freeze' }).first().waitFor();
    const listed = page.getByRole('list', { name: 'Calendar conflicts' });
    expect(await listed.textContent()).toMatch(
      /freeze: Release "Booking 3\.0" 3\.0\.0 .* falls in freeze "Peak freeze"/,
    );
    await e.shot('releases-calendar-week');

    // Move it after the freeze; the conflict goes, the approvals are still missing.
    await listed.getByRole('button', { name: 'Open release' }).first().click();
    await page.getByRole('button', { name: 'Edit release' }).click();
    const edit = page.getByRole('form', { name: 'Edit release' });
    await edit.getByLabel('Window start').fill(local(freezeStart + 3 * DAY + 10 * 3_600_000));
    await edit.getByLabel('Window end').fill(local(freezeStart + 3 * DAY + 11 * 3_600_000));
    await edit.getByRole('button', { name: 'Save release' }).click();
    await page.getByTestId('check-conflicts').getByText('No calendar conflicts.').waitFor();
    await page.getByRole('button', { name: 'Approve release' }).click();
    await page.getByRole('alert').getByText('The release owner cannot approve their own release.').waitFor();

    await joinAs(page, 'Ann Approver', 'Change advisory board', 'Olga Owner');
    await area(page, 'Releases');
    await page.getByRole('button', { name: 'Booking 3.0' }).click();
    await page.getByRole('button', { name: 'Approve release' }).click();
    await page.getByTestId('gate-verdict').getByText('GO', { exact: true }).waitFor();
    expect(await page.getByTestId('release-status').textContent()).toBe('approved');
    expect(await page.getByTestId('check-approvals').textContent()).toMatch(/Pass.*Approved by Ann Approver/);
    await e.shot('releases-gate-go');
  });

  it('an emergency change overrides the freeze with a justification; a waiver needs someone other than the owner', async () => {
    const { file, freezeStart, dataDir } = await prepare();
    e = await startE2E({ file, dataDir, viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Olga Owner');
    await area(page, 'Releases');
    await page.getByRole('button', { name: 'New release' }).click();
    const form = page.getByRole('form', { name: 'New release' });
    await form.getByLabel('Name').fill('Booking hotfix');
    await form.getByLabel('Version').fill('2.9.1');
    await form.getByLabel('Window start').fill(local(freezeStart + 3_600_000));
    await form.getByLabel('Window end').fill(local(freezeStart + 2 * 3_600_000));
    await form.getByLabel('Change type').selectOption('emergency');
    await form.getByLabel('Booking API').check();
    await form.getByRole('button', { name: 'Create release' }).click();
    await page
      .getByTestId('check-conflicts')
      .getByText(/falls in freeze "Peak freeze"/)
      .waitFor();

    await page
      .getByLabel('Emergency override of freezes: justification')
      .fill('Payment outage: card tokens expire tonight.');
    await page.getByRole('button', { name: 'Override freeze' }).click();
    await page.getByText('Override recorded in the audit trail.').waitFor();
    const conflicts = page.getByTestId('check-conflicts');
    await conflicts.getByText(/1 freeze conflict overridden as an emergency change/).waitFor();
    expect(await conflicts.textContent()).toMatch(/^Pass/);

    // No rollback runbook: the owner may not waive the check, someone else may, with a reason.
    const rollback = page.getByTestId('check-rollback-runbook');
    await rollback.getByRole('button', { name: 'Waive…' }).click();
    await rollback
      .getByLabel('Why is it safe to proceed?')
      .fill('Hotfix is a config flag; turning it off is the rollback.');
    await rollback.getByRole('button', { name: 'Record waiver' }).click();
    await page
      .getByRole('alert')
      .getByText('The release owner cannot waive a check on their own release.')
      .waitFor();
    await joinAs(page, 'Ann Approver', 'Change advisory board', 'Olga Owner');
    await area(page, 'Releases');
    await page.getByRole('button', { name: 'Booking hotfix' }).click();
    const again = page.getByTestId('check-rollback-runbook');
    await again.getByRole('button', { name: 'Waive…' }).click();
    await again
      .getByLabel('Why is it safe to proceed?')
      .fill('Hotfix is a config flag; turning it off is the rollback.');
    await again.getByRole('button', { name: 'Record waiver' }).click();
    await again.getByText(/Waived by Ann Approver: Hotfix is a config flag/).waitFor();
    expect(await again.textContent()).toMatch(/^Waived/);
    await e.shot('releases-override-waiver');
  });

  it('the demo: month calendar, SLO burn-down, canary charts and delivery metrics', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Rey Reviewer', 'Release manager');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await area(page, 'Releases');
    await page.getByRole('table', { name: 'Releases' }).getByText('LedgerOne schema v19').waitFor();
    await e.shot('releases-list');
    await page.getByRole('tab', { name: 'Calendar' }).click();
    await page
      .getByRole('list', { name: 'Calendar conflicts' })
      .getByText(/Peak season freeze/)
      .first()
      .waitFor();
    await e.shot('releases-calendar-month');
    // Retiring the freeze (asked twice) clears the conflict it caused.
    const windows = page.getByRole('region', { name: 'Freezes and maintenance windows' });
    await windows.getByRole('button', { name: 'Retire Peak season freeze' }).click();
    await windows.getByRole('button', { name: 'Confirm: retire Peak season freeze' }).click();
    await page.getByText('Retired Peak season freeze.').waitFor();
    await page.getByRole('list', { name: 'Calendar conflicts' }).getByText('No conflicts.').waitFor();
    await page.getByRole('tab', { name: 'SLOs' }).click();
    await page.getByRole('img', { name: /^Burn-down of Portal availability/ }).waitFor();
    await e.shot('releases-slos');
    // A measurement typed in joins the budget at once (periods ending in the window count).
    const portal = page.getByRole('region', { name: 'SLO Portal availability' });
    const yesterday = Date.now() - DAY;
    await portal.getByLabel('Period start').fill(local(yesterday - 3_600_000));
    await portal.getByLabel('Period end').fill(local(yesterday));
    await portal.getByLabel('Good events').fill('990');
    await portal.getByLabel('Total events').fill('1000');
    await portal.getByRole('button', { name: 'Add measurement' }).click();
    await page.getByText('Measurement added.').waitFor();
    await portal.getByText(/Measurements\s*31/).waitFor();
    // A bad file says where it is wrong, row and column, and nothing is imported.
    await portal.getByLabel(/Import measurements/).setInputFiles({
      name: 'portal.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'period_start,period_end,good,total\n2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,12,10\n',
      ),
    });
    await page
      .getByRole('alert')
      .getByText('Row 2, column C (good): 12 good events exceed the 10 total.')
      .waitFor();
    await portal.getByText(/Measurements\s*31/).waitFor();
    await page.getByRole('tab', { name: 'Delivery metrics' }).click();
    expect(await page.getByTestId('cfr').textContent()).toMatch(/%$/);
    await page.getByRole('img', { name: /^Monthly trend/ }).waitFor();
    await e.shot('releases-delivery');
    await page.getByRole('tab', { name: 'Releases' }).click();
    await page.getByRole('button', { name: 'FreightHub 4.14' }).click();
    await page.getByRole('img', { name: /^latency_ms: pass/ }).waitFor();
    await e.shot('releases-canary');

    // A new comparison judged with settings per metric: a canary 30 % slower fails at the default
    // 10 % tolerance, is marginal at 50 % (real but tolerable), and passes where higher is better.
    const samples = ['metric,group,value'];
    for (let i = 0; i < 20; i++)
      samples.push(`latency_ms,baseline,${100 + i}`, `latency_ms,canary,${130 + i}`);
    const canary = page.locator('.rel-canary');
    const choose = async (title: string) => {
      await canary.getByLabel('Name', { exact: true }).fill(title);
      await canary.getByLabel(/Import samples/).setInputFiles({
        name: 'slow.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(samples.join('\n')),
      });
    };
    await choose('Strict canary');
    await canary.getByRole('button', { name: 'Judge the canary' }).click();
    await canary.getByText(/Strict canary: fail/).waitFor();
    await choose('Tolerant canary');
    await canary.getByLabel('latency_ms: tolerance %').fill('50');
    await e.shot('releases-canary-settings');
    await canary.getByRole('button', { name: 'Judge the canary' }).click();
    await canary.getByText(/Tolerant canary:/).waitFor();
    await canary.getByText(/tolerance 50\.0%/).waitFor();
    expect(await canary.textContent()).toMatch(/marginal\s*latency_ms: .*tolerance 50\.0%/);
    await choose('Throughput canary');
    await canary.getByLabel('latency_ms: worse when').selectOption('lower-is-worse');
    await canary.getByRole('button', { name: 'Judge the canary' }).click();
    await canary.getByText(/Throughput canary: pass/).waitFor();
  });
});
