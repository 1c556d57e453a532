import { describe, expect, it } from 'vitest';
import { cellXml, columnLetter, excelSerial, xml } from '../../../electron/core/reports/xlsx/ooxml';

describe('SpreadsheetML parts', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('counts dates in days since 1899-12-30 UTC (1900 system)', () => {
    expect(excelSerial(new Date('1900-03-01T00:00:00Z'))).toBe(61);
    expect(excelSerial(new Date('2026-03-02T12:00:00Z'))).toBe(46083.5);
  });

  it('escapes text and drops what XML cannot carry', () => {
    expect(xml('a<b & "c"\u0001\u000b\td')).toBe('a&lt;b &amp; &quot;c&quot;\td');
  });

  it('writes each kind of cell, and nothing for an unstyled empty one', () => {
    expect(cellXml('B2', 'Zoë', 0)).toBe(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">Zoë</t></is></c>',
    );
    expect(cellXml('C2', 42.5, 3)).toBe('<c r="C2" s="3"><v>42.5</v></c>');
    expect(cellXml('D2', true, 0)).toBe('<c r="D2" t="b"><v>1</v></c>');
    expect(cellXml('E2', new Date('1900-03-01T00:00:00Z'), 2)).toBe('<c r="E2" s="2"><v>61</v></c>');
    expect(cellXml('F2', null, 0)).toBe('');
    expect(cellXml('G2', Number.NaN, 0)).toBe('');
  });
});
