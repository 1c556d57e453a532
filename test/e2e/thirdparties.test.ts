// Third parties end to end in Chromium: the demo's register, its concentration chart (the cloud
// provider first), a provider's contracts with the contracted-RTO flag, and the Register of
// Information checked clean.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('third parties, end to end in Chromium', () => {
  it('shows the register, the concentration chart, a provider with its flagged contract and a clean RoI check', async () => {
    e = await startE2E({ viewport: { width: 1440, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Tess Thirdparty', 'BCM lead');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();
    await page
      .getByRole('navigation', { name: 'Areas' })
      .getByRole('button', { name: 'Third parties' })
      .click();
    await page.getByRole('heading', { name: 'Third parties', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/thirdparties');

    const providers = page.getByRole('table', { name: 'Providers' }).getByRole('row');
    expect(await providers.count()).toBe(8); // a header row and the demo's seven providers
    const chart = page.getByTestId('concentration-chart');
    await chart.waitFor();
    const bars = chart.locator('g.tp-bar');
    expect(await bars.count()).toBeGreaterThan(3);
    // The cloud provider sits under the most critical functions, directly and as a sub-contractor.
    expect(await bars.first().getAttribute('data-provider')).toBe('Nimbus Cloud Services Ireland Ltd');
    expect(await page.getByTestId('tp-flags').textContent()).toMatch(
      /Contract MF-ICT-001 promises an RTO of 4 ?h/,
    );
    await e.shot('thirdparties-register');

    await bars.first().click();
    await page.getByRole('heading', { name: 'Nimbus Cloud Services Ireland Ltd', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#\/thirdparties\/.+/);
    const contracts = page.getByRole('table', { name: 'Contracts' });
    expect(await contracts.textContent()).toMatch(/MF-ICT-001/);
    expect(await contracts.getByRole('note').first().textContent()).toMatch(/promises an RTO of 4 ?h/);
    expect(await contracts.textContent()).toMatch(/Dublin Colocation DC Ltd \(rank 2\)/);
    await e.shot('thirdparties-provider');

    await page.getByRole('button', { name: 'All third parties' }).click();
    await page.getByLabel('Reference date').fill('2026-12-31');
    await page.getByRole('button', { name: 'Check register' }).click();
    expect(await page.getByTestId('roi-ok').textContent()).toMatch(
      /^No problems at 2026-12-31: \d+ rows in 15 templates\.$/,
    );
    expect(await page.getByRole('button', { name: 'Export xBRL-CSV' }).isEnabled()).toBe(true);
  });
});
