// The check when a workspace opens, end to end in Chromium: an intact workspace says what was verified;
// after its file is edited directly in SQLite (the app's workspace closed), reopening it shows the
// broken state in the status bar, with the details in the audit log, and restoring the newest intact
// backup (after confirming) brings the audited name back and keeps the edited file beside it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDirFor } from '../../electron/core/store/backups';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('the audit-trail check when a workspace opens, in Chromium', () => {
  it('shows a direct SQLite edit in the status bar and restores the newest intact backup', async () => {
    e = await startE2E({ viewport: { width: 1360, height: 860 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Erin Tester', 'QA lead');

    await page.getByLabel('Name').fill('Harbour operations');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Harbour operations' }).waitFor();
    const chain = page.getByTestId('chain-state');
    await expect
      .poll(() => chain.textContent())
      .toMatch(/^Audit trail verified: 2 entries, 1 signature, state matches$/);

    // A node, added through the map's form.
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Dependency map', exact: true })
      .click();
    await page.getByRole('button', { name: /^Add node/ }).click();
    const form = page.getByRole('form', { name: 'Add node' });
    await form.getByLabel('Kind').selectOption({ label: 'Application' });
    await form.getByLabel('Name').fill('Berth planner');
    await form.getByLabel('Name').press('Enter');
    await page.getByText('Added Berth planner.').waitFor();
    await expect.poll(() => chain.textContent()).toMatch(/· 1 entry written since$/);
    const path = e.host.session.workspace!.path;

    // Reopened intact: verified, and kept as a backup.
    await page.getByRole('button', { name: 'Close workspace' }).click();
    await page.getByRole('button', { name: 'Harbour operations' }).click();
    await expect
      .poll(() => chain.textContent())
      .toMatch(/^Audit trail verified: 3 entries, 2 signatures, state matches$/);

    // Someone with the file and sqlite3 renames the node while the workspace is closed.
    await page.getByRole('button', { name: 'Close workspace' }).click();
    await page.getByRole('heading', { name: 'Recent' }).waitFor();
    expect(e.host.session.workspace).toBeNull();
    const db = new Database(path);
    const changed = db
      .prepare("UPDATE node SET name = 'Berth planner (forged)' WHERE name = 'Berth planner'")
      .run();
    db.close();
    expect(changed.changes).toBe(1);

    await page.getByRole('button', { name: 'Harbour operations' }).click();
    await expect.poll(() => chain.textContent()).toMatch(/^Audit trail does not hold:/);
    const text = (await chain.textContent()) ?? '';
    expect(text).toMatch(
      /node [0-9a-f]{8}… field name differs from the audit trail: expected 'Berth planner', found 'Berth planner \(forged\)'\./,
    );
    expect(await chain.getAttribute('class')).toContain('chain-broken');
    await e.shot('open-check-broken');

    // Details: the audit log shows the open-time verification with the difference by table, row and field.
    await chain.getByRole('button', { name: 'Details' }).click();
    const details = page.getByTestId('verify-details');
    await details.waitFor();
    const row = details.getByRole('row', { name: /node .* name differs/ });
    expect(await row.textContent()).toContain('"Berth planner (forged)"');
    await e.shot('open-check-details');

    // Restore: the dialog names the backup, and nothing happens until it is confirmed.
    await chain.getByRole('button', { name: 'Restore the newest intact backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await dialog.getByTestId('restore-offer').waitFor();
    expect(await dialog.getByTestId('restore-offer').textContent()).toMatch(/3 audit entries/);
    await e.shot('open-check-restore-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await chain.textContent()).toMatch(/^Audit trail does not hold:/);
    await chain.getByRole('button', { name: 'Restore the newest intact backup…' }).click();
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect
      .poll(() => chain.textContent())
      .toMatch(
        /^Audit trail verified: 3 entries, 2 signatures, state matches · restored from the backup of .* the replaced file is kept as "harbour-operations \(replaced .*\)\.steadfast"$/,
      );
    await e.shot('open-check-restored');
    const folder = dirname(path);
    const kept = (await chain.textContent())!.match(/kept as "(.*)"$/)![1]!;
    expect(existsSync(join(folder, kept))).toBe(true);
    const restored = new Database(path, { readonly: true });
    expect(restored.prepare('SELECT name FROM node').pluck().all()).toEqual(['Berth planner']);
    restored.close();
  });

  it('offers the newest intact backup when a workspace file is damaged, and restores it', async () => {
    e = await startE2E({ viewport: { width: 1360, height: 860 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Erin Tester', 'QA lead');
    await page.getByLabel('Name').fill('Quay ledger');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Quay ledger' }).waitFor();
    const path = e.host.session.workspace!.path;
    const chain = page.getByTestId('chain-state');
    // Reopened intact: the check keeps a verified backup.
    await page.getByRole('button', { name: 'Close workspace' }).click();
    await page.getByRole('button', { name: 'Quay ledger' }).click();
    await expect.poll(() => chain.textContent()).toMatch(/^Audit trail verified/);
    await expect
      .poll(() => (existsSync(backupDirFor(path)) ? readdirSync(backupDirFor(path)).length : 0))
      .toBe(1);
    await page.getByRole('button', { name: 'Close workspace' }).click();
    await page.getByRole('heading', { name: 'Recent' }).waitFor();

    // The disk (or a bad copy) damages the file while it is closed.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    writeFileSync(path, bytes);

    await page.getByRole('button', { name: 'Quay ledger' }).click();
    await page.getByText(/is damaged.*The newest intact backup is from/).waitFor();
    const offer = page.getByRole('region', { name: 'Restore a backup' });
    await e.shot('open-damaged-backup-offer');
    await offer.getByRole('button', { name: /^Restore the backup of / }).click();
    await page.getByRole('heading', { name: 'Quay ledger' }).waitFor();
    await expect
      .poll(() => chain.textContent())
      .toMatch(/^Audit trail verified.* restored from the backup of /);
    expect(readdirSync(dirname(path)).some((f) => f.startsWith('quay-ledger (replaced '))).toBe(true);
  });
});
