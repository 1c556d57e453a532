// Workshop packets, end to end in Chromium: a master and a packet prepared on real files with two
// conflicting field edits; in the browser the packet is brought back, its review shows base, master
// and packet side by side, the two conflicts are settled one each way, and the merge is accepted and
// found in the audit log. Opened itself, the packet shows whose packet it is.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { packetFixture } from '../fixtures/packets';
import { startE2E, unlock, type E2E } from './fixtures';

let e: E2E | undefined;
let f: Awaited<ReturnType<typeof packetFixture>> | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
  f?.cleanup();
  f = undefined;
});

/** A master with Payroll (HR), a packet of HR, and the same two fields changed differently on each. */
async function prepare() {
  f = await packetFixture();
  const id = f.node(f.master, f.ana, { name: 'Payroll', department: 'HR', owner: 'Base owner' });
  f.node(f.master, f.ana, { name: 'Billing run', department: 'Finance' });
  const packet = await f.cut('hr-workshop.steadfast', { kind: 'departments', values: ['HR'] });
  f.edit(packet, f.ana, id, { owner: 'Workshop owner', description: 'Workshop text' });
  f.edit(f.master, f.ana, id, { owner: 'Master owner', description: 'Master text' });
  // Closed, so each file holds its whole log and the host may open the master for writing.
  packet.close();
  f.master.close();
  return f;
}

const area = (e: E2E, name: string) =>
  e.page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name, exact: true }).click();

describe('workshop packets, end to end in Chromium', () => {
  it('brings a packet back, settles two conflicts one each way, and sees the merge', async () => {
    const fx = await prepare();
    e = await startE2E({
      file: fx.file('master.steadfast'),
      dataDir: fx.dataDir.root,
      viewport: { width: 1440, height: 1000 },
    });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Ana Souza');
    // The master is no packet: no banner. Its settings lead to the packets area.
    await page.getByRole('link', { name: 'Bring back a packet…' }).click();
    await page.getByRole('heading', { name: 'Workshop packets' }).waitFor();
    expect(await page.getByTestId('packet-banner').count()).toBe(0);

    await page.getByLabel(/Workshop packet \(\.steadfast/).setInputFiles({
      name: 'hr-workshop.steadfast',
      mimeType: 'application/octet-stream',
      buffer: readFileSync(fx.file('hr-workshop.steadfast')),
    });
    const table = page.getByRole('table', { name: 'Conflicts to settle' });
    await table.waitFor();
    const summary = page.getByRole('list', { name: 'Summary' });
    expect(await summary.textContent()).toContain('2 conflicts to settle');
    const owner = table.getByRole('row').filter({ hasText: 'Master owner' });
    const description = table.getByRole('row').filter({ hasText: 'Master text' });
    // Base, master and packet side by side.
    expect(await owner.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['Base owner', 'Master owner', 'Workshop owner']),
    );
    expect(await description.locator('td').allTextContents()).toEqual(
      expect.arrayContaining(['—', 'Master text', 'Workshop text']),
    );
    const accept = page.getByRole('button', { name: 'Accept the merge' });
    expect(await accept.isDisabled()).toBe(true);
    await owner.getByRole('radio', { name: 'Keep master' }).check();
    expect(await accept.isDisabled()).toBe(true);
    await description.getByRole('radio', { name: 'Take packet' }).check();
    expect(await accept.isEnabled()).toBe(true);
    await e.shot('packets-review');

    await accept.click();
    const result = page.getByRole('status', { name: 'Merge result' });
    await result.waitFor();
    expect(await result.textContent()).toContain('2 conflicts settled');
    expect(await page.getByRole('table', { name: 'Conflicts to settle' }).count()).toBe(0);

    // Hand out a new packet of the Finance department: delivered as a download.
    const form = page.getByRole('form', { name: 'Hand out a workshop packet' });
    await form.getByRole('radio', { name: 'Departments' }).check();
    await form.getByLabel('Departments in the packet').selectOption(['Finance']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Hand out the packet…' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Meridian (workshop packet).steadfast');
    await download.saveAs(fx.file('finance.steadfast'));

    await area(e, 'Audit log');
    await page.getByRole('gridcell', { name: 'workspace.merge' }).first().waitFor();
    await e.shot('packets-audit');

    // The master's file holds the choices made: the master's owner, the packet's description.
    await e.close();
    e = undefined;
    const master = await fx.reopen('master.steadfast');
    const payroll = master.store.nodes.everyNode().find((n) => n.name === 'Payroll');
    expect(payroll).toMatchObject({ owner: 'Master owner', description: 'Workshop text' });
    const finance = await fx.reopen('finance.steadfast');
    expect(finance.store.packets.current()).toMatchObject({
      masterName: 'Meridian',
      scope: { kind: 'departments', values: ['Finance'] },
    });
  });

  it('shows the banner in a packet: whose, when, by whom, and its scope', async () => {
    const fx = await prepare();
    e = await startE2E({ file: fx.file('hr-workshop.steadfast'), dataDir: fx.dataDir.root });
    const { page } = e;
    await page.goto(e.host.url);
    await unlock(page, 'Ana Souza');
    const banner = page.getByTestId('packet-banner');
    await banner.waitFor();
    const text = await banner.textContent();
    expect(text).toContain('Workshop packet of Meridian, cut');
    expect(text).toContain('by Ana Souza, scope department HR and what they depend on');
  });
});
