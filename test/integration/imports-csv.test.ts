// CSV imports end to end through import.preview: a broken file is a problem with row and column in
// the preview (never rows merged into one cell), and the files Excel writes in other locales and
// encodings preview the right rows.
import { describe, expect, it } from 'vitest';
import type { NodeView } from '../../shared/contract';
import { importCalls } from '../fixtures/import-files';
import { workspacePerTest } from '../fixtures/workspace-per-test';

const f = workspacePerTest('CSV imports');

const { preview, problemsOf } = importCalls(() => f.t);
const HEADER = 'Name,Department,Owner';

describe('import: CSV faults are problems', () => {
  it('a 3-row processes CSV with one stray quote: the quote is a problem, not one merged row', async () => {
    const text = `${HEADER}\r\nBilling,Finance,Kim\r\n"Dispatch,Ops,Lee\r\nPayroll,HR,Ng\r\n`;
    const problems = await problemsOf('processes.csv', Buffer.from(text));
    expect(problems).toEqual([
      {
        sheet: 'processes.csv',
        row: 3,
        column: 'A (Name)',
        message: expect.stringMatching(/^A double quote opens a cell on line 3 and is never closed/),
      },
    ]);
  });

  it('text after a closing quote', async () => {
    const problems = await problemsOf('processes.csv', Buffer.from(`${HEADER}\n"Dock"A,Ops,Kim\n`));
    expect(problems).toEqual([
      {
        sheet: 'processes.csv',
        row: 2,
        column: 'A (Name)',
        message: expect.stringMatching(/^On line 2 a quoted cell goes on after its closing quote/),
      },
    ]);
  });

  it('a value with an unquoted comma', async () => {
    const problems = await problemsOf(
      'processes.csv',
      Buffer.from(`${HEADER}\nBilling,Finance,Smith, John\n`),
    );
    expect(problems).toEqual([
      {
        sheet: 'processes.csv',
        row: 2,
        column: 'D',
        message:
          'Row 2 has 4 cells but the header row has 3: a value holding the separator (",") must be put in double quotes.',
      },
    ]);
  });
});

describe('import: CSV as Excel writes it', () => {
  async function names(fileName: string, data: Buffer) {
    const p = await preview(fileName, data);
    expect(p.problems).toEqual([]);
    await f.t.call('import.commit', { token: p.token });
    return (await f.t.call<NodeView[]>('nodes.list', { kind: 'process' }))
      .map((n) => [n.name, n.owner])
      .sort();
  }

  it('a quote inside an unquoted cell is kept as a character', async () => {
    expect(
      await names('processes.csv', Buffer.from(`${HEADER}\nDock 5" door,Ops,Kim\nPayroll,HR,Ng\n`)),
    ).toEqual([
      ['Dock 5" door', 'Kim'],
      ['Payroll', 'Ng'],
    ]);
  });

  it('semicolons with LF line ends', async () => {
    expect(
      await names('processes.csv', Buffer.from('Name;Department;Owner\nBilling;Finance, EU;Kim\n')),
    ).toEqual([['Billing', 'Kim']]);
  });

  it('UTF-16LE "Unicode text", tab-separated, with a byte-order mark', async () => {
    const text = 'Name\tDepartment\tOwner\r\nBilling\tFinance\tZoë Ólafsson\r\n';
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await names('processes.txt.csv', data)).toEqual([['Billing', 'Zoë Ólafsson']]);
  });
});
