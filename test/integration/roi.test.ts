// `steadfast roi` on the demo: a valid register written as an xBRL-CSV report package (unzipped and
// parsed here), B_06.01 carrying the BIA's RTO and RPO, and a register with problems written nowhere.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { DataDir } from '../../electron/core/app/data-dir';
import { Workspace } from '../../electron/core/app/workspace';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { deriveEveryProcess } from '../../electron/core/domains/bia/read-all';
import { thirdPartyRegister } from '../../electron/core/domains/thirdparties/read';
import { handlers } from '../../electron/core/handlers';
import { ROI_COLUMNS, ROI_TEMPLATES, roiFileName } from '../../shared/domain/thirdparty/roi-templates';
import { csvRows, readZipTexts } from '../fixtures/roi-package';
import { tempDir, testSession } from '../fixtures/session';

const dir = tempDir();
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data') };
const demo = join(dir.path, 'demo.steadfast');
const clock = { now: () => new Date('2027-01-15T10:00:00Z') };
const ROOT = '724500MERIDIANPAY026.CON_DORA010100_2026-12-31';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env, clock });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const ws = await buildDemoWorkspace(demo, new DataDir(env.STEADFAST_DATA_DIR), clock.now(), handlers);
  ws.close();
}, 120_000);
afterAll(() => dir.cleanup());

