// Questionnaires in Chromium on the demo: the campaign view (sent, overdue per owner with due
// dates), an owner's workbook downloaded, filled in by openpyxl, uploaded, reviewed per cell with
// the derived objectives, accepted in part, and the acceptance seen in the campaign.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/session';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
const dir = tempDir('steadfast-q-e2e-');
afterAll(() => dir.cleanup());
afterEach(async () => {
  await e?.close();
  e = undefined;
});

const FILL = join(import.meta.dirname, '../fixtures/fill-questionnaire.py');

describe('questionnaires, end to end in Chromium', () => {
  it('campaign view, download, upload a filled workbook, review the diff and accept part of it', async () => {
    e = await startE2E({ viewport: { width: 1280, height: 1000 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Quinn Reviewer', 'Continuity analyst');
    await page.getByRole('button', { name: /Open the demo/ }).click();
    await page.getByRole('heading', { name: /Meridian Freight/ }).waitFor();

    await page.getByRole('button', { name: 'Registers', exact: true }).click();
    await page.getByRole('tab', { name: 'Level definitions' }).click();
    await expect
      .poll(() => page.getByLabel('Financial: significant').inputValue())
      .toBe('Loss from €250,000 to €1 m a day.');

    await page.getByRole('button', { name: 'Questionnaires', exact: true }).click();
    await page.getByRole('button', { name: 'Annual BIA refresh' }).click();
    await page.getByRole('heading', { name: 'Annual BIA refresh' }).waitFor();
    await expect
      .poll(() => page.locator('.campaign-counts').textContent())
      .toMatch(/4 sent · 0 returned · 0 accepted · 4 overdue/);
    const owner = page.getByRole('region', { name: /^Questionnaires for / }).first();
    expect(await owner.getByText('overdue').count()).toBeGreaterThan(0);
    await e.shot('questionnaires-campaign');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      owner.getByRole('button', { name: 'Download workbook' }).click(),
    ]);
    const book = join(dir.path, 'book.xlsx');
    await download.saveAs(book);
    const sheet = execFileSync('/usr/bin/python3', [
      '-c',
      'import openpyxl,sys; print([s for s in openpyxl.load_workbook(sys.argv[1]).sheetnames if s != "steadfast"][0])',
      book,
    ])
      .toString()
      .trim();
    const filled = join(dir.path, 'filled.xlsx');
    execFileSync('/usr/bin/python3', [
      FILL,
      book,
      filled,
      JSON.stringify({ cells: { [sheet]: { B6: 4, B13: 0.5 } } }),
    ]);

    await page.getByLabel(/Upload a workbook an owner sent back/).setInputFiles(filled);
    const review = page.getByRole('article', { name: `Answers for ${sheet}` });
    await review.waitFor();
    await expect.poll(() => review.textContent()).toContain(`${sheet}!B6`);
    expect(await review.textContent()).toMatch(/Before: MTD .* tier/);
    expect(await review.textContent()).toMatch(/With every change: MTD .* tier/);
    await e.shot('questionnaires-review');
    // Keep the severity, drop the data-loss tolerance.
    await review.getByLabel(/^Take .*: Data-loss tolerance/).uncheck();
    await page.getByRole('button', { name: 'Accept selected answers' }).click();
    await page
      .getByText(/Accepted \d questionnaire\(s\) from .*: 1 change\(s\) taken into the BIA/)
      .waitFor();
    await expect.poll(() => page.locator('.campaign-counts').textContent()).toMatch(/[1-9] accepted/);
    await e.shot('questionnaires-accepted');
  }, 120_000);
});
