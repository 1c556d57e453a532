// Incidents end to end in Chromium: record an incident, run its rollback runbook in crisis mode by
// keyboard and see the timeline fill itself, then record the blameless review with an action.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseWorld } from '../fixtures/releases';
import { SteppingClock, tempDir, testSession } from '../fixtures/session';
import { startE2E, unlock, type E2E } from './fixtures';

let e: E2E | undefined;
let prepared: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
  prepared?.cleanup();
  prepared = undefined;
});

const pad = (n: number) => String(n).padStart(2, '0');
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

describe('incidents, end to end in Chromium', () => {
  it('records an incident, runs its rollback runbook, and records the review with an action', async () => {
    prepared = tempDir();
    const t = testSession(prepared.path, new SteppingClock(Date.now() - 86_400_000));
    await releaseWorld(t);
    t.session.replaceWorkspace(null);
    e = await startE2E({
      file: join(prepared.path, 'Release_world.steadfast'),
      dataDir: t.dataDir.root,
      viewport: { width: 1400, height: 1000 },
    });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Olga Owner');
    await area(page, 'Incidents');

    await page.getByRole('button', { name: 'Record an incident' }).click();
    const form = page.getByRole('form', { name: 'New incident' });
    await form.getByLabel('Title').fill('Booking API returns 500s');
    await form.getByLabel('Severity').selectOption('sev1');
    await form.getByLabel('Outage started').fill(local(Date.now() - 20 * 60_000));
    await form.getByLabel('Detected').fill(local(Date.now() - 15 * 60_000));
    await form.getByLabel('Booking API').check();
    await form.getByRole('button', { name: 'Record incident' }).click();
    await page.getByRole('heading', { name: 'Booking API returns 500s' }).waitFor();
    expect(await page.getByTestId('inc-status').textContent()).toBe('sev1 · open');

    // Restored before it started: refused with the reason, nothing saved.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Edit Booking API returns 500s' });
    await edit.getByLabel('Service restored').fill(local(Date.now() - 60 * 60_000));
    await edit.getByRole('button', { name: 'Save incident' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Restored \(.*\) before it started \(.*\)\.$/)
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Crisis mode: open the rollback runbook and run its step by keyboard.
    await page.getByLabel('Runbook to run').selectOption({ label: 'Booking rollback (rollback)' });
    await page.getByRole('button', { name: 'Open runbook' }).click();
    await page.getByRole('button', { name: 'Start the clock (disruption now)' }).click();
    const step = page.getByRole('listitem', { name: /Step 1: Switch back, waiting/ });
    await step.focus();
    await page.keyboard.press('Space');
    await page.getByRole('listitem', { name: /Step 1: Switch back, running/ }).waitFor();
    await page.getByRole('listitem', { name: /Step 1: Switch back, running/ }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('listitem', { name: /Step 1: Switch back, ok/ }).waitFor();
    await page.getByRole('button', { name: 'End the run' }).click();
    await page.getByText('The crisis run has ended; its steps are on the timeline.').waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    for (const line of [
      'Crisis run started.',
      'Step started: Switch back.',
      'Step done: Switch back.',
      'Crisis run ended.',
    ])
      await timeline.getByText(line).waitFor();
    await e.shot('incident-crisis-run');

    // The review, blameless, with an action.
    await page.getByLabel('What happened').fill('A bad config push made the API return 500s.');
    await page.getByLabel('Contributing factors').fill('No config validation in the pipeline.');
    await page.getByRole('button', { name: 'Save review' }).click();
    const action = page.getByRole('form', { name: 'New action' });
    await action.getByLabel('Action').fill('Validate config before deploy');
    await action.getByLabel('Owner').fill('Olga Owner');
    await action.getByLabel('Due').fill('2027-01-15');
    await action.getByRole('button', { name: 'Add action' }).click();
    await page
      .getByTestId('review-actions')
      .getByText('Validate config before deploy · Olga Owner · 2027-01-15 · open')
      .waitFor();
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page.getByText('completed', { exact: true }).waitFor();
    await e.shot('incident-review');

    // The availability report counts the open outage against Booking API this month.
    await page.getByRole('button', { name: '← All incidents' }).click();
    await page.getByRole('img', { name: 'Availability per service per month' }).waitFor();
    const table = page.getByRole('table', { name: 'Availability per service per month' });
    await table.getByRole('cell', { name: 'Booking API', exact: true }).waitFor();
    expect(await page.getByTestId('measures-summary').textContent()).toMatch(
      /over 0 restored incidents, 1 open/,
    );
    await e.shot('incident-availability');
  }, 120_000);
});
