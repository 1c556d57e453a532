import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, BiaDetail, ImportCommitResult, NodeView, Registers } from '../../shared/contract';
import { csv, importCalls, xlsx, type Sheets } from '../fixtures/import-files';
import { tempDir, testSession } from '../fixtures/session';
import { zipOf } from '../fixtures/zip';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

const as = (name: string, role = 'Analyst') => t.as(name, role);

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Imports' });
  await t.call('nodes.save', { kind: 'process', name: 'Existing payroll', department: 'HR' });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const { preview, snapshot, problemsOf } = importCalls(() => t);

async function refused(fileName: string, data: Buffer, message: RegExp) {
  const before = await snapshot();
  await expect(preview(fileName, data)).rejects.toThrow(message);
  expect(await snapshot()).toEqual(before);
}

const RATINGS_HEADER = ['Process', 'Category', 'Bucket', 'Severity', 'Financial loss'];

describe('import: files refused before reading', () => {
  it('an empty file', async () => {
    await refused(
      'empty.csv',
      Buffer.alloc(0),
      /INVALID_INPUT: empty\.csv is empty: there is nothing to import\./,
    );
    await refused('blank.csv', Buffer.from('\uFEFF  \r\n'), /blank\.csv is empty/);
  });

  it('a renamed PDF', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');
    await refused('ratings.xlsx', pdf, /ratings\.xlsx is not a spreadsheet \(it looks like a PDF\)/);
  });

  it('a binary file', async () => {
    await refused(
      'data.csv',
      Buffer.from([1, 2, 0, 0, 5, 6]),
      /data\.csv is not a spreadsheet \(it looks like a binary file\)/,
    );
  });

  it('a zip bomb: one part of 60 MB of zeros', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    await refused(
      'bomb.xlsx',
      bomb,
      /bomb\.xlsx looks like a zip bomb: its part xl\/worksheets\/sheet1\.xml expands [\d,]+ times \(0\.\d MB to 60 MB\); the limit is 200 times\. It was not opened\./,
    );
  });

  it('a ZIP whose directory understates what it holds', async () => {
    const honest = zipOf([{ name: 'xl/workbook.xml', data: Buffer.alloc(100_000, 0x41) }]);
    // Declare 10 bytes uncompressed in the central directory: inflating yields far more.
    const lying = Buffer.from(honest);
    const cdAt = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(10, cdAt + 24);
    await refused(
      'lying.xlsx',
      lying,
      /lying\.xlsx is damaged or crafted: its part xl\/workbook\.xml does not unpack to what its directory declares/,
    );
  });

  it('a ZIP that is not a workbook', async () => {
    const other = zipOf([{ name: 'notes.txt', data: Buffer.from('hello') }]);
    await refused('notes.xlsx', other, /notes\.xlsx is a ZIP archive but not an Excel workbook/);
  });

  it('a workbook with only header rows', async () => {
    await refused(
      'headers.xlsx',
      await xlsx({ Ratings: [RATINGS_HEADER] }),
      /headers\.xlsx has no data rows to import: its sheets hold only a header row\./,
    );
  });
});

