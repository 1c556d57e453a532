// Importing providers and contracts from XLSX and CSV through the import pipeline: a clean file
// creates the register in one commit, a re-import updates by name and reference, and a file with
// row-level errors lists each by sheet, row and column and changes nothing.
import { describe, expect, it } from 'vitest';
import type { AuditPage, ImportPreview, ThirdPartyRegister } from '../../shared/contract';
import { csv, importCalls, xlsx } from '../fixtures/import-files';
import { workspacePerTest } from '../fixtures/workspace-per-test';

const f = workspacePerTest('Third-party import');
const { preview } = importCalls(() => f.t);

const PROVIDERS = [
  [
    'Legal name',
    'LEI',
    'Other identifier',
    'Identifier type',
    'Country',
    'Parent',
    'Substitutability',
    'Exit plan',
    'Last audit',
    'Vendor nodes',
  ],
  ['Nimbus Holdings Inc.', '549300NIMBUSHLD00178', '', '', 'US', '', '', '', '', ''],
  [
    'Nimbus Cloud Ltd',
    '635400NIMBUSIE000164',
    '',
    '',
    'IE',
    'Nimbus Holdings Inc.',
    'highly-complex',
    'EP-07',
    '2025-06-12',
    'Cloud',
  ],
  ['Sanctio Data GmbH', '', 'DE318472605', 'VAT', 'DE', '', 'easy', '', '2025-05-07', ''],
];
const CONTRACTS = [
  [
    'Reference',
    'Provider',
    'Service type',
    'Services',
    'Start',
    'End',
    'Governing law',
    'Stores data',
    'Data stored in',
    'Data sensitivity',
    'Contracted RTO (min)',
  ],
  ['C-1', 'Nimbus Cloud Ltd', 'S17', 'Cloud', '2023-04-01', '2028-03-31', 'IE', 'yes', 'IE', 'high', 240],
  ['C-2', 'Sanctio Data GmbH', 's19', '', '2024-06-01', '', 'DE', 'no', '', 'low', ''],
];

async function world() {
  await f.t.call('nodes.save', { kind: 'vendor', name: 'Cloud' });
}

async function register() {
  return f.t.call<ThirdPartyRegister>('thirdParties.get', {});
}

describe('import of providers and contracts', () => {
  it('creates providers (with a parent and vendor node) and contracts from an XLSX in one commit', async () => {
    await world();
    const p = await preview('register.xlsx', await xlsx({ Providers: PROVIDERS, Contracts: CONTRACTS }));
    expect(p.problems).toEqual([]);
    expect(p.sheets.map((s) => [s.sheet, s.kind, s.rows, s.creates])).toEqual([
      ['Providers', 'providers', 3, 3],
      ['Contracts', 'contracts', 2, 2],
    ]);
    await f.t.call('import.commit', { token: p.token });
    const r = await register();
    const byName = new Map(r.providers.map((x) => [x.name, x]));
    const cloud = byName.get('Nimbus Cloud Ltd')!;
    expect(cloud).toMatchObject({
      lei: '635400NIMBUSIE000164',
      country: 'IE',
      substitutability: 'highly-complex',
      lastAuditDate: '2025-06-12',
    });
    expect(cloud.parentId).toBe(byName.get('Nimbus Holdings Inc.')!.id);
    expect(cloud.nodeIds).toHaveLength(1);
    expect(byName.get('Sanctio Data GmbH')).toMatchObject({
      lei: null,
      altCode: 'DE318472605',
      altCodeType: 'VAT',
    });
    expect(
      r.contracts.map((c) => [c.reference, c.serviceType, c.endDate, c.storesData, c.contractedRtoMinutes]),
    ).toEqual([
      ['C-1', 'S17', '2028-03-31', true, 240],
      ['C-2', 'S19', null, false, null],
    ]);

    // Again, with one change: updates by name and reference, the rest unchanged.
    const changed = CONTRACTS.map((row, i) => (i === 1 ? row.map((c, j) => (j === 10 ? 120 : c)) : row));
    const again = await preview('register.xlsx', await xlsx({ Providers: PROVIDERS, Contracts: changed }));
    expect(again.sheets.map((s) => [s.sheet, s.creates, s.updates, s.unchanged])).toEqual([
      ['Providers', 0, 0, 3],
      ['Contracts', 0, 1, 1],
    ]);
  });

  it('lists every row-level error by sheet, row and column and changes nothing', async () => {
    await world();
    const audit = async () => (await f.t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq;
    const before = await audit();
    const bad = await preview(
      'register.xlsx',
      await xlsx({
        Providers: [
          PROVIDERS[0]!,
          ['Good Co', '5493001KJTIIGC8Y1R12', '', '', 'IE', '', '', '', '', ''],
          [
            'Bad LEI Co',
            '5493001KJTIIGC8Y1R13',
            '',
            '',
            'XX',
            'Nobody Ltd',
            'sometimes',
            '',
            '2025-02-30',
            'Nowhere',
          ],
        ],
        Contracts: [
          CONTRACTS[0]!,
          ['C-9', 'Ghost Ltd', 'S99', '', '2025-01-01', '2024-01-01', 'IE', 'maybe', '', '', ''],
        ],
      }),
    );
    expect(bad.canCommit).toBe(false);
    expect(bad.token).toBeNull();
    expect(bad.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Contracts', 2, 'C (Service type)'],
      ['Contracts', 2, 'F (End)'],
      ['Contracts', 2, 'H (Stores data)'],
      ['Providers', 3, 'B (LEI)'],
      ['Providers', 3, 'E (Country)'],
      ['Providers', 3, 'G (Substitutability)'],
      ['Providers', 3, 'I (Last audit)'],
    ]);
    expect(bad.problems.find((p) => p.column === 'B (LEI)')!.message).toMatch(/check digits .* expects 12/);
    // The rows that read cleanly still name what they refer to.
    const refs = await preview(
      'contracts.csv',
      csv([CONTRACTS[0]!, ['C-9', 'Ghost Ltd', 'S19', 'Nowhere', '2025-01-01', '', 'IE', 'no', '', '', '']]),
    );
    expect(refs.problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      [
        'contracts.csv',
        2,
        'B (Provider)',
        'Provider "Ghost Ltd" is neither on a Providers sheet nor in the workspace.',
      ],
      [
        'contracts.csv',
        2,
        'D (Services)',
        '"Nowhere" is not a resource on the map (a vendor, application, …) in the workspace.',
      ],
    ]);
    expect(await audit()).toBe(before);
    const r = await register();
    expect([r.providers.length, r.contracts.length]).toEqual([0, 0]);
    await expect(f.t.call('import.commit', { token: 'nope' })).rejects.toThrow(/no longer available/);
  });

  it('imports a Providers CSV on its own', async () => {
    const p: ImportPreview = await preview(
      'providers.csv',
      csv([PROVIDERS[0]!, PROVIDERS[1]!, PROVIDERS[3]!]),
    );
    expect(p.problems).toEqual([]);
    await f.t.call('import.commit', { token: p.token });
    expect((await register()).providers.map((x) => x.name)).toEqual([
      'Nimbus Holdings Inc.',
      'Sanctio Data GmbH',
    ]);
  });
});
