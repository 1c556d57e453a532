// BIA questionnaires end to end on a real workspace: a campaign's workbook is generated, filled in
// with openpyxl (another program, not our writer), read back, reviewed against the BIA with the
// derived objectives, and accepted in whole or in part; every bad answer is refused by name and
// changes neither the file nor the workspace.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AnswersAcceptResult,
  AnswersPreview,
  AuditPage,
  BiaDetail,
  CampaignDetail,
  CategoryLevels,
  NodeView,
} from '../../shared/contract';
import { tempDir, testSession, type testShell } from '../fixtures/session';

const PYTHON = '/usr/bin/python3';
/** scripts/system-deps.ts makes sure it is installed. */
const LIBREOFFICE = 'libreoffice';
const FILL = join(import.meta.dirname, '../fixtures/fill-questionnaire.py');

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let billing: NodeView;
let payroll: NodeView;
let campaign: CampaignDetail;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Questionnaires' });
  billing = await t.call<NodeView>('nodes.save', {
    kind: 'process',
    name: 'Customer billing',
    owner: 'Olu Adeyemi',
  });
  payroll = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Payroll', owner: 'Olu Adeyemi' });
  await t.call('nodes.save', { kind: 'process', name: 'Web shop', owner: 'Pia Berg' });
  await t.call('bia.rate', { processId: billing.id, categoryId: 'financial', bucketId: '1d', severity: 2 });
  campaign = await t.call<CampaignDetail>('campaigns.create', {
    name: 'Spring BIA',
    dueDate: '2026-03-20',
    processIds: [billing.id, payroll.id],
  });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

async function workbook(): Promise<string> {
  await t.call('campaigns.workbook', { campaignId: campaign.campaign.id, owner: 'Olu Adeyemi' });
  return (t.session.shell as ReturnType<typeof testShell>).delivered.at(-1)!;
}

function fill(src: string, spec: object, name = 'filled.xlsx'): string {
  const out = join(dir.path, name);
  execFileSync(PYTHON, [FILL, src, out, JSON.stringify(spec)]);
  return out;
}

const upload = (path: string, extra: object = {}) => ({
  fileName: 'answers.xlsx',
  dataBase64: readFileSync(path).toString('base64'),
  ...extra,
});

// Registers of a new workspace: 6 categories (financial first) × 8 buckets (1h, 4h, 8h, 1d, …).
// The matrix starts at row 6, column B; the fields follow below it (layout.ts).
const ANSWERS = {
  cells: {
    'Customer billing': {
      B6: 1,
      C6: 2,
      D6: 3,
      E6: 4,
      B13: 2,
      B14: 1.5,
      B15: '50% of invoices',
      A19: 'ERP',
      A20: 'Print vendor',
    },
    Payroll: { C7: 3 },
  },
};

async function auditActions(n: number) {
  return (await t.call<AuditPage>('audit.list', { limit: n })).entries.map((e) => e.action);
}