describe('import: problems listed by sheet, row and column', () => {
  it('wrong headers', async () => {
    const problems = await problemsOf(
      'ratings.csv',
      csv([
        ['Procss', 'Category', 'Bucket', 'Severty'],
        ['Existing payroll', 'Financial', '1 h', 2],
      ]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          sheet: 'ratings.csv',
          row: 1,
          column: 'A (Procss)',
          message:
            'Unknown column "Procss" in a Ratings sheet. Expected: Process, Category, Bucket, Severity, Financial loss.',
        },
        expect.objectContaining({
          row: 1,
          column: 'Process',
          message: expect.stringMatching(/^Required column "Process" is missing from the header row/),
        }),
        expect.objectContaining({
          row: 1,
          column: 'Severity',
          message: expect.stringMatching(/^Required column "Severity" is missing/),
        }),
      ]),
    );
  });

  it('a header row that matches no sheet', async () => {
    const problems = await problemsOf(
      'stuff.csv',
      csv([
        ['Colour', 'Size'],
        ['red', 3],
      ]),
    );
    expect(problems[0]).toMatchObject({
      row: 1,
      column: null,
      message: expect.stringMatching(/matches none of the import sheets/),
    });
  });

  it('wrong types', async () => {
    const problems = await problemsOf(
      'processes.csv',
      csv([
        ['Name', 'Department', 'Owner', 'Description', 'WRT (min)', 'Data-loss tolerance (min)'],
        ['Billing', 'Finance', '', '', 'two hours', 30],
        ['Dispatch', 'Ops', '', '', 60.5, -1],
      ]),
    );
    expect(problems).toEqual([
      {
        sheet: 'processes.csv',
        row: 2,
        column: 'E (WRT (min))',
        message: 'WRT (min) must be whole minutes from 0 to 525,600; found "two hours".',
      },
      {
        sheet: 'processes.csv',
        row: 3,
        column: 'E (WRT (min))',
        message: 'WRT (min) must be whole minutes from 0 to 525,600; found 60.5.',
      },
      {
        sheet: 'processes.csv',
        row: 3,
        column: 'F (Data-loss tolerance (min))',
        message: 'Data-loss tolerance (min) must be whole minutes from 0 to 525,600; found -1.',
      },
    ]);
  });

  it('an out-of-range severity', async () => {
    const problems = await problemsOf(
      'book.xlsx',
      await xlsx({
        Ratings: [
          RATINGS_HEADER,
          ['Existing payroll', 'Financial', '1 h', 2, null],
          ['Existing payroll', 'Operational', '4 h', 7, null],
        ],
      }),
    );
    expect(problems).toEqual([
      {
        sheet: 'Ratings',
        row: 3,
        column: 'D (Severity)',
        message:
          'Severity must be a whole number from 0 to 4 (or none, minimal, moderate, significant, severe); found 7.',
      },
    ]);
  });

  it('duplicate names', async () => {
    const problems = await problemsOf(
      'book.xlsx',
      await xlsx({
        Processes: [
          ['Name', 'Department'],
          ['Billing', 'Finance'],
          ['Dispatch', 'Ops'],
          ['billing ', 'Finance'],
        ],
        Tiers: [
          ['Name', 'Rank', 'RTO (min)', 'RPO (min)', 'Test frequency (days)'],
          ['Gold', 0, 60, 15, 90],
          ['Gold', 1, 240, 60, 180],
        ],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          sheet: 'Processes',
          row: 4,
          column: 'A (Name)',
          message: 'Duplicate process "billing": it is already on row 2.',
        },
        {
          sheet: 'Tiers',
          row: 3,
          column: 'A (Name)',
          message: 'Duplicate tier "Gold": it is already on row 2.',
        },
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('a cell rated twice, and losses that disagree', async () => {
    const problems = await problemsOf(
      'r.xlsx',
      await xlsx({
        Ratings: [
          RATINGS_HEADER,
          ['Existing payroll', 'Financial', '1 h', 2, 1000],
          ['Existing payroll', 'financial', '1h', 3, null],
          ['Existing payroll', 'Operational', '1 h', 2, 2000],
        ],
      }),
    );
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        3,
        'D (Severity)',
        'Duplicate rating for "Existing payroll", financial at 1h: already rated on row 2.',
      ],
      [
        4,
        'E (Financial loss)',
        'Financial loss for "Existing payroll" at 1 h is 2000 here but 1000 on row 2; rows of one process and bucket must agree.',
      ],
    ]);
  });

  it('unknown references', async () => {
    const problems = await problemsOf(
      'refs.xlsx',
      await xlsx({
        Processes: [
          ['Name', 'Tier'],
          ['Billing', 'Platinum'],
        ],
        Resources: [
          ['Name', 'Kind', 'Supports'],
          ['Ledger', 'datastore', 'Billing; Ghost process'],
          ['Van', 'vehicle', ''],
        ],
        Ratings: [
          RATINGS_HEADER,
          ['Nobody', 'Financial', '1 h', 1, null],
          ['Billing', 'Fame', '5 h', 1, null],
        ],
      }),
    );
    expect(problems.map((p) => `${p.sheet}!${p.row} ${p.column}: ${p.message}`)).toEqual([
      'Processes!2 B (Tier): Tier "Platinum" is neither on a Tiers sheet nor in the workspace (Tier 0, Tier 1, Tier 2, Tier 3).',
      'Ratings!2 A (Process): Process "Nobody" is neither on a Processes sheet nor in the workspace.',
      'Ratings!3 B (Category): Category "Fame" matches no impact category (Financial, Operational, Legal / regulatory, Customer, Reputational, Health & safety).',
      'Ratings!3 C (Bucket): Bucket "5 h" matches no time bucket (1 h, 4 h, 8 h, 1 d, 3 d, 1 w, 2 w, 30 d).',
      'Resources!2 C (Supports): Supports names process "Ghost process", which is neither on a Processes sheet nor in the workspace.',
      'Resources!3 B (Kind): Kind must be one of application, infrastructure, datastore, vendor, site, people; found "vehicle".',
    ]);
  });
});

