// The one CSV reader (over csv-parse): every way a hand-made or Excel-made file differs gives the
// right rows or a fault with its row, line and column, never a silent merge of rows.
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectDelimiter, readCsv } from '../../../electron/core/csv/read';
import { CsvTable } from '../../../electron/core/csv/table';

const cells = (text: string) => readCsv(text).rows.map((r) => r.cells);

describe('readCsv', () => {
  it('an unclosed quote is a fault on its line and column, and the rows before it are kept', () => {
    const r = readCsv('Name,Department\r\nBilling,Finance\r\n"Dispatch,Ops\r\nPayroll,HR\r\n');
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['Name', 'Department'],
      ['Billing', 'Finance'],
    ]);
    expect(r.faults).toEqual([
      {
        row: 3,
        line: 3,
        column: 0,
        message: expect.stringMatching(/^A double quote opens a cell on line 3 and is never closed/),
      },
    ]);
  });

  it('counts lines inside quoted cells when it places the unclosed quote', () => {
    const r = readCsv('a,b\n"two\nlines",x\nok,"open\nmore\n');
    expect(r.rows).toHaveLength(2);
    expect(r.faults[0]).toMatchObject({ row: 3, line: 4, column: 1 });
  });

  it('a quote inside an unquoted cell is a character, as spreadsheets read it', () => {
    expect(cells('Name,Size\nDock 5" door,2\nX,3\n')).toEqual([
      ['Name', 'Size'],
      ['Dock 5" door', '2'],
      ['X', '3'],
    ]);
  });

  it('text after a closing quote is a fault naming the line', () => {
    const r = readCsv('Name,Size\n"Dock"A,2\nX,3\n');
    expect(r.rows).toHaveLength(1);
    expect(r.faults).toEqual([
      {
        row: 2,
        line: 2,
        column: 0,
        message: expect.stringMatching(/^On line 2 a quoted cell goes on after its closing quote/),
      },
    ]);
  });

  it('a row with more cells than the header is a fault (an unquoted separator in a value)', () => {
    const r = readCsv('Name,Owner\nBilling,Smith, John\nDispatch,Lee,\n');
    expect(r.rows).toHaveLength(3);
    expect(r.faults).toEqual([
      {
        row: 2,
        line: 2,
        column: 2,
        message:
          'Row 2 has 3 cells but the header row has 2: a value holding the separator (",") must be put in double quotes.',
      },
    ]);
  });

  it('reads CRLF, LF and a bare CR, mixed, and line breaks inside quotes', () => {
    expect(cells('a,b\r\n1,2\n3,4\r5,"x\r\ny"\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', 'x\r\ny'],
    ]);
  });

  it('numbers rows as a spreadsheet does, and lines as an editor does', () => {
    const r = readCsv('a,b\n"1\n2",x\n\ny,z');
    expect(r.rows.map((x) => [x.row, x.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 5],
    ]);
  });

  it('takes the separator from the header line: semicolons and tabs', () => {
    expect(detectDelimiter('Name;Description;Owner\nA,B;C;D')).toBe(';');
    expect(detectDelimiter('Name\tOwner\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(cells('Name;Loss\n"Dock ""A""";1,5\n')).toEqual([
      ['Name', 'Loss'],
      ['Dock "A"', '1,5'],
    ]);
  });
});

describe('decodeCsv', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeCsv(Buffer.from('\uFEFFName,Zoë\n'))).toBe('Name,Zoë\n');
  });

  it('reads UTF-16LE and UTF-16BE with a byte-order mark (Excel "Unicode text")', () => {
    const text = 'Name\tOwner\r\nZoë\tÓlafsson\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCsv(le)).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeCsv(be)).toBe(text);
    expect(cells(decodeCsv(le))).toEqual([
      ['Name', 'Owner'],
      ['Zoë', 'Ólafsson'],
    ]);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    expect(decodeCsv(Buffer.from([0x5a, 0x6f, 0xeb]))).toBe('Zoë');
  });
});

describe('CsvTable', () => {
  it('reports an unclosed quote as a problem with its row and column', () => {
    const table = new CsvTable('metric,group,value\nlatency,"baseline,1\nlatency,canary,2\n', [
      'metric',
      'group',
      'value',
    ]);
    expect(table.records).toHaveLength(0);
    expect(() => table.assertClean()).toThrow(
      /Row 2, column B \(group\): A double quote opens a cell on line 2/,
    );
  });

  it('reads semicolon files with a byte-order mark', () => {
    const table = new CsvTable('\uFEFFmetric;group;value\r\nlatency;canary;2,5\r\n', [
      'metric',
      'group',
      'value',
    ]);
    expect(table.records.map((r) => [r.row, r.get('metric'), r.get('value')])).toEqual([
      [2, 'latency', '2,5'],
    ]);
    expect(table.problems).toEqual([]);
  });
});
