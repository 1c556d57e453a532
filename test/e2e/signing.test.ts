// People sign with their own keys, end to end in Chromium: Ada creates her identity and a workspace and
// submits a runbook; Bo creates his identity on the same machine ("Someone else?") but may not sign
// until a member adds him; Ada (her passphrase) adds him; Bo (his passphrase) approves, and the
// approval names him with his key's fingerprint. A locked session brings back the unlock screen.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addMember,
  newPerson,
  PASSPHRASE,
  signIn,
  startE2E,
  switchPerson,
  unlock,
  type E2E,
} from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

async function area(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** The fingerprint of whoever is working, from the status bar (shown on hover). */
async function myFingerprint(page: Page): Promise<string> {
  const fp = await page.getByTestId('person').getAttribute('title');
  expect(fp).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  return fp!;
}

describe('personal signing keys, end to end in Chromium', () => {
  it('unlock as one person and submit, unlock as another and approve: the approval names the signer by key', async () => {
    e = await startE2E({ viewport: { width: 1360, height: 900 } });
    const { page } = e;
    await page.goto(e.host.url);

    // First run: the form says why the passphrase matters, and refuses two different passphrases.
    await page.getByRole('heading', { name: 'Create your signing identity' }).waitFor();
    await page.getByText(/there is no way to recover a forgotten passphrase/).waitFor();
    await page.getByLabel('Your name').fill('Ada Author');
    await page.getByLabel('Your role').fill('BCM analyst');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill('correct horse battery staple');
    await e.shot('signing-create-identity');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await page
      .getByRole('alert')
      .getByText(/The two passphrases differ/)
      .waitFor();
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create identity' }).click();
    await page.getByTestId('person').getByText('Ada Author', { exact: true }).waitFor();
    const ada = await myFingerprint(page);

    await page.getByLabel('Name').fill('Signed workspace');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Signed workspace' }).waitFor();
    expect(await myFingerprint(page)).toBe(ada);

    // Ada writes and submits a runbook; her own work never waits for her signature.
    await area(page, 'Runbooks');
    await page.getByLabel('Runbook name').fill('Portal canary');
    await page.getByLabel('Start from').selectOption('canary');
    await page.getByRole('button', { name: 'Create runbook' }).click();
    await page.getByRole('heading', { name: 'Portal canary' }).waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Approve', exact: true }).waitFor();
    await area(page, 'Workspace');
    const awaiting = page.getByRole('region', { name: 'Awaiting your signature' });
    await awaiting.getByText('Nothing awaits your signature.').waitFor();

    // Bo makes his identity on this machine. He is not a member yet: his approval is refused.
    await newPerson(page, 'Bo Approver', 'Head of risk');
    const bo = await myFingerprint(page);
    expect(bo).not.toBe(ada);
    await area(page, 'Runbooks');
    await page.getByRole('button', { name: 'Portal canary' }).click();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/is not a member of this workspace/)
      .waitFor();

    // Back to Ada: the unlock screen lists both people; a wrong passphrase is refused.
    await page.getByRole('button', { name: 'Switch person' }).click();
    await page.getByRole('heading', { name: 'Switch person' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(2);
    await page.getByRole('radio', { name: /^Ada Author \(/ }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill('not her passphrase');
    await e.shot('signing-switch-person');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await page.getByRole('heading', { name: 'Switch person' }).waitFor();
    await unlock(page, 'Ada Author');
    expect(await myFingerprint(page)).toBe(ada);

    // Ada adds Bo to the roster; both show with their keys.
    await addMember(page, 'Bo Approver');
    const roster = page.getByRole('table', { name: 'Roster' });
    expect(await roster.locator(`[data-fingerprint="${ada}"]`).count()).toBeGreaterThan(0);
    expect(await roster.locator(`[data-fingerprint="${bo}"]`).count()).toBeGreaterThan(0);
    const boRow = roster.getByRole('row', { name: /^Bo Approver / });
    expect(await boRow.textContent()).toContain('by Ada Author');
    await e.shot('signing-members');

    // Bo unlocks his key: the runbook waits for his signature, and he approves it.
    await switchPerson(page, 'Bo Approver');
    expect(await myFingerprint(page)).toBe(bo);
    await area(page, 'Workspace');
    await awaiting.getByRole('link', { name: 'Portal canary v1' }).waitFor();
    await e.shot('signing-awaiting-you');
    await awaiting.getByRole('link', { name: 'Portal canary v1' }).click();
    await page.getByRole('heading', { name: 'Portal canary' }).waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const approved = page.getByTestId('rb-approved-by');
    await approved.waitFor();
    expect(await approved.textContent()).toMatch(/^Approved by Bo Approver on /);
    await e.shot('signing-approved');

    // Ada's laptop is lost: Bo retires her key, with a reason and a confirmation; the retirement is
    // his signature, named with his fingerprint and checked against the roster.
    await area(page, 'Members');
    await roster.getByRole('button', { name: 'Retire key of Ada Author' }).click();
    const retire = page.getByRole('form', { name: 'Retire the key of Ada Author' });
    await retire.getByLabel('Reason').fill('Laptop lost');
    await retire.getByRole('button', { name: 'Retire key' }).click();
    await retire.getByRole('button', { name: 'Yes, retire this key' }).click();
    const adaRow = roster.getByRole('row', { name: /^Ada Author / });
    await adaRow.getByText('Retired: Laptop lost').waitFor();
    expect(await adaRow.textContent()).toMatch(/Retired by Bo Approver on /);
    const retiredBy = adaRow.getByTestId('signoff');
    await retiredBy.getByText('signature verified').waitFor();
    expect(await retiredBy.locator('.signer').getAttribute('title')).toBe(bo);
    await e.shot('signing-retired');

    // The runbook's approval is Bo's signature: his name, his fingerprint on hover, verified.
    await area(page, 'Runbooks');
    await page.getByRole('button', { name: 'Portal canary' }).click();
    const signer = approved.locator('.signer');
    await signer.waitFor();
    expect(await signer.getAttribute('title')).toBe(bo);
    expect(await approved.textContent()).toContain('signature verified');
  });

  it('a session whose key is locked brings back the unlock screen at the next call', async () => {
    e = await startE2E();
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Lia Locked', 'Analyst');
    await page.getByLabel('Name').fill('Locked workspace');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Locked workspace' }).waitFor();
    // Lock the session behind the page's back (as a restarted host would be), then save a change.
    await page.evaluate(
      `fetch('/api/identity.lock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' })`,
    );
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Who is working?' }).waitFor();
    await unlock(page, 'Lia Locked');
    await page.getByRole('heading', { name: 'Locked workspace' }).waitFor();
  });
});
