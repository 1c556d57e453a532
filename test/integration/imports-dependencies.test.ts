import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, DependencyMap, EdgeView, ImportCommitResult, NodeView } from '../../shared/contract';
import { csv, importCalls, xlsx, type Sheets } from '../fixtures/import-files';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
const { preview, snapshot, problemsOf } = importCalls(() => t);

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Dependencies' });
  // Already in the workspace: a process, a name held by two kinds, two sites and a retired mainframe.
  for (const [kind, name] of [
    ['process', 'Payroll'],
    ['application', 'Ledger'],
    ['datastore', 'Ledger'],
    ['site', 'HQ'],
    ['site', 'DR site'],
  ])
    await t.call('nodes.save', { kind, name });
  const old = await t.call<NodeView>('nodes.save', { kind: 'infrastructure', name: 'Mainframe' });
  await t.call('nodes.retire', { id: old.id });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const HEADER = ['Consumer', 'Provider', 'Hard', 'Redundancy group', 'Notes'];

const WORKBOOK: Sheets = {
  Processes: [
    ['Name', 'Tier'],
    ['Customer billing', 'Tier 0'],
  ],
  Resources: [
    ['Name', 'Kind', 'RTO (min)'],
    ['Billing app', 'application', 120],
    ['Billing DB A', 'datastore', 60],
    ['Billing DB B', 'datastore', 60],
    ['Network', 'infrastructure', 30],
    ['Card processor', 'vendor', 60],
  ],
  Dependencies: [
    HEADER,
    ['Customer billing', 'Billing app', 'yes', null, 'Invoices are raised in it'],
    ['Billing app', 'Billing DB A', true, 'billing-db', null],
    ['Billing app', 'Billing DB B', 1, 'billing-db', null],
    ['Billing app', 'Network', null, null, 'All traffic'],
    ['Billing app', 'Card processor', 'Soft', null, 'Card payments can wait'],
  ],
};

/** Every live edge as "consumer → provider" with what it says. */
async function edges(): Promise<Record<string, Omit<EdgeView, 'id' | 'consumerId' | 'providerId'>>> {
  const nodes = await t.call<NodeView[]>('nodes.list', {});
  const name = new Map(nodes.map((n) => [n.id, n.name]));
  const list = await t.call<EdgeView[]>('edges.list');
  return Object.fromEntries(
    list.map((e) => [
      `${name.get(e.consumerId)} → ${name.get(e.providerId)}`,
      { hard: e.hard, groupId: e.groupId, notes: e.notes },
    ]),
  );
}

async function commit(fileName: string, data: Buffer) {
  const p = await preview(fileName, data);
  expect(p.problems).toEqual([]);
  return t.call<ImportCommitResult>('import.commit', { token: p.token });
}

