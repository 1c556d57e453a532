// The self-assessment's clause coverage in the app's Resilience area: on the demo, each requirement
// with its status word and colour; the untested third-party failure shows as a gap.
import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

describe('clause coverage in the app', () => {
  it('lists the demo requirements with met, partly met and gap in their colours', async () => {
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
    const table = page.getByRole('table', { name: 'Clause coverage' });
    await table.getByRole('row', { name: /third-party service provider/ }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(14);
    const cell = (name: RegExp) => table.getByRole('row', { name }).locator('td.res-coverage');
    const colour = (name: RegExp) =>
      cell(name).evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).color);
    expect(await cell(/third-party service provider/).textContent()).toBe('Gap');
    expect(await cell(/Impact tolerances set/).textContent()).toBe('Met');
    expect(await cell(/Business impact analysis covering/).textContent()).toBe('Partly met');
    expect(await colour(/third-party service provider/)).toBe('rgb(179, 38, 30)');
    expect(await colour(/Impact tolerances set/)).toBe('rgb(0, 112, 79)');
    expect(await colour(/Business impact analysis covering/)).toBe('rgb(154, 95, 0)');
    if (process.env.COVERAGE_SHOT)
      await page
        .getByRole('region', { name: /clause coverage/ })
        .screenshot({ path: process.env.COVERAGE_SHOT });
  }, 120_000);
});