const WORKBOOK: Sheets = {
  Tiers: [
    ['Name', 'Rank', 'RTO (min)', 'RPO (min)', 'Test frequency (days)', 'Description'],
    ['Gold', 0, 30, 5, 60, 'Fastest'],
  ],
  Processes: [
    ['Name', 'Department', 'Owner', 'WRT (min)', 'Data-loss tolerance (min)', 'Tier', 'MBCO'],
    ['Customer billing', 'Finance', 'Ana', 60, 30, 'Gold', '80% of invoices'],
    ['Existing payroll', 'People', '', 30, null, '', ''],
  ],
  Resources: [
    ['Name', 'Kind', 'Tier', 'RTO (min)', 'Supports'],
    ['Billing platform', 'application', 'Gold', 30, 'Customer billing; Existing payroll'],
  ],
  Ratings: [
    RATINGS_HEADER,
    ['Customer billing', 'Financial', '1 h', 1, 5000],
    ['Customer billing', 'financial', '4h', 'significant', 40000],
    ['Customer billing', 'Operational', '4 h', 3, 40000],
    ['Existing payroll', 'legal-regulatory', '1d', 4, null],
  ],
};

describe('import: commit', () => {
  it('imports a workbook, and the same file again updates instead of duplicating', async () => {
    const file = await xlsx(WORKBOOK);
    const first = await preview('plan.xlsx', file);
    expect(first.problems).toEqual([]);
    expect(first.sheets).toEqual([
      { sheet: 'Tiers', kind: 'tiers', rows: 1, creates: 1, updates: 0, unchanged: 0 },
      { sheet: 'Processes', kind: 'processes', rows: 2, creates: 1, updates: 1, unchanged: 0 },
      { sheet: 'Resources', kind: 'resources', rows: 1, creates: 1, updates: 0, unchanged: 0 },
      { sheet: 'Ratings', kind: 'ratings', rows: 4, creates: 4, updates: 0, unchanged: 0 },
    ]);
    const result = await t.call<ImportCommitResult>('import.commit', { token: first.token });
    expect(result).toMatchObject({ created: 7, updated: 1, unchanged: 0, sha256: first.sha256 });

    const processes = await t.call<NodeView[]>('nodes.list', { kind: 'process' });
    expect(processes.map((p) => p.name).sort()).toEqual(['Customer billing', 'Existing payroll']);
    const billing = processes.find((p) => p.name === 'Customer billing')!;
    const d = await t.call<BiaDetail>('bia.get', { processId: billing.id });
    expect(d.ratings['financial']!.slice(0, 2)).toEqual([1, 3]);
    expect(d.losses.slice(0, 2)).toEqual([5000, 40000]);
    expect(d.bia).toMatchObject({
      wrtMinutes: 60,
      dataLossToleranceMinutes: 30,
      mbco: '80% of invoices',
      lastEditorName: 'Ana Souza',
    });
    expect(d.objectives.tier?.name).toBe('Gold');
    expect(d.supportedBy.map((s) => s.name)).toEqual(['Billing platform']);

    const all = (await t.call<AuditPage>('audit.list', { limit: 50 })).entries;
    const commit = all.find((e) => e.action === 'import.commit')!;
    const audit = all.filter((e) => e.seq >= commit.seq);
    expect(commit.after).toMatchObject({
      fileName: 'plan.xlsx',
      sha256: first.sha256,
      created: 7,
      updated: 1,
    });
    expect(audit.filter((e) => e.action === 'bia.rate')).toHaveLength(2);
    expect(audit.filter((e) => e.action === 'node.create')).toHaveLength(2);
    expect(audit.filter((e) => e.action === 'edge.create')).toHaveLength(2);

    // The same file again: everything is matched by name, nothing is added.
    const again = await preview('plan.xlsx', file);
    expect(again.sheets.map((s) => [s.creates, s.updates, s.unchanged])).toEqual([
      [0, 0, 1],
      [0, 0, 2],
      [0, 0, 1],
      [0, 0, 4],
    ]);
    const before = await snapshot();
    await t.call('import.commit', { token: again.token });
    const after = await snapshot();
    expect({ ...after, seq: before.seq }).toEqual(before);
    expect(after.seq).toBe(before.seq + 1); // only the import.commit entry

    // A changed severity and owner are updates.
    const changed = structuredClone(WORKBOOK);
    changed.Ratings![1]![3] = 2;
    changed.Processes![1]![2] = 'Grace';
    const third = await preview('plan-v2.xlsx', await xlsx(changed));
    expect(third.sheets.find((s) => s.kind === 'ratings')).toMatchObject({
      creates: 0,
      updates: 1,
      unchanged: 3,
    });
    expect(third.sheets.find((s) => s.kind === 'processes')).toMatchObject({ updates: 1, unchanged: 1 });
    await t.call('import.commit', { token: third.token });
    expect((await t.call<BiaDetail>('bia.get', { processId: billing.id })).ratings['financial']![0]).toBe(2);
    expect((await snapshot()).nodes).toBe(after.nodes);
  });

  it('returns an approved BIA to draft when imported ratings change it', async () => {
    const payroll = (await t.call<NodeView[]>('nodes.list', { kind: 'process' }))[0]!;
    await t.call('bia.rate', {
      processId: payroll.id,
      categoryId: 'operational',
      bucketId: '4h',
      severity: 3,
    });
    await t.call('bia.transition', { processId: payroll.id, to: 'in_review' });
    await as('Grace Okafor', 'Head of operations');
    await t.call('bia.transition', { processId: payroll.id, to: 'approved' });

    await as('Tomás Ólafsson');
    const p = await preview(
      'r.csv',
      csv([
        ['Process', 'Category', 'Bucket', 'Severity'],
        ['Existing payroll', 'Operational', '4 h', 4],
      ]),
    );
    await t.call('import.commit', { token: p.token });
    const d = await t.call<BiaDetail>('bia.get', { processId: payroll.id });
    expect(d.bia).toMatchObject({ status: 'draft', reopenedByEdit: true, lastEditorName: 'Tomás Ólafsson' });
    const actions = (await t.call<AuditPage>('audit.list', { limit: 3 })).entries.map((e) => e.action);
    expect(actions).toEqual(['bia.reopen', 'bia.rate', 'import.commit']);
  });

  it('refuses a preview when the workspace changed since', async () => {
    const p = await preview(
      'r.csv',
      csv([
        ['Process', 'Category', 'Bucket', 'Severity'],
        ['Existing payroll', 'Financial', '1 h', 1],
      ]),
    );
    await t.call('nodes.save', { kind: 'process', name: 'Someone else' });
    const before = await snapshot();
    await expect(t.call('import.commit', { token: p.token })).rejects.toThrow(
      /CONFLICT: The workspace changed since this preview, so nothing was imported/,
    );
    expect(await snapshot()).toEqual(before);
    await expect(t.call('import.commit', { token: p.token })).rejects.toThrow(
      /NOT_FOUND: That import preview is no longer available/,
    );
  });

  it('reads CSV with a byte-order mark, quotes, doubled quotes, line breaks and semicolons', async () => {
    const text = '\uFEFFName;Description;Owner\r\n"Dock ""A"" loading";"Two\nlines; one cell";Zoë\r\n';
    const p = await preview('processes.csv', Buffer.from(text));
    expect(p.problems).toEqual([]);
    await t.call('import.commit', { token: p.token });
    const dock = (await t.call<NodeView[]>('nodes.list', { kind: 'process' })).find(
      (n) => n.name === 'Dock "A" loading',
    );
    expect(dock).toMatchObject({ description: 'Two\nlines; one cell', owner: 'Zoë' });
  });
});

