// The .xlsx reader: every sheet in workbook order with exactly its cells, whichever way the file was
// written (exceljs's in-memory Workbook, its streaming WorkbookWriter with shared or inline strings,
// parts by hand in an unusual order), and a clear error for a broken file. The loop at the end is
// the regression test for exceljs's streaming reader, which dropped the last sheet now and then.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../electron/core/imports/raw';
import { readImportFile } from '../../../electron/core/imports/read-file';
import { isDateFormat, readXlsx, serialDate } from '../../../electron/core/imports/xlsx-read';
import { zipOf } from '../../fixtures/zip';

interface ReadSheet {
  name: string;
  rows: RawRow[];
}

async function readAll(data: Buffer): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for await (const sheet of readXlsx(data)) {
    const rows: RawRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    out.push({ name: sheet.name, rows });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Workbooks written by exceljs

type Writable = Pick<ExcelJS.Workbook, 'addWorksheet'>;

/** Five sheets covering every kind of cell exceljs writes. */
function fill(wb: Writable, commitRows: boolean): void {
  const add = (ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[] | Record<string, ExcelJS.CellValue>) => {
    const row = ws.addRow(values);
    if (commitRows) row.commit();
    return row;
  };
  const people = wb.addWorksheet('People');
  add(people, ['Name', 'Site', 'Active', 'Score', 'Note']);
  add(people, [
    'Zoë Ólafsson',
    '東京倉庫',
    true,
    42,
    { richText: [{ text: 'bold', font: { bold: true } }, { text: ' and plain' }] },
  ]);
  // Row 3 is never written; row 4 is sparse: B and E only.
  const sparse = people.getRow(4);
  sparse.getCell(2).value = 'only B';
  sparse.getCell(5).value = false;
  if (commitRows) sparse.commit();

  const tokyo = wb.addWorksheet('東京倉庫');
  const r1 = tokyo.getRow(1);
  r1.getCell(1).value = { formula: '2+3', result: 5 };
  r1.getCell(2).value = { formula: '"a"&"b"', result: 'ab' };
  r1.getCell(3).value = new Date(Date.UTC(2024, 2, 5));
  r1.getCell(3).numFmt = 'yyyy-mm-dd';
  r1.getCell(4).value = 3.5;
  r1.getCell(4).numFmt = '0.00';
  r1.getCell(5).value = 45000.75;
  r1.getCell(5).numFmt = 'dd/mm/yyyy hh:mm';
  r1.getCell(6).value = 1234;
  r1.getCell(6).numFmt = '#,##0 "days"';
  if (commitRows) r1.commit();

  const zoe = wb.addWorksheet('Zoë Ólafsson');
  add(zoe, ['  spaced  ', 'a & b <c> "d"', 'line 1\nline 2', -0.125, 1e21]);

  wb.addWorksheet('Empty');

  const last = wb.addWorksheet('Last');
  add(last, ['last sheet']);
  const far = last.getRow(20);
  far.getCell(30).value = 'AD20';
  if (commitRows) far.commit();
}

const EXPECTED: ReadSheet[] = [
  {
    name: 'People',
    rows: [
      { row: 1, cells: ['Name', 'Site', 'Active', 'Score', 'Note'] },
      { row: 2, cells: ['Zoë Ólafsson', '東京倉庫', 'TRUE', 42, 'bold and plain'] },
      { row: 4, cells: [null, 'only B', null, null, 'FALSE'] },
    ],
  },
  {
    name: '東京倉庫',
    rows: [{ row: 1, cells: [5, 'ab', '2024-03-05', 3.5, '2023-03-15', 1234] }],
  },
  {
    name: 'Zoë Ólafsson',
    rows: [{ row: 1, cells: ['  spaced  ', 'a & b <c> "d"', 'line 1\nline 2', -0.125, 1e21] }],
  },
  { name: 'Empty', rows: [] },
  {
    name: 'Last',
    rows: [
      { row: 1, cells: ['last sheet'] },
      { row: 20, cells: [...Array<null>(29).fill(null), 'AD20'] },
    ],
  },
];

async function inMemoryWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb, false);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function streamedWorkbook(useSharedStrings: boolean): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings, useStyles: true });
  fill(wb as unknown as Writable, true);
  await wb.commit();
  return Buffer.concat(chunks);
}

