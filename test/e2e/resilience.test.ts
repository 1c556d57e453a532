// Operational resilience end to end in Chromium: on the demo, define an important business service
// with an impact tolerance, run the scenarios (in the page's worker), see the breach and its path,
// and what a remediation would change.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('operational resilience in the app', () => {
  it('defines a service and tolerance, runs the scenarios and shows the breach with its path', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Rosa Resilience', 'Operational resilience lead');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Resilience', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Operational resilience' }).waitFor();

    // Bad input first: no owner is refused with a message that says so.
    await page.getByRole('button', { name: 'Add a service' }).click();
    const form = page.getByRole('form', { name: 'New important business service' });
    await form.getByLabel('Service name').fill('Settle customer claims');
    await form.getByRole('button', { name: 'Save the service' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toMatch(/An important business service needs an owner/);

    await form.getByLabel('Owner').fill('Rosa Resilience');
    await form.getByLabel('Customers or market served').fill('Customers with damaged or lost goods');
    const find = form.getByLabel('Delivered by (processes and resources): find a node');
    await find.fill('Claims handling');
    await find.press('Enter');
    await form.getByLabel('Maximum time of disruption (minutes)').fill('60');
    await form.getByLabel('Rationale').fill('Claimants are promised an answer within the hour.');
    await form.getByRole('button', { name: 'Save the service' }).click();
    const services = page.getByRole('table', { name: 'Important business services' });
    await services.getByRole('row', { name: /Settle customer claims/ }).waitFor();
    expect(await services.getByRole('row', { name: /Settle customer claims/ }).textContent()).toContain(
      '1 h',
    );

    await page.getByRole('button', { name: 'Run scenarios' }).click();
    const matrix = page.getByRole('table', { name: 'Scenario matrix' });
    await matrix.waitFor();
    const header = await matrix.locator('thead th').allTextContents();
    const column = header.findIndex((h) => h.startsWith('Settle customer claims'));
    expect(column).toBeGreaterThan(0);
    const row = matrix.getByRole('row', { name: /Core network outage/ });
    const cell = row
      .locator('td')
      .nth(column - 1)
      .getByRole('button');
    expect(await cell.textContent()).toMatch(/^Breach · 0 %$/);
    await cell.click();
    const detail = page.getByRole('region', { name: 'Cell detail' });
    expect(await detail.textContent()).toMatch(/beyond its tolerance of 1 h/);
    const path = detail.getByRole('list', { name: 'Breaching path' });
    const steps = await path.getByRole('listitem').allTextContents();
    expect(steps[0]).toMatch(/^Claims handling/);
    expect(steps.at(-1)).toMatch(/^Firewall pair/);

    await detail.getByRole('button', { name: 'Try remediations' }).click();
    const hints = detail.getByRole('table', { name: 'Remediations' });
    await hints.waitFor();
    expect(await hints.textContent()).toMatch(/A redundant pair for Firewall pair/);
    await e.shot('resilience-matrix');
  });
});
