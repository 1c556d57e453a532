import { afterEach, describe, expect, it } from 'vitest';
import { signIn, startE2E, type E2E } from './fixtures';

let e: E2E | undefined;
afterEach(async () => {
  await e?.close();
  e = undefined;
});

const BAD_RATINGS = [
  'Process,Category,Bucket,Severity',
  'Order intake,Financial,1 h,2',
  'Order intake,Operational,4 h,7',
  'Ghost process,Financial,1 h,1',
  'Order intake,Fame,1 h,1',
].join('\r\n');

describe('import, end to end in Chromium', () => {
  it('import a bad file and see the row errors; nothing is imported', async () => {
    e = await startE2E({ viewport: { width: 1280, height: 900 } });
    const { page } = e;
    await page.goto(e.host.url);
    await signIn(page, 'Ida Importer', 'BCM analyst');
    await page.getByLabel('Name').fill('Import check');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Import check' }).waitFor();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    await page.getByLabel(/Spreadsheet to import/).setInputFiles({
      name: 'ratings.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_RATINGS),
    });
    await page.getByRole('heading', { name: /problems to fix before importing/ }).waitFor();
    const rows = page.getByTestId('import-problem');
    const texts = await rows.allTextContents();
    expect(texts.some((t) => t.includes('D (Severity)') && t.includes('found 7'))).toBe(true);
    expect(texts.some((t) => t.includes('A (Process)') && t.includes('"Ghost process" is neither'))).toBe(
      true,
    );
    expect(
      texts.some((t) => t.includes('B (Category)') && t.includes('"Fame" matches no impact category')),
    ).toBe(true);
    // "Order intake" does not exist either: every row names it.
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).last().isDisabled()).toBe(true);
    await e.shot('import-errors');

    // A renamed PDF gets its own message.
    await page.getByLabel(/Spreadsheet to import/).setInputFiles({
      name: 'plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n'),
    });
    await page.getByText('plan.xlsx is not a spreadsheet (it looks like a PDF)').waitFor();
  });
});