describe('questionnaires', () => {
  it('lists what was sent per owner, with due dates', async () => {
    expect(campaign.campaign).toMatchObject({
      name: 'Spring BIA',
      sent: 2,
      returned: 0,
      overdue: 0,
      createdBy: 'Ana Souza',
    });
    expect(
      campaign.owners.map((o) => [
        o.owner,
        o.questionnaires.map((q) => [q.processName, q.status, q.dueDate]),
      ]),
    ).toEqual([
      [
        'Olu Adeyemi',
        [
          ['Customer billing', 'sent', '2026-03-20'],
          ['Payroll', 'sent', '2026-03-20'],
        ],
      ],
    ]);
  });

  it('round trip: generate, fill with openpyxl, review with derived objectives, accept all', async () => {
    const filled = fill(await workbook(), ANSWERS);
    const preview = await t.call<AnswersPreview>('answers.preview', upload(filled));
    expect(preview.owner).toBe('Olu Adeyemi');
    const b = preview.processes.find((p) => p.processName === 'Customer billing')!;
    expect(b.status).toBe('returned');
    expect(b.changes.map((c) => [c.key, c.cell, c.before, c.after])).toEqual([
      ['rating:financial:1h', 'Customer billing!B6', null, 1],
      ['rating:financial:4h', 'Customer billing!C6', null, 2],
      ['rating:financial:8h', 'Customer billing!D6', null, 3],
      ['rating:financial:1d', 'Customer billing!E6', 2, 4],
      ['field:dataLossToleranceMinutes', 'Customer billing!B13', null, 120],
      ['field:wrtMinutes', 'Customer billing!B14', null, 90],
      ['field:mbco', 'Customer billing!B15', '', '50% of invoices'],
    ]);
    expect(b.dependencies).toEqual(['ERP', 'Print vendor']);
    expect(b.before.mtd).toBeNull();
    // Significant (3) at 8 h → MTD 480; WRT 90 → RTO 390.
    expect(b.after).toMatchObject({ mtd: 480, rto: 390, rpo: 120 });
    expect(b.after.tier).not.toBeNull();
    const summary = await t.call<CampaignDetail>('campaigns.get', { campaignId: campaign.campaign.id });
    expect(summary.campaign.returned).toBe(2);

    const res = await t.call<AnswersAcceptResult>('answers.accept', upload(filled));
    expect(res.accepted.map((a) => a.changes).sort()).toEqual([1, 7]);
    const d = await t.call<BiaDetail>('bia.get', { processId: billing.id });
    expect(d.objectives.mtd).toBe(480);
    expect(d.objectives.effectiveRto).toBe(390);
    expect(d.bia.mbco).toBe('50% of invoices');
    expect(d.bia.lastEditorName).toBe('Ana Souza');
    const entries = (await t.call<AuditPage>('audit.list', { limit: 30 })).entries;
    const accepts = entries.filter((e) => e.action === 'questionnaire.accept');
    expect(accepts).toHaveLength(2);
    for (const e of accepts) {
      expect(e.actorName).toBe('Ana Souza');
      expect(JSON.stringify(e.after)).toContain('answered by Olu Adeyemi, accepted by Ana Souza');
    }
    // Four from the workbook, one from the set-up.
    expect(entries.filter((e) => e.action === 'bia.rate' && e.entityId === billing.id)).toHaveLength(5);
    const after = await t.call<CampaignDetail>('campaigns.get', { campaignId: campaign.campaign.id });
    expect(after.campaign.accepted).toBe(2);
    expect(after.owners[0]!.questionnaires[0]!.dependencies).toEqual(['ERP', 'Print vendor']);
  });

  it('accepts in part: only the selected cells of the selected process', async () => {
    const filled = fill(await workbook(), ANSWERS);
    const preview = await t.call<AnswersPreview>('answers.preview', upload(filled));
    const b = preview.processes.find((p) => p.processName === 'Customer billing')!;
    await t.call(
      'answers.accept',
      upload(filled, { select: [{ questionnaireId: b.questionnaireId, keys: ['rating:financial:8h'] }] }),
    );
    const d = await t.call<BiaDetail>('bia.get', { processId: billing.id });
    expect(d.ratings['financial']!.slice(0, 4)).toEqual([null, null, 3, 2]);
    expect(d.bia.mbco).toBe('');
    const p = await t.call<BiaDetail>('bia.get', { processId: payroll.id });
    expect(p.ratings['operational']![1]).toBeNull();
    // The other questionnaire can still be taken from the same workbook; the accepted one cannot.
    const again = await t.call<AnswersPreview>('answers.preview', upload(filled));
    expect(again.processes.map((x) => x.status).sort()).toEqual(['accepted', 'returned']);
    await expect(
      t.call(
        'answers.accept',
        upload(filled, { select: [{ questionnaireId: b.questionnaireId, keys: [] }] }),
      ),
    ).rejects.toThrow(/Customer billing was already accepted by Ana Souza/);
  });

  it('keeps the level definitions and shows them in the workbook', async () => {
    const levels = await t.call<CategoryLevels[]>('levels.save', {
      categoryId: 'financial',
      severity: 3,
      definition: 'Loss above €1 m a day',
    });
    const fin = levels.find((l) => l.categoryId === 'financial')!;
    expect(fin.levels[3]).toEqual({ severity: 3, definition: 'Loss above €1 m a day', isDefault: false });
    expect(fin.levels[2]!.isDefault).toBe(true);
    const csv = execFileSync(PYTHON, [
      '-c',
      'import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])["Customer billing"]; print(ws["K6"].value); print([dv.prompt for dv in ws.data_validations.dataValidation if "B6" in str(dv.sqref)]); print(ws.protection.sheet, ws["B6"].protection.locked, ws["A6"].protection.locked)',
      await workbook(),
    ]).toString();
    expect(csv).toContain('3: Loss above €1 m a day');
    expect(csv).toContain('True False True');
  });

  describe('refuses bad answers by name and changes nothing', () => {
    const cases: [string, object, RegExp][] = [
      [
        'a severity of 7',
        { cells: { Payroll: { C7: 7 } } },
        /sheet "Payroll", cell C7: 7 is not a severity; choose 0 \(none\) to 4/,
      ],
      [
        'text in a severity cell',
        { cells: { 'Customer billing': { D8: 'high' } } },
        /sheet "Customer billing", cell D8: "high" is not a severity/,
      ],
      [
        'hours that are not a number',
        { cells: { Payroll: { B14: 'a day' } } },
        /sheet "Payroll", cell B14: "a day" is not a number of hours/,
      ],
      [
        'a renamed sheet',
        { rename: { Payroll: 'Pay' } },
        /The sheet "Payroll" is missing: it was renamed or deleted \(the workbook has a sheet "Pay"/,
      ],
      ['a deleted sheet', { delete: ['Payroll'] }, /The sheet "Payroll" is missing/],
      [
        'an edited binding',
        { cells: { steadfast: { B3: 'another-campaign' } } },
        /do not match their binding hash/,
      ],
      ['a deleted metadata sheet', { delete: ['steadfast'] }, /is not a Steadfast questionnaire/],
    ];
    for (const [what, spec, message] of cases) {
      it(what, async () => {
        const filled = fill(await workbook(), {
          ...spec,
          cells: { ...ANSWERS.cells, ...('cells' in spec ? (spec.cells as object) : {}) },
        });
        const bytes = readFileSync(filled);
        const head = (await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq;
        await expect(t.call('answers.preview', upload(filled))).rejects.toThrow(message);
        await expect(t.call('answers.accept', upload(filled))).rejects.toThrow(message);
        expect(readFileSync(filled).equals(bytes)).toBe(true);
        expect((await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq).toBe(head);
      });
    }

    it('a workbook from another campaign', async () => {
      const other = await t.call<CampaignDetail>('campaigns.create', {
        name: 'Autumn',
        dueDate: '2026-09-01',
        processIds: [billing.id],
      });
      const filled = fill(await workbook(), ANSWERS);
      const head = (await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq;
      await expect(
        t.call('answers.preview', upload(filled, { campaignId: other.campaign.id })),
      ).rejects.toThrow(/is from the campaign "Spring BIA", not "Autumn"/);
      expect((await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq).toBe(head);
    });

    it('a workbook from another workspace', async () => {
      const filled = fill(await workbook(), ANSWERS);
      await t.call('workspace.create', { name: 'Other' });
      const head = (await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq;
      await expect(t.call('answers.preview', upload(filled))).rejects.toThrow(
        /was sent from another workspace/,
      );
      expect((await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq).toBe(head);
    });

    it('a questionnaire already accepted', async () => {
      const filled = fill(await workbook(), ANSWERS);
      await t.call('answers.accept', upload(filled));
      const size = statSync(t.session.workspace!.path).size;
      const head = (await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq;
      await expect(t.call('answers.preview', upload(filled))).rejects.toThrow(
        /was already accepted \(all 2 questionnaires\): Ana Souza took it/,
      );
      await expect(t.call('answers.accept', upload(filled))).rejects.toThrow(
        /no questionnaire to accept|already accepted|Choose at least one/,
      );
      expect((await t.call<AuditPage>('audit.list', { limit: 1 })).entries[0]!.seq).toBe(head);
      expect(statSync(t.session.workspace!.path).size).toBe(size);
    });
  });

  it('LibreOffice reads a generated workbook', async () => {
    const src = await workbook();
    const out = join(dir.path, 'lo');
    // Its own profile: LibreOffice instances sharing one profile wait on each other's lock.
    execFileSync(
      LIBREOFFICE,
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        src,
      ],
      { timeout: 120_000 },
    );
    // One CSV per sheet (the -1 above), named <file>-<sheet>.csv.
    const billing = readFileSync(join(out, 'questionnaire-Olu-Adeyemi-Customer billing.csv'), 'utf8');
    expect(billing).toContain('BIA questionnaire: Customer billing');
    expect(billing).toContain('Impact category,1 h,4 h,8 h,1 d,3 d,1 w,2 w,30 d');
    // The rating set before the campaign sits in its cell: Financial after 1 d.
    expect(billing).toMatch(/\nFinancial,,,,2,/);
    expect(billing).toContain('(0–4)');
  }, 150_000);

  it('checks for a campaign process without an owner', async () => {
    const orphan = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Orphan' });
    await expect(
      t.call('campaigns.create', { name: 'X', dueDate: '2026-04-01', processIds: [orphan.id] }),
    ).rejects.toThrow(/Orphan has no owner/);
    expect(await auditActions(1)).not.toContain('campaign.create');
  });
});
