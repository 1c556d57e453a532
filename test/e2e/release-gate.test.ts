// The gate that gates, end to end in Chromium (issue 13 item 1): a NO-GO release lists its failing
// checks at the "Mark in progress" button and refuses to start; declared an emergency with a
// justification it starts, and says so; another release starts once its failing check is waived.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { as, releaseWorld, saveRelease } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';
import { startE2E, unlock, type E2E } from './fixtures';

const DAY = 86_400_000;
let e: E2E | undefined;
let prepared: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
  prepared?.cleanup();
  prepared = undefined;
});

/** Two releases on the Website: one with nothing done (NO-GO twice), one approved but without a rollback runbook. */
/** The world, and the data folder whose identities (Olga, Rhea, Ann: all members) the host unlocks. */
async function prepare(): Promise<{ file: string; dataDir: string }> {
  prepared = tempDir();
  const t = testSession(prepared.path);
  const w = await releaseWorld(t);
  const start = Math.floor(Date.now() / DAY) * DAY + 3 * DAY + 10 * 3_600_000;
  // A day apart: releases overlapping on one service would be a calendar conflict of their own.
  const window = (day: number) => ({
    start: new Date(start + day * DAY).toISOString(),
    end: new Date(start + day * DAY + 3_600_000).toISOString(),
  });
  await saveRelease(t, { name: 'Website 5.0', nodeIds: [w.web], ...window(0) });
  const approved = await saveRelease(t, { name: 'Website 5.1', nodeIds: [w.web], ...window(1) });
  await as(t, 'Rhea Reviewer');
  await t.call('releases.approve', { releaseId: approved.id });
  await t.as('Ann Approver', 'Change advisory board');
  t.session.replaceWorkspace(null);
  return { file: join(prepared.path, 'Release_world.steadfast'), dataDir: t.dataDir.root };
}

async function openRelease(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: 'Releases', exact: true })
    .click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { name: new RegExp(name.replace('.', '\\.')) }).waitFor();
}

describe('the release gate in the app', () => {
  it('refuses to start a NO-GO release, lists the failing checks at the button, and lets an emergency through', async () => {
    e = await startE2E({ ...(await prepare()), viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Olga Owner');
    await openRelease(page, 'Website 5.0');
    const atButton = page.getByRole('region', { name: 'Gate before starting' });
    await atButton.getByTestId('failing-approvals').waitFor();
    expect(await atButton.getByTestId('failing-rollback-runbook').textContent()).toMatch(
      /Approved rollback runbook: No rollback runbook is linked\./,
    );
    expect(await atButton.getByTestId('failing-approvals').textContent()).toMatch(/cannot be waived/);

    await page.getByRole('button', { name: 'Mark in progress', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/The gate reads NO-GO/)
      .waitFor();
    expect(await page.getByTestId('release-status').textContent()).toBe('planned');
    await e.shot('release-gate-refused');

    await atButton.getByLabel('Declare an emergency').check();
    await atButton
      .getByLabel('Emergency justification')
      .fill('Expired TLS certificate takes the site down tonight.');
    await page.getByRole('button', { name: 'Mark in progress as an emergency' }).click();
    await page.getByTestId('release-status').getByText('in progress').waitFor();
    const passage = page.getByTestId('gate-passage');
    expect(await passage.textContent()).toMatch(
      /as a declared emergency: Expired TLS certificate takes the site down tonight\..*Failing at the time: Required approvals, Approved rollback runbook/,
    );
    await e.shot('release-gate-emergency');
  });

  it('starts a release once its only failing check is waived with a reason, and shows the waiver it used', async () => {
    e = await startE2E({ ...(await prepare()), viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Ann Approver');
    await openRelease(page, 'Website 5.1');
    const atButton = page.getByRole('region', { name: 'Gate before starting' });
    const rollback = atButton.getByTestId('failing-rollback-runbook');
    await rollback.getByRole('button', { name: 'Waive with a reason…' }).click();
    await rollback
      .getByLabel('Reason for waiving')
      .fill('Static site: redeploying the previous build is the rollback.');
    await rollback.getByRole('button', { name: 'Record waiver' }).click();
    await page.getByTestId('gate-verdict').getByText('GO', { exact: true }).waitFor();
    expect(await atButton.count()).toBe(0);
    await page.getByRole('button', { name: 'Mark in progress', exact: true }).click();
    await page.getByTestId('release-status').getByText('in progress').waitFor();
    expect(await page.getByTestId('gate-passage').textContent()).toMatch(
      /on waived checks:.*Approved rollback runbook: waived by Ann Approver: Static site/,
    );
    await e.shot('release-gate-waived');
  });
});