describe('steadfast roi', () => {
  let files: Map<string, string>;

  it('validates the demo cleanly and writes one report package (exit 0)', async () => {
    const out = join(dir.path, 'out');
    const r = await cli('roi', demo, '--out', out, '--ref-period', '2026-12-31');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote .*\.zip \(15 templates, \d+ rows\)\.$/);
    expect(readdirSync(out)).toEqual([`${ROOT}.zip`]);
    files = await readZipTexts(join(out, `${ROOT}.zip`));
    expect([...files.keys()].sort()).toEqual(
      [
        'META-INF/reportPackage.json',
        'reports/report.json',
        'reports/parameters.csv',
        'reports/FilingIndicators.csv',
        ...ROI_TEMPLATES.map((t) => `reports/${roiFileName(t)}`),
      ]
        .map((n) => `${ROOT}/${n}`)
        .sort(),
    );
  });

  it('holds the report package JSON, the parameters and the filing indicators', () => {
    const get = (n: string) => files.get(`${ROOT}/${n}`)!;
    expect(JSON.parse(get('META-INF/reportPackage.json'))).toEqual({
      documentInfo: { documentType: 'https://xbrl.org/report-package/2023' },
    });
    const report = JSON.parse(get('reports/report.json')) as {
      documentInfo: { documentType: string; extends: string[] };
    };
    expect(report.documentInfo.documentType).toBe('https://xbrl.org/2021/xbrl-csv');
    expect(report.documentInfo.extends[0]).toMatch(/dora\/4\.0\/mod\/dora\.json$/);
    expect(csvRows(get('reports/parameters.csv'))).toEqual([
      ['name', 'value'],
      ['entityID', 'rs:724500MERIDIANPAY026.CON'],
      ['refPeriod', '2026-12-31'],
      ['baseCurrency', 'iso4217:EUR'],
      ['decimalsInteger', '0'],
      ['decimalsMonetary', '-3'],
    ]);
    expect(csvRows(get('reports/FilingIndicators.csv'))).toEqual([
      ['templateID', 'reported'],
      ...ROI_TEMPLATES.map((t) => [t, 'true']),
    ]);
    for (const t of ROI_TEMPLATES) {
      const rows = csvRows(get(`reports/${roiFileName(t)}`));
      expect(rows[0], t).toEqual(ROI_COLUMNS[t]);
      for (const row of rows) expect(row.length, t).toBe(ROI_COLUMNS[t].length);
    }
    const b0501 = csvRows(get('reports/b_05.01.csv')).slice(1);
    // Five direct providers and the rank-2/3 data centre; Sanctio is named by its VAT number.
    expect(b0501.map((r) => r[0]).sort()).toEqual(
      [
        '529900NORDTEL0000191',
        '549300KEYLINE0000177',
        '635400DUBCOLO0000129',
        '635400NIMBUSIE000164',
        '724500EDICONNECT0166',
        'DE318472605',
      ].sort(),
    );
    const chain = csvRows(get('reports/b_05.02.csv'))
      .slice(1)
      .filter((r) => r[0] === 'MF-ICT-002');
    expect(chain.map((r) => [r[2], r[4], r[5]])).toEqual([
      ['549300KEYLINE0000177', '1', ''],
      ['635400NIMBUSIE000164', '2', '549300KEYLINE0000177'],
      ['635400DUBCOLO0000129', '3', '635400NIMBUSIE000164'],
    ]);
  });

  it('B_06.01 gives each function the RTO and RPO its BIA derives, in hours', async () => {
    const rows = csvRows(files.get(`${ROOT}/reports/b_06.01.csv`)!).slice(1);
    const ws = await Workspace.open(demo, new DataDir(env.STEADFAST_DATA_DIR), clock.now());
    try {
      const all = deriveEveryProcess(ws.store);
      expect(rows).toHaveLength(all.processes.length);
      const hours = (m: number | null) => (m === null ? '' : String(Math.ceil(m / 60)));
      for (const [i, p] of all.processes.entries()) {
        const row = rows.find((r) => r[2] === p.name)!;
        expect([row[7], row[8]], p.name).toEqual([
          hours(all.derived[i]!.effectiveRto),
          hours(all.derived[i]!.effectiveRpo),
        ]);
      }
      expect(rows.some((r) => r[4] === 'eba_BT:x28')).toBe(true);
      // The demo's cloud contract promises 4 h where booking needs less: the FFIEC flag.
      const flags = thirdPartyRegister(ws.store).flags;
      expect(flags.find((f) => f.reference === 'MF-ICT-001' && f.objective === 'rto')?.message).toMatch(
        /^Contract MF-ICT-001 promises an RTO of 4 ?h, but .* needs /,
      );
    } finally {
      ws.close();
    }
  });

  it('lists every problem by template, row and column and writes nothing (exit 1)', async () => {
    const t = testSession(join(dir.path, 'bad'));
    await t.as('Ana Souza', 'BCM lead');
    await t.call('workspace.create', { name: 'Bad register' });
    await t.call('thirdParties.saveEntity', {
      lei: '724500MERIDIANPAY027',
      name: 'Bad Bank',
      country: '',
      entityType: 'eba_CT:x12',
      competentAuthority: 'DNB',
      currency: 'EUR',
    });
    const providerId = await t.call<string>('thirdParties.saveProvider', {
      name: 'No Id Ltd',
      lei: null,
      altCode: null,
      altCodeType: null,
      country: 'IE',
      personType: 'legal',
      providerType: '',
      parentId: null,
      substitutability: null,
      substitutabilityReason: '',
      exitPlan: '',
      alternatives: '',
      lastAuditDate: null,
      nodeIds: [],
    });
    await t.call('thirdParties.saveContract', {
      reference: 'X-1',
      providerId,
      serviceType: 'S19',
      nodeIds: [],
      startDate: '2024-01-01',
      endDate: null,
      noticeEntityDays: null,
      noticeProviderDays: null,
      governingLaw: 'IE',
      provisionCountry: 'IE',
      storesData: false,
      storageCountry: '',
      processingCountry: '',
      dataSensitivity: null,
      contractedRtoMinutes: null,
      contractedRpoMinutes: null,
      annualCost: null,
      currency: 'EUR',
    });
    const file = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
    const out = join(dir.path, 'bad-out');
    const r = await cli('roi', file, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      'The Register of Information has 3 problems; nothing was written.',
      expect.stringMatching(
        /^ {2}B_01\.01, row 1, column c0010: The entity's LEI is not valid: the check digits .* expects 26\)\.$/,
      ),
      "  B_01.01, row 1, column c0030: The entity's country is missing.",
      expect.stringMatching(
        /^ {2}B_05\.01, row 1, column c0010: The provider No Id Ltd has no legal identifier/,
      ),
    ]);
    expect(existsSync(out)).toBe(false);
    expect((await cli('roi', file)).code).toBe(2);
  });
});
