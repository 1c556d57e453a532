// The BIA issue end to end in Chromium: registers, workshop mode by keyboard alone, sign-off with
// segregation of duties, paste from a spreadsheet, and the objectives overview.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { joinAs, signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

async function newWorkspace(page: Page, url: string, who = 'Erin Tester', role = 'BCM lead'): Promise<void> {
  await page.goto(url);
  await signIn(page, who, role);
  await page.getByLabel('Name').fill('BIA workspace');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { name: 'BIA workspace' }).waitFor();
}

async function area(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Areas' })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** Adds a process from the registers grid by keyboard: name, Tab, Enter, department, Enter. */
async function addProcess(page: Page, name: string, department: string): Promise<void> {
  await page.getByRole('button', { name: 'Add process' }).click();
  const editor = page.locator('.ag-cell-inline-editing input');
  await editor.waitFor();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('.ag-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await editor.waitFor();
  await page.keyboard.type(department);
  await page.keyboard.press('Enter');
  await page.locator('.ag-row', { hasText: department }).first().waitFor();
}

async function figures(page: Page) {
  const text = async (id: string) => ((await page.getByTestId(id).last().textContent()) ?? '').trim();
  return { mtd: await text('figure-mtd'), rto: await text('figure-rto'), tier: await text('figure-tier') };
}

describe('BIA, end to end in Chromium', () => {
  it('workshop mode: ratings by keyboard alone move MTD, RTO and tier on screen', async () => {
    e = await startE2E();
    const { page } = e;
    await newWorkspace(page, e.host.url);
    await area(page, 'Registers');
    await addProcess(page, 'Payroll', 'Finance');
    await addProcess(page, 'Customer support', 'Service');
    await page.getByTestId('row-count').getByText('2 processes').waitFor();

    // WRT 60 min for Payroll, typed in the BIA view.
    await area(page, 'BIA');
    await page.getByRole('heading', { name: 'Payroll' }).waitFor();
    await page.getByLabel('Work recovery time (WRT)').fill('60');
    await page.keyboard.press('Tab');
    // The field reads back what it saved as a duration, "1 h", not the raw "60".
    await expect.poll(() => page.getByLabel('Work recovery time (WRT)').inputValue()).toBe('1 h');

    await area(page, 'Workshop');
    await page.getByRole('button', { name: 'Start workshop at Payroll' }).click();
    const overlay = page.getByRole('dialog', { name: 'Workshop mode' });
    await overlay.waitFor();
    await overlay.getByRole('heading', { name: 'Payroll' }).waitFor();
    expect(await page.getByTestId('workshop-progress').textContent()).toBe('Process 1 of 2');
    // Focus starts on Financial at 1 h.
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Financial at 1 h: not rated');
    const settle = () => page.getByTestId('workshop-saving').getByText('All ratings saved').waitFor();

    // Operational 2 at 1 h, 3 at 4 h: Operational becomes intolerable (≥ 3, significant) at 4 h, so
    // MTD = 240 min = 4 h; RTO = MTD − WRT = 240 − 60 = 180 min = 3 h; the least stringent tier whose
    // RTO ≤ 180 is Tier 0 (60 ≤ 180; Tier 1's 240 > 180).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2');
    await settle();
    // Nothing intolerable within the horizon yet: no MTD, no RTO, the least stringent tier.
    expect(await figures(page)).toEqual({ mtd: '—', rto: '—', tier: 'Tier 3' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('3');
    await settle();
    await overlay.getByTestId('figure-mtd').getByText('4 h').waitFor();
    expect(await figures(page)).toEqual({ mtd: '4 h', rto: '3 h', tier: 'Tier 0' });

    // Financial 3 at 1 h: Financial is intolerable from 1 h, so MTD = 60 min = 1 h; WRT 60 is not
    // below it, so there is no recommended RTO; the most urgent kind of process gets the most
    // stringent tier, and a conflict says why.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('3');
    await settle();
    await overlay.getByTestId('figure-mtd').getByText('1 h').waitFor();
    expect(await figures(page)).toEqual({ mtd: '1 h', rto: '—', tier: 'Tier 0' });
    expect(await overlay.locator('.issue-error').first().textContent()).toMatch(/WRT|work recovery/i);

    // Delete clears it again: back to MTD 4 h, RTO 3 h, Tier 0.
    await page.keyboard.press('Delete');
    await settle();
    await overlay.getByTestId('figure-mtd').getByText('4 h').waitFor();
    expect(await figures(page)).toEqual({ mtd: '4 h', rto: '3 h', tier: 'Tier 0' });
    // The chart says the same in words.
    expect(await overlay.getByRole('img').first().getAttribute('aria-label')).toContain('MTD 4 h');
    await e.shot('bia-workshop');

    // PageDown: the next process; Esc leaves.
    await page.keyboard.press('PageDown');
    await overlay.getByRole('heading', { name: 'Customer support' }).waitFor();
    expect(await page.getByTestId('workshop-progress').textContent()).toBe('Process 2 of 2');
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
  });

  it('sign-off: the last editor cannot approve; a second person can, and the audit log shows it', async () => {
    e = await startE2E();
    const { page } = e;
    await newWorkspace(page, e.host.url, 'Erin Tester', 'BCM lead');
    await area(page, 'Registers');
    await addProcess(page, 'Order intake', 'Sales');
    await area(page, 'BIA');
    await page.getByRole('heading', { name: 'Order intake' }).waitFor();
    await page.getByRole('gridcell', { name: 'Operational at 4 h: not rated' }).click();
    await page.keyboard.press('3');
    await page
      .getByRole('gridcell', { name: 'Operational at 4 h: significant (3), tolerance limit' })
      .waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('.signoff .badge').getByText('in review').waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(
        'Segregation of duties: Erin Tester made the last edit to this BIA, so someone else must approve it.',
      )
      .waitFor();

    // Another person approves: their own key, added to the roster by a member.
    await joinAs(page, 'Quinn Approver', 'Head of risk', 'Erin Tester');
    await area(page, 'BIA');
    await page.getByRole('heading', { name: 'Order intake' }).waitFor();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const approved = page.getByTestId('approved-by');
    await approved.waitFor();
    expect(await approved.textContent()).toMatch(/^Approved by Quinn Approver on /);
    await e.shot('bia-approved');

    // An edit after approval returns it to draft, visibly.
    await page.getByRole('gridcell', { name: 'Operational at 8 h: not rated' }).click();
    await page.keyboard.press('4');
    await page.getByText('Returned to draft: edited after approval by Quinn Approver').waitFor();

    await area(page, 'Audit log');
    const row = page.locator('.ag-row', { hasText: 'bia.approve' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Quinn Approver');
  });

  it('paste: a block copied from a spreadsheet fills the processes grid in one save', async () => {
    e = await startE2E();
    const { page } = e;
    await newWorkspace(page, e.host.url);
    await area(page, 'Registers');
    await page.getByTestId('row-count').getByText('0 processes').waitFor();
    // A paste event as the browser fires it for Ctrl+V, with the text a spreadsheet puts on the
    // clipboard (page code as a string: the Node-side tsconfig has no DOM types).
    const paste = (text: string) =>
      page.evaluate(`(() => {
        const data = new DataTransfer();
        data.setData('text/plain', ${JSON.stringify(text)});
        const target = document.querySelector('[data-testid="grid-processes"] .ag-root');
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      })()`);
    // Name, Department, Owner, Tier, RTO (as Excel copies it: a quoted cell with a doubled quote).
    await paste(
      'Order intake\tSales\tAna Souza\tTier 1\t4h\n"Billing ""monthly"""\tFinance\tBo Li\t\t1 d\nPayroll\tFinance\tBo Li\tTier 2\t2880\n',
    );
    await page.getByText('Pasted 3 rows: 3 new, 0 updated.').waitFor();
    await page.getByTestId('row-count').getByText('3 processes').waitFor();
    const billing = page.locator('.ag-row', { hasText: 'Billing "monthly"' });
    await billing.first().waitFor();
    expect(await page.locator('.ag-row', { hasText: 'Sales' }).first().textContent()).toContain('Tier 1');

    // A block with an unknown tier is refused whole, with the reason.
    await paste('Shipping\tOps\tCy\tTier 9\n');
    await page
      .getByRole('alert')
      .getByText(/Nothing was pasted\. row 1: Tier: there is no tier "Tier 9"/)
      .waitFor();
    await page.getByTestId('row-count').getByText('3 processes').waitFor();

    // An edit the API refuses: its message is shown and the cell goes back to what it was.
    await page.locator('.ag-row', { hasText: 'Sales' }).first().locator('[col-id="rtoMinutes"]').dblclick();
    await page.locator('.ag-cell-inline-editing input').waitFor();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('soon');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .getByText(/rtoMinutes: must be a number of minutes/)
      .waitFor();
    expect(
      await page
        .locator('.ag-row', { hasText: 'Sales' })
        .first()
        .locator('[col-id="rtoMinutes"]')
        .textContent(),
    ).toBe('4 h (override)');

    // Filter narrows the rows.
    await page.getByLabel('Filter processes').fill('finance');
    await page.getByTestId('row-count').getByText('2 of 3 processes shown').waitFor();
    await page.getByLabel('Filter processes').fill('');
    await e.shot('bia-registers-processes');
  });

  it('objectives overview on the demo: heat map, RTO against MTD, conflicts that open their BIA', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 900 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Olu Overview', 'BCM lead');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await area(page, 'Objectives');
    await page.getByRole('table', { name: 'Worst severity per process and time bucket' }).waitFor();
    const chart = page.getByRole('img', { name: /^RTO against MTD for \d+ processes/ });
    await chart.waitFor();
    await e.shot('bia-objectives');

    const first = page.getByRole('list', { name: 'Every conflict' }).getByRole('button').first();
    const name = ((await first.textContent()) ?? '').trim();
    await first.click();
    await page.getByRole('heading', { name, exact: true }).waitFor();
    await page.getByRole('img', { name: /^Impact curve/ }).waitFor();
    await e.shot('bia-view');

    await area(page, 'Registers');
    await page.getByRole('tab', { name: 'Resources' }).click();
    await page.locator('.ag-row').first().click();
    await page.getByRole('complementary', { name: /supports$/ }).waitFor();
    await e.shot('bia-registers-resources');
  });
});
