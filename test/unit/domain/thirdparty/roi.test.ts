// The Register of Information's tables and every validation rule, each problem named by template,
// row and column.
import { describe, expect, it } from 'vitest';
import { buildRoi, toHours } from '../../../../shared/domain/thirdparty/roi';
import { ROI_COLUMNS } from '../../../../shared/domain/thirdparty/roi-templates';
import { contract, provider, validInput } from './fixtures';

const where = (r: ReturnType<typeof buildRoi>) => r.problems.map((p) => [p.template, p.row, p.column]);

describe('Register of Information', () => {
  it('builds every template from a valid register with no problems', () => {
    const r = buildRoi(validInput());
    expect(r.problems).toEqual([]);
    expect(r.tables.map((t) => t.template)).toEqual(Object.keys(ROI_COLUMNS));
    const t = (id: string) => r.tables.find((x) => x.template === id)!;
    expect(t('B_01.01').rows).toEqual([
      ['529900T8BM49AURSDO55', 'Test Bank AG', 'eba_GA:DE', 'eba_CT:x12', 'BaFin', '2027-01-15'],
    ]);
    const b0202 = t('B_02.02');
    expect(b0202.rows).toHaveLength(1);
    expect(b0202.rows[0]!.slice(0, 8)).toEqual([
      'C-c1',
      '529900T8BM49AURSDO55',
      '5493001KJTIIGC8Y1R12',
      'eba_qCO:qx2000',
      'F1',
      'eba_TA:S19',
      '2024-01-01',
      '2028-12-31',
    ]);
    // B_05.01: the provider, and its ultimate parent by its VAT number.
    const b0501 = t('B_05.01').rows[0]!;
    expect([b0501[0], b0501[9], b0501[10], b0501[11]]).toEqual([
      '5493001KJTIIGC8Y1R12',
      '',
      'DE123456789',
      'eba_qCO:qx2004',
    ]);
    expect(r.parameters).toEqual([
      ['entityID', 'rs:529900T8BM49AURSDO55.CON'],
      ['refPeriod', '2026-12-31'],
      ['baseCurrency', 'iso4217:EUR'],
      ['decimalsInteger', '0'],
      ['decimalsMonetary', '-3'],
    ]);
  });

  it("B_06.01 carries each function's RTO and RPO from the BIA, in hours", () => {
    const input = validInput();
    input.functions = [
      {
        id: 'f1',
        code: 'F1',
        name: 'Payments',
        critical: true,
        rtoMinutes: 240,
        rpoMinutes: 30,
        lastAssessed: null,
      },
      {
        id: 'f2',
        code: 'F2',
        name: 'Archive',
        critical: false,
        rtoMinutes: 4320,
        rpoMinutes: 1440,
        lastAssessed: null,
      },
    ];
    const rows = buildRoi(input).tables.find((t) => t.template === 'B_06.01')!.rows;
    expect(rows.map((r) => [r[0], r[2], r[4], r[7], r[8]])).toEqual([
      ['F1', 'Payments', 'eba_BT:x28', '4', '1'],
      ['F2', 'Archive', 'eba_BT:x29', '72', '24'],
    ]);
    expect([toHours(60), toHours(61), toHours(0), toHours(null)]).toEqual(['1', '2', '0', '']);
  });

  it('rejects an LEI with a bad check digit, naming template, row and column', () => {
    const input = validInput();
    input.entity.lei = '529900T8BM49AURSDO56';
    const r = buildRoi(input);
    expect(where(r)).toEqual([['B_01.01', 1, 'c0010']]);
    expect(r.problems[0]!.message).toMatch(/check digits .* expects 55/);
  });

  it("rejects a provider's LEI with a bad check digit in B_05.01 c0010", () => {
    const input = validInput();
    input.providers = [provider('p', { lei: '5493001KJTIIGC8Y1R13', altCode: null, altCodeType: null })];
    expect(where(buildRoi(input))).toEqual([['B_05.01', 1, 'c0010']]);
  });

  it('requires the entity country, type, competent authority and currency', () => {
    const input = validInput();
    input.entity = { ...input.entity, country: '', entityType: '', competentAuthority: '', currency: '' };
    expect(where(buildRoi(input))).toEqual([
      ['B_01.01', 1, 'c0030'],
      ['B_01.01', 1, 'c0040'],
      ['B_01.01', 1, 'c0050'],
      ['B_01.02', 1, 'c0100'],
    ]);
    input.entity = { ...validInput().entity, country: 'XX', currency: 'EUX' };
    expect(buildRoi(input).problems.map((p) => p.message)).toEqual([
      '"XX" is not an ISO 3166-1 alpha-2 country code.',
      '"EUX" is not an ISO 4217 currency code.',
    ]);
  });

  it("requires a provider's country", () => {
    const input = validInput();
    input.providers = [provider('p', { country: '' })];
    expect(where(buildRoi(input))).toEqual([['B_05.01', 1, 'c0080']]);
  });

  it('requires a legal identifier for every provider and for its parent', () => {
    const input = validInput();
    input.providers = [
      provider('p', { altCode: null, altCodeType: null, parentId: 'parent' }),
      provider('parent', { altCode: null, altCodeType: null }),
    ];
    const r = buildRoi(input);
    expect(where(r)).toEqual([
      ['B_05.01', 1, 'c0010'],
      ['B_05.01', 1, 'c0110'],
    ]);
    expect(r.problems[1]!.message).toMatch(
      /ultimate parent of Provider p Provider parent has no legal identifier/,
    );
  });

  it('requires dates in order', () => {
    const input = validInput();
    input.contracts = [contract('c1', 'p', { startDate: '2027-01-01', endDate: '2026-01-01' })];
    const r = buildRoi(input);
    expect(where(r)).toEqual([['B_02.02', 1, 'c0080']]);
    expect(r.problems[0]!.message).toBe('Contract C-c1: it ends (2026-01-01) before it starts (2027-01-01).');
  });

  it('writes the supply chain in B_05.02 with the direct provider at rank 1 and sub-contractors above', () => {
    const input = validInput();
    input.providers = [
      ...input.providers,
      provider('sub', { lei: '506700GE1G29325QX363', altCode: null, altCodeType: null }),
    ];
    input.chain = [{ id: 'l', contractId: 'c1', providerId: 'sub', recipientId: 'p', rank: 2 }];
    const r = buildRoi(input);
    expect(r.problems).toEqual([]);
    const rows = r.tables.find((t) => t.template === 'B_05.02')!.rows;
    expect(rows.map((x) => [x[2], x[4], x[5]])).toEqual([
      ['5493001KJTIIGC8Y1R12', '1', ''],
      ['506700GE1G29325QX363', '2', '5493001KJTIIGC8Y1R12'],
    ]);
  });
});