describe('xlsx reader: workbooks written by exceljs', () => {
  it('the in-memory Workbook (shared strings): every sheet, in order, with exactly its cells', async () => {
    expect(await readAll(await inMemoryWorkbook())).toEqual(EXPECTED);
  });

  it('the streaming WorkbookWriter with inline strings (sheets before the workbook part)', async () => {
    expect(await readAll(await streamedWorkbook(false))).toEqual(EXPECTED);
  });

  it('the streaming WorkbookWriter with shared strings', async () => {
    expect(await readAll(await streamedWorkbook(true))).toEqual(EXPECTED);
  });

  it('a sheet of 30,000 rows streams through in order, with text split across chunk boundaries', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const ws = wb.addWorksheet('Big');
    for (let i = 1; i <= 30_000; i++) ws.addRow([`東京倉庫 Zoë ${i}`, i]).commit();
    ws.commit();
    await wb.commit();
    const [sheet] = await readAll(Buffer.concat(chunks));
    expect(sheet!.rows).toHaveLength(30_000);
    sheet!.rows.forEach((r, i) => expect(r).toEqual({ row: i + 1, cells: [`東京倉庫 Zoë ${i + 1}`, i + 1] }));
  });

  it('reading the same 5-sheet workbook 200 times yields all 5 sheets every time', async () => {
    const files = [await inMemoryWorkbook(), await streamedWorkbook(false)];
    const names = EXPECTED.map((s) => s.name);
    for (let i = 0; i < 200; i++) {
      const sheets = await readAll(files[i % 2]!);
      expect(sheets.map((s) => s.name)).toEqual(names);
      expect(sheets[4]!.rows).toEqual(EXPECTED[4]!.rows);
    }
  });

  it('a sheet can be left half-read, and its rows read again', async () => {
    const sheets = [];
    for await (const sheet of readXlsx(await inMemoryWorkbook())) {
      for await (const row of sheet.rows) {
        expect(row.row).toBe(1);
        break;
      }
      sheets.push(sheet);
    }
    const rows: RawRow[] = [];
    for await (const row of sheets[0]!.rows) rows.push(row);
    expect(rows).toEqual(EXPECTED[0]!.rows);
  });
});

// ---------------------------------------------------------------------------------------------
// Parts written by hand

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = `${REL_NS}/`;

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${REL_TYPE}${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;
}