describe('import: dependencies', () => {
  it('imports hard and soft dependencies, redundancy groups and notes, which the analysis sees', async () => {
    const file = await xlsx(WORKBOOK);
    const first = await preview('map.xlsx', file);
    expect(first.problems).toEqual([]);
    expect(first.notes).toEqual([]);
    expect(first.sheets.find((s) => s.kind === 'dependencies')).toEqual({
      sheet: 'Dependencies',
      kind: 'dependencies',
      rows: 5,
      creates: 5,
      updates: 0,
      unchanged: 0,
    });
    await t.call('import.commit', { token: first.token });

    expect(await edges()).toEqual({
      'Customer billing → Billing app': { hard: true, groupId: null, notes: 'Invoices are raised in it' },
      'Billing app → Billing DB A': { hard: true, groupId: 'billing-db', notes: '' },
      'Billing app → Billing DB B': { hard: true, groupId: 'billing-db', notes: '' },
      'Billing app → Network': { hard: true, groupId: null, notes: 'All traffic' },
      'Billing app → Card processor': { hard: false, groupId: null, notes: 'Card payments can wait' },
    });
    // The redundant databases are no single point of failure; the soft vendor is none either.
    const { analysis } = await t.call<DependencyMap>('graph.map');
    expect(analysis.singlePointsOfFailure.map((s) => s.name).sort()).toEqual(['Billing app', 'Network']);

    const all = (await t.call<AuditPage>('audit.list', { limit: 50 })).entries;
    const since = all.find((e) => e.action === 'import.commit')!.seq;
    expect(all.filter((e) => e.seq >= since && e.action === 'edge.create')).toHaveLength(5);
  });

  it('updates on re-import instead of duplicating, and deletes nothing', async () => {
    await commit('map.xlsx', await xlsx(WORKBOOK));
    const again = await preview('map.xlsx', await xlsx(WORKBOOK));
    expect(again.sheets.map((s) => [s.kind, s.creates, s.updates])).toEqual([
      ['processes', 0, 0],
      ['resources', 0, 0],
      ['dependencies', 0, 0],
    ]);
    const before = await snapshot();
    await t.call('import.commit', { token: again.token });
    expect(await snapshot()).toEqual({ ...before, seq: before.seq + 1 });

    // Only the Dependencies sheet, without Notes: one row made soft, one row left out.
    const changed = await preview(
      'deps.csv',
      csv([
        ['Consumer', 'Provider', 'Hard', 'Redundancy group'],
        ['Customer billing', 'Billing app', 'yes', null],
        ['Billing app', 'Billing DB A', 'yes', 'billing-db'],
        ['Billing app', 'Network', 'no', null],
        ['Billing app', 'Card processor', 'hard', 'vendors'],
      ]),
    );
    expect(changed.problems).toEqual([]);
    expect(changed.sheets).toEqual([
      { sheet: 'deps.csv', kind: 'dependencies', rows: 4, creates: 0, updates: 2, unchanged: 2 },
    ]);
    // DB B, left out of the file, still stands in for DB A; the vendor's new group has no one else.
    expect(changed.notes).toEqual([
      'Redundancy group "vendors" of "Billing app" has one provider only ("Card processor"), so it adds no redundancy: give the providers that can stand in for it the same group name.',
    ]);
    await t.call('import.commit', { token: changed.token });
    const now = await edges();
    expect(Object.keys(now)).toHaveLength(5);
    expect(now['Billing app → Network']).toEqual({ hard: false, groupId: null, notes: 'All traffic' });
    expect(now['Billing app → Card processor']).toEqual({
      hard: true,
      groupId: 'vendors',
      notes: 'Card payments can wait',
    });
    expect(now['Billing app → Billing DB B']).toEqual({ hard: true, groupId: 'billing-db', notes: '' });
    const [, ...updates] = (await t.call<AuditPage>('audit.list', { limit: 3 })).entries.reverse();
    expect(updates.map((e) => e.action)).toEqual(['edge.update', 'edge.update']);
  });

  it('lets a Dependencies row decide a pair that a Resources row also supports', async () => {
    await commit(
      'both.xlsx',
      await xlsx({
        Processes: [['Name'], ['Customer billing']],
        Resources: [
          ['Name', 'Kind', 'Supports'],
          ['Billing app', 'application', 'Customer billing; Payroll; payroll'],
        ],
        Dependencies: [HEADER, ['Customer billing', 'Billing app', 'no', null, 'Manual invoicing works']],
      }),
    );
    expect(await edges()).toEqual({
      'Customer billing → Billing app': { hard: false, groupId: null, notes: 'Manual invoicing works' },
      'Payroll → Billing app': { hard: true, groupId: null, notes: '' },
    });
  });

  it('reads a CSV of dependencies between nodes already in the workspace, told apart by kind', async () => {
    await commit(
      'dependencies.csv',
      csv([
        ['Consumer', 'Provider', 'Provider kind', 'Consumer kind'],
        ['Payroll', 'Ledger', 'Application', ''],
        ['Ledger', 'Ledger', 'data store', 'application'],
        ['Ledger', 'HQ', '', 'datastore'],
        ['Ledger', 'DR site', 'sites', 'datastores'],
      ]),
    );
    const list = await t.call<EdgeView[]>('edges.list');
    const nodes = await t.call<NodeView[]>('nodes.list', {});
    const named = (e: EdgeView) =>
      [e.consumerId, e.providerId].map((id) => {
        const n = nodes.find((x) => x.id === id)!;
        return `${n.kind}:${n.name}`;
      });
    expect(list.map(named).sort()).toEqual([
      ['application:Ledger', 'datastore:Ledger'],
      ['datastore:Ledger', 'site:DR site'],
      ['datastore:Ledger', 'site:HQ'],
      ['process:Payroll', 'application:Ledger'],
    ]);
  });

  it('names the sheet, row and column of each bad row, and changes nothing', async () => {
    const problems = await problemsOf(
      'deps.xlsx',
      await xlsx({
        Dependencies: [
          HEADER,
          ['Payroll', 'Ledger DB', 'yes', null, null],
          ['Payroll', 'Ledger', 'yes', null, null],
          ['HQ', 'hq', 'yes', null, null],
          ['Payroll', 'HQ', 'maybe', null, null],
          ['Payroll', 'HQ', 'yes', null, null],
          ['payroll', ' HQ ', 'no', null, null],
          ['Payroll', 'Mainframe', 'yes', null, null],
          ['Payroll', 'DR site', 'no', 'sites', null],
          [null, 'HQ', 'yes', null, 'who needs it?'],
        ],
      }),
    );
    const at = (row: number, column: string, message: string) => ({
      sheet: 'Dependencies',
      row,
      column,
      message,
    });
    expect(problems).toEqual([
      at(2, 'B (Provider)', 'Provider "Ledger DB" is neither in this file nor in the workspace.'),
      at(3, 'B (Provider)', '"Ledger" is both an application and a datastore: add a Provider kind column.'),
      at(4, 'B (Provider)', '"HQ" cannot depend on itself: Consumer and Provider name the same site.'),
      at(5, 'C (Hard)', 'Hard must be yes or no (or true/false, hard/soft, 1/0); found "maybe".'),
      at(7, 'B (Provider)', 'Duplicate dependency of "Payroll" on "HQ": it is already on row 6.'),
      at(
        8,
        'B (Provider)',
        'Provider "Mainframe" was retired; a retired resource cannot be given dependencies.',
      ),
      at(
        9,
        'D (Redundancy group)',
        'A soft dependency cannot be in a redundancy group ("sites"): only hard ones can stand in for each other. Set Hard to yes or leave Redundancy group empty.',
      ),
      at(10, 'A (Consumer)', 'Consumer must not be empty.'),
    ]);
  });

  it('says which kind column to fill, and refuses a kind that does not match', async () => {
    const problems = await problemsOf(
      'kinds.csv',
      csv([
        ['Consumer', 'Provider', 'Provider kind'],
        ['Payroll', 'Ledger', ''],
        ['Payroll', 'HQ', 'vendor'],
        ['Payroll', 'DR site', 'databse'],
        ['Payroll', 'Ledger', 'datastore'],
      ]),
    );
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        2,
        'B (Provider)',
        '"Ledger" is both an application and a datastore: give its kind in the Provider kind column.',
      ],
      [3, 'B (Provider)', 'Provider "HQ" is not a vendor in this file or the workspace: it is a site.'],
      [
        4,
        'C (Provider kind)',
        'Provider kind must be one of process, application, infrastructure, datastore, vendor, site, people; found "databse".',
      ],
    ]);
  });

  it('refuses a sheet without a required column', async () => {
    const problems = await problemsOf(
      'deps.xlsx',
      await xlsx({
        Dependencies: [
          ['Consumer', 'Hard'],
          ['Payroll', 'yes'],
        ],
      }),
    );
    expect(problems).toEqual([
      {
        sheet: 'Dependencies',
        row: 1,
        column: 'Provider',
        message:
          'Required column "Provider" is missing from the header row. A Dependencies sheet needs: Consumer, Provider.',
      },
    ]);
  });

  it('keeps the rule that only hard dependencies are grouped when saved from the map', async () => {
    const nodes = await t.call<NodeView[]>('nodes.list', {});
    const id = (name: string) => nodes.find((n) => n.name === name)!.id;
    await expect(
      t.call('edges.save', { consumerId: id('Payroll'), providerId: id('HQ'), hard: false, groupId: 'x' }),
    ).rejects.toThrow(/INVALID_INPUT: A soft dependency cannot be in a redundancy group/);
  });
});

describe('import: dependency templates', () => {
  it('the CSV template has the columns, and the workbook explains them', async () => {
    await t.call('import.template', { kind: 'dependencies', format: 'csv' });
    const text = readFileSync(`${dir.path}/steadfast-dependencies.csv`, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFConsumer,Provider,Hard,Redundancy group,Notes,Consumer kind,Provider kind',
    );

    await t.call('import.template', { kind: 'workbook', format: 'xlsx' });
    const data = readFileSync(`${dir.path}/steadfast-import.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const readMe = wb.getWorksheet('Read me')!;
    const rows = readMe.getSheetValues().filter((r) => Array.isArray(r) && r[1] === 'Dependencies');
    expect(rows.map((r) => (r as unknown[])[2])).toEqual([
      'Consumer',
      'Provider',
      'Hard',
      'Redundancy group',
      'Notes',
      'Consumer kind',
      'Provider kind',
    ]);
    await commit('steadfast-import.xlsx', data);
    const imported = await edges();
    expect(imported['Billing database → Primary data centre']).toMatchObject({ groupId: 'data-centres' });
    expect(imported['Warehouse dispatch → Billing platform']).toMatchObject({ hard: false });
  });
});
