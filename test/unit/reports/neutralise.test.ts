import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cell, isFormulaLike, neutralise, NOT_IN_XML } from '../../../electron/core/reports/xlsx/neutralise';
import { cellXml } from '../../../electron/core/reports/xlsx/ooxml';
import { writeXlsx } from '../../../electron/core/reports/xlsx/render';
import type { SheetSpec } from '../../../electron/core/reports/xlsx/sheet';
import type { EvidenceData } from '../../../electron/core/reports/evidence-data';
import { tempDir } from '../../fixtures/session';

const TRIGGER = /^[=+\-@\t\r\n]/;
const dir = tempDir();
afterAll(() => dir.cleanup());

/** Strings that start with a formula trigger half the time, and anything else otherwise. */
const risky = fc.oneof(
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n'), fc.string()).map(([a, b]) => a + b),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

describe('neutralise', () => {
  it('keeps the text exactly and marks formula-like text for the quotePrefix style (10,000 cases)', () => {
    fc.assert(
      fc.property(risky, (s) => {
        const clean = s.replace(NOT_IN_XML, '');
        expect(neutralise(s)).toBe(clean);
        expect(isFormulaLike(clean)).toBe(TRIGGER.test(clean));
        const xml = cellXml('A2', neutralise(s), 0);
        if (clean !== '' && TRIGGER.test(clean)) expect(xml).toMatch(/^<c r="A2" s="2" t="inlineStr">/);
        else if (clean !== '') expect(xml).toMatch(/^<c r="A2" t="inlineStr">/);
      }),
      { numRuns: 10_000 },
    );
  });

  it('leaves numbers, booleans and dates alone', () => {
    expect(cell(-5)).toBe(-5);
    expect(cell(true)).toBe(true);
    expect(cell(null)).toBeNull();
    expect(cell(Number.NaN)).toBeNull();
    const d = new Date('2026-03-02T09:00:00Z');
    expect(cell(d)).toBe(d);
    expect(cell('=1+1')).toBe('=1+1');
  });

  it('survives a real workbook round trip: every cell reads back exactly, none as a formula', async () => {
    const samples = [
      ...fc.sample(risky, { numRuns: 300, seed: 42 }),
      '=cmd|calc!A1',
      '@SUM(A1)',
      '-2+3',
      '+1',
      '\u0001=cmd|calc!A1',
      '\u0000@SUM(A1)',
    ];
    const path = join(dir.path, 'round-trip.xlsx');
    // The product's own writer, with one sheet of these samples.
    const sheet: SheetSpec = {
      name: 'T',
      columns: [{ header: 'Value', key: 'v', width: 30 }],
      rows: () => samples.map((v) => ({ v })),
    };
    await writeXlsx({ at: new Date('2026-03-02T09:00:00Z') } as EvidenceData, path, {}, [sheet]);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const read = back.getWorksheet('T')!;
    for (const [i, s] of samples.entries()) {
      const c = read.getRow(i + 2).getCell(1);
      const v = c.value === null || c.value === undefined ? '' : String(c.value);
      expect(c.formula).toBeUndefined();
      // The text is kept: what was written is what is read (empty cells read back as nothing, and
      // XML turns a carriage return into a line feed).
      expect(v).toBe(s === '' ? '' : neutralise(s).replace(/\r\n?/g, '\n'));
    }
  });
});