const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`;

/** A workbook whose parts come sheets first and workbook last, with prefixes and odd targets. */
function handWorkbook(overrides: Record<string, string | undefined> = {}): Buffer {
  const parts: Record<string, string | undefined> = {
    'xl/worksheets/sheet2.xml': sheetXml(
      // No r on row 2's cells: they take the next columns. Row 3 has no r: it follows row 2.
      `<row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="E2" t="d"><v>2024-02-29T13:45:00Z</v></c></row>` +
        `<row><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t xml:space="preserve">line </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c>` +
        `<c r="D3" s="1"><v>0</v></c><c r="E3" s="2"><v>7</v></c><c r="F3" s="3"><v>1.5</v></c><c r="G3" s="4"><v>2</v></c>` +
        `<c r="H3" t="str"><f>A1</f><v>from_x000D_formula</v></c><c r="I3"><f>1/0</f></c><c r="J3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`,
    ),
    'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${NS}"/>`,
    'xl/worksheets/data.xml': `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="b1" t="s"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    'xl/sharedStrings.xml': `<sst xmlns="${NS}" count="3" uniqueCount="3"><si><t>plain</t></si><si><r><t>東京</t></r><r><rPr><i/></rPr><t>倉庫</t></r><rPh sb="0" eb="2"><t>とうきょう</t></rPh></si><si><t xml:space="preserve"> prefixed &amp; absolute </t></si></sst>`,
    'xl/styles.xml': `<styleSheet xmlns="${NS}"><numFmts count="3"><numFmt numFmtId="164" formatCode="0 &quot;days&quot;"/><numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yyyy;@"/><numFmt numFmtId="166" formatCode="[Red]0.00_);\\(0.00\\)"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`,
    'xl/workbook.xml': `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:rel="${REL_NS}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Second" sheetId="2" rel:id="rId2"/><x:sheet name="Chart" sheetId="3" rel:id="rId3"/><x:sheet name="A &amp; B" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': relsXml([
      { id: 'rId1', type: 'worksheet', target: '/xl/worksheets/data.xml' },
      { id: 'rId2', type: 'worksheet', target: './worksheets/../worksheets/sheet2.xml' },
      { id: 'rId3', type: 'chartsheet', target: 'chartsheets/sheet1.xml' },
      { id: 'rId4', type: 'sharedStrings', target: 'sharedStrings.xml' },
      { id: 'rId5', type: 'styles', target: 'styles.xml' },
    ]),
    ...overrides,
  };
  return zipOf(
    Object.entries(parts)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([name, data]) => ({ name, data })),
  );
}

describe('xlsx reader: parts written by hand', () => {
  it('follows workbook order and relationships, skips chart sheets, and reads every kind of cell', async () => {
    expect(await readAll(handWorkbook())).toEqual([
      {
        name: 'Second',
        rows: [
          { row: 2, cells: ['plain', '東京倉庫', null, null, '2024-02-29'] },
          {
            row: 3,
            cells: [
              '#N/A',
              'FALSE',
              'inline ',
              '1904-01-01', // built-in format 14 in the 1904 date system
              7, // 0 "days": quoted, not a date
              '1904-01-02', // d-mmm-yyyy
              2, // [Red]0.00_);\(0.00\): brackets and escapes are not date tokens
              'from\rformula',
              null, // a formula without a cached result
              '#DIV/0!',
            ],
          },
        ],
      },
      { name: 'A & B', rows: [{ row: 1, cells: [null, ' prefixed & absolute '] }] },
    ]);
  });

  it('a missing sheet part is an error naming it', async () => {
    await expect(readAll(handWorkbook({ 'xl/worksheets/data.xml': undefined }))).rejects.toThrow(
      'the part xl/worksheets/data.xml of the sheet "A & B" is missing from the file',
    );
  });

  it('a sheet the relationships do not define is an error', async () => {
    const workbook = `<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Ghost" r:id="rId9"/></sheets></workbook>`;
    await expect(readAll(handWorkbook({ 'xl/workbook.xml': workbook }))).rejects.toThrow(
      'xl/workbook.xml lists the sheet "Ghost" with the relationship "rId9", which xl/_rels/workbook.xml.rels does not define',
    );
  });

  it('a missing workbook part is an error', async () => {
    await expect(readAll(handWorkbook({ 'xl/workbook.xml': undefined }))).rejects.toThrow(
      'the workbook part xl/workbook.xml is missing from the file',
    );
  });

  it('a sheet that is not well-formed XML is an error naming the part', async () => {
    const broken = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData>', '');
    await expect(readAll(handWorkbook({ 'xl/worksheets/data.xml': broken }))).rejects.toThrow(
      /^xl\/worksheets\/data\.xml is not well-formed XML \(.+\)$/,
    );
  });

  it('shared strings without a shared strings part, or out of its range, are errors', async () => {
    await expect(readAll(handWorkbook({ 'xl/sharedStrings.xml': undefined }))).rejects.toThrow(
      'sheet "Second" refers to shared strings, but the file has no shared strings part',
    );
    const short = `<sst xmlns="${NS}"><si><t>only one</t></si></sst>`;
    await expect(readAll(handWorkbook({ 'xl/sharedStrings.xml': short }))).rejects.toThrow(
      'sheet "Second" row 2 refers to shared string 1, but the file holds only 1',
    );
  });

  it('a cell reference that is not an address, or beyond column XFD, is an error', async () => {
    const sheet = (ref: string) => sheetXml(`<row r="1"><c r="${ref}"><v>1</v></c></row>`);
    await expect(readAll(handWorkbook({ 'xl/worksheets/data.xml': sheet('7') }))).rejects.toThrow(
      'sheet "A & B" has a cell whose reference "7" is not a cell address',
    );
    await expect(readAll(handWorkbook({ 'xl/worksheets/data.xml': sheet('XFE1') }))).rejects.toThrow(
      'sheet "A & B" has a cell beyond column XFD in row 1',
    );
  });

  it('an import of a broken workbook says it could not be read, and why', async () => {
    const broken = sheetXml('<row r="1"><c r="A1"><v>1</v></row>');
    await expect(
      readImportFile('broken.xlsx', handWorkbook({ 'xl/worksheets/data.xml': broken })),
    ).rejects.toThrow(
      /^broken\.xlsx could not be read as an Excel workbook \(xl\/worksheets\/data\.xml is not well-formed XML \(.+\)\)\.$/,
    );
  });
});

describe('xlsx reader: dates', () => {
  it('tells date formats from number formats', () => {
    for (const code of ['yyyy-mm-dd', 'dd/mm/yyyy hh:mm', '[$-409]d-mmm-yy;@', 'h:mm AM/PM', 'mmm'])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ['0.00', '#,##0 "days"', '[Red]0.00', '"Day "0', '0\\d', '@', 'General', '0.00E+00'])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('turns serial numbers into dates in both date systems', () => {
    expect(serialDate(1, false)).toBe('1900-01-01');
    expect(serialDate(59, false)).toBe('1900-02-28');
    expect(serialDate(60, false)).toBe('1900-02-29');
    expect(serialDate(61, false)).toBe('1900-03-01');
    expect(serialDate(45356, false)).toBe('2024-03-05');
    expect(serialDate(45356.9999, false)).toBe('2024-03-05');
    expect(serialDate(0, true)).toBe('1904-01-01');
    expect(serialDate(43894, true)).toBe('2024-03-05');
    expect(serialDate(-1, false)).toBeUndefined();
    expect(serialDate(0, false)).toBeUndefined();
  });
});