describe('import: templates', () => {
  it('the workbook template imports cleanly, and its sheets are bold, frozen and explained', async () => {
    const d = await t.call<{ kind: string; fileName: string }>('import.template', {
      kind: 'workbook',
      format: 'xlsx',
    });
    expect(d).toEqual({ kind: 'saved', fileName: 'steadfast-import.xlsx' });
    const data = readFileSync(`${dir.path}/steadfast-import.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tiers',
      'Processes',
      'Resources',
      'Dependencies',
      'Ratings',
      'Providers',
      'Contracts',
      'Read me',
    ]);
    const ratings = wb.getWorksheet('Ratings')!;
    expect(ratings.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ratings.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const readMe = wb.getWorksheet('Read me')!;
    expect(readMe.getCell('A1').value).toMatch(/^Fill in the sheets you need/);
    expect(readMe.getRow(3).getCell(4).value).toBe('What it holds');
    expect(readMe.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(readMe.getColumn(4).values.join(' ')).toMatch(/Whole number 0–4/);

    const p = await preview('steadfast-import.xlsx', data);
    expect(p.problems).toEqual([]);
    expect(p.notes).toEqual([
      'Sheet "Read me" was skipped: it is not a Processes, Ratings, Tiers, Resources, Dependencies, Providers, Contracts sheet.',
    ]);
    expect(p.sheets.find((s) => s.kind === 'dependencies')).toMatchObject({ rows: 4, creates: 4 });
    await t.call('import.commit', { token: p.token });
    const registers = await t.call<Registers>('registers.get');
    expect(registers.tiers.filter((x) => x.name === 'Tier 0')).toHaveLength(1);
  });

  it('CSV templates carry the header row and examples', async () => {
    await t.call('import.template', { kind: 'ratings', format: 'csv' });
    const text = readFileSync(`${dir.path}/steadfast-ratings.csv`, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFProcess,Category,Bucket,Severity,Financial loss');
    await expect(t.call('import.template', { kind: 'workbook', format: 'csv' })).rejects.toThrow(
      /A CSV file holds one sheet/,
    );
  });
});
