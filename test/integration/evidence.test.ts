import { execFile } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DrTestDetail,
  EvidenceJobStatus,
  EvidenceManifest,
  NodeView,
  RunbookDetail,
} from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { openZip } from '../../electron/core/zip/read';
import { fingerprintOf } from '../../electron/core/trust/keys';
import { TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';

const run = promisify(execFile);
const dir = tempDir('steadfast-evidence-');
const t = testSession(dir.path);
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
const file = join(dir.path, 'Evidence_test.steadfast');
const AT = '2026-03-05T12:00:00Z';
const ids: Record<string, string> = {};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function exportPack(folder: string, ...extra: string[]) {
  const r = await cli(
    'export',
    file,
    '--pdf',
    'evidence.pdf',
    '--xlsx',
    'evidence.xlsx',
    '--out',
    folder,
    '--at',
    AT,
    '--as',
    'Tomás Ólafsson',
    ...extra,
  );
  expect(r, r.err).toMatchObject({ code: 0 });
  return folder;
}

/** A copy of a pack to tamper with. */
function copyPack(from: string, name: string): string {
  const to = join(dir.path, name);
  cpSync(from, to, { recursive: true });
  return to;
}

function flipByte(path: string, at = 200): void {
  const b = readFileSync(path);
  b[at] = b[at]! ^ 0xff;
  writeFileSync(path, b);
}

let packA: string;

beforeAll(async () => {
  await t.as('Zoë Ólafsson', 'BCM lead');
  await t.call('workspace.create', { name: 'Evidence test' });
  // Tomás exports the packs: a member with an identity on this machine.
  await t.as('Tomás Ólafsson', 'Auditor');
  await t.as('Zoë Ólafsson', 'BCM lead');
  await t.call('workspace.update', { organisation: 'Ólafsson & Zoë Logistics' });
  const save = async (kind: string, name: string, extra: object = {}) =>
    (ids[name] = (await t.call<NodeView>('nodes.save', { kind, name, ...extra })).id);
  await save('process', 'Billing', { department: 'Finance', owner: 'Tomás Ólafsson' });
  await save('process', '東京倉庫 dispatch', { department: 'Warehouse', owner: 'Zoë' });
  await save('process', 'Payroll', { department: 'HR' });
  await save('application', 'ERP', { rtoMinutes: 600 });
  await save('datastore', '=HYPERLINK("http://x")', { tierId: 'tier-1' });
  await save('infrastructure', 'Network', { tierId: 'tier-0' });
  const edge = (c: string, p: string) => t.call('edges.save', { consumerId: ids[c], providerId: ids[p] });
  await edge('Billing', 'ERP');
  await edge('東京倉庫 dispatch', 'ERP');
  await edge('ERP', '=HYPERLINK("http://x")');
  await edge('ERP', 'Network');
  await edge('Payroll', 'Network');
  for (const [name, severity] of [
    ['Billing', 3],
    ['東京倉庫 dispatch', 4],
  ] as const) {
    await t.call('bia.rate', { processId: ids[name], categoryId: 'operational', bucketId: '4h', severity });
    await t.call('bia.rate', { processId: ids[name], categoryId: 'financial', bucketId: '1d', severity: 4 });
    await t.call('bia.update', { processId: ids[name], wrtMinutes: 60 });
  }
  await seedContinuity();
  await seedReleases();
  packA = await exportPackAfterClose();
}, 60_000);

/** Two releases deployed (one rolled back), one ahead with its gate, and an SLO on the ERP. */
async function seedReleases(): Promise<void> {
  const slo = await t.call<{ id: string }>('slos.save', {
    nodeId: ids.ERP,
    name: 'ERP availability',
    sliKind: 'availability',
    targetPercent: 99.5,
    windowDays: 30,
  });
  await t.call('slos.importCsv', {
    sloId: slo.id,
    csv: 'period_start,period_end,good,total\n2026-03-01T00:00:00Z,2026-03-02T00:00:00Z,9990,10000\n',
  });
  const release = (name: string, day: string) =>
    t.call<{ id: string }>('releases.save', {
      name,
      version: '7.0',
      nodeIds: [ids.ERP],
      start: `2026-03-${day}T08:00:00Z`,
      end: `2026-03-${day}T09:00:00Z`,
      strategy: 'rolling',
      changeType: 'normal',
      changeSize: 2,
      owner: 'Zoë Ólafsson',
    });
  for (const [name, day, failed] of [
    ['ERP patch', '01', false],
    ['ERP upgrade', '02', true],
  ] as const) {
    const r = await release(name, day);
    await t.call('releases.transition', {
      releaseId: r.id,
      status: 'in-progress',
      at: `2026-03-${day}T08:00:00Z`,
      emergency: { justification: 'Hotfix for a live defect' },
    });
    await t.call('releases.transition', {
      releaseId: r.id,
      status: 'deployed',
      at: `2026-03-${day}T08:20:00Z`,
    });
    if (failed) {
      await t.call('releases.transition', {
        releaseId: r.id,
        status: 'failed',
        at: `2026-03-${day}T08:50:00Z`,
      });
      await t.call('releases.transition', {
        releaseId: r.id,
        status: 'rolled-back',
        at: `2026-03-${day}T09:20:00Z`,
      });
    }
  }
  await release('ERP 7.1', '10');
}

/** A runbook written by one person and approved by another, and a DR test that failed with a finding. */
async function seedContinuity(): Promise<void> {
  const created = await t.call<RunbookDetail>('runbooks.create', {
    name: 'ERP restore',
    kind: 'recovery',
    targetNodeIds: [ids.ERP],
  });
  const runbookId = created.summary.id;
  await t.call('runbooks.saveStep', {
    runbookId,
    step: { key: 'a', title: 'Restore the ERP database', minMinutes: 20, likelyMinutes: 40, maxMinutes: 90 },
  });
  await t.call('runbooks.saveStep', {
    runbookId,
    step: {
      key: 'b',
      title: 'Start ERP services',
      minMinutes: 5,
      likelyMinutes: 10,
      maxMinutes: 30,
      dependsOn: ['a'],
      restoresNodeIds: [ids.ERP],
    },
  });
  await t.call('runbooks.transition', { runbookId, to: 'in_review' });
  await t.as('Tomás Ólafsson', 'Change manager');
  const approved = await t.call<RunbookDetail>('runbooks.transition', { runbookId, to: 'approved' });
  await t.as('Zoë Ólafsson', 'BCM lead');
  const test = await t.call<DrTestDetail>('drtests.save', {
    name: 'ERP failover drill',
    type: 'simulation',
    scopeNodeIds: [ids.ERP],
    runbookVersionIds: [approved.version.id],
    scheduledAt: '2026-03-02',
  });
  const testId = test.plan.id;
  const step = (key: string) => approved.version.steps.find((x) => x.key === key)!.id;
  const record = (event: object) => t.call('drtests.record', { testId, event });
  await record({ type: 'started' });
  await record({ type: 'step-started', stepId: step('a') });
  await record({ type: 'step-finished', stepId: step('a'), outcome: 'ok' });
  await record({ type: 'step-started', stepId: step('b') });
  await record({ type: 'step-finished', stepId: step('b'), outcome: 'failed', notes: 'Licence server down' });
  await record({ type: 'ended' });
  await t.call('drtests.complete', { testId, dataLoss: [{ nodeId: ids.ERP, minutes: 90 }] });
  await t.call('findings.save', {
    testId,
    title: 'ERP licence server is a hidden dependency',
    severity: 'critical',
    owner: 'Tomás Ólafsson',
    dueDate: '2026-04-01',
  });
}
afterAll(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

/** The CLI opens the file itself; the app job runs first, with the session's workspace open. */
async function exportPackAfterClose(): Promise<string> {
  const { jobId } = await t.call<{ jobId: string }>('evidence.start', {
    scope: { kind: 'workspace' },
    pdf: true,
    xlsx: true,
  });
  let status: EvidenceJobStatus;
  const seen = new Set<string>();
  do {
    await new Promise((r) => setTimeout(r, 20));
    status = await t.call<EvidenceJobStatus>('evidence.status', { jobId });
    seen.add(status.phase);
  } while (!status.done);
  expect(status, status.error).toMatchObject({ done: true, cancelled: false, progress: 1 });
  expect(status.delivery).toMatchObject({
    kind: 'saved',
    fileName: expect.stringMatching(/evidence-\d{4}-\d{2}-\d{2}\.zip$/),
  });
  expect(seen.size).toBeGreaterThan(1);
  const zipPath = join(dir.path, status.delivery!.kind === 'saved' ? status.delivery!.fileName : '');
  const zip = await openZip(readFileSync(zipPath));
  const entries: Record<string, Buffer> = {};
  for await (const entry of zip.eachEntry())
    entries[entry.fileName] = await buffer(await zip.openReadStreamPromise(entry));
  zip.close();
  expect(Object.keys(entries).sort()).toEqual([
    'evidence.pdf',
    'evidence.xlsx',
    'inputs.json',
    'manifest.json',
    'manifest.sig',
  ]);
  const unzipped = join(dir.path, 'from-app');
  mkdirSync(unzipped);
  for (const [name, bytes] of Object.entries(entries)) writeFileSync(join(unzipped, name), bytes);
  const v = await cli('verify', unzipped, '--recompute');
  expect(v, v.err).toMatchObject({
    code: 0,
    out: expect.stringMatching(
      /^Recomputed \d+ figures from inputs\.json .*: all agree\.\nPack verified: 3 files/,
    ),
  });
  t.session.replaceWorkspace(null);
  return exportPack(join(dir.path, 'packA'));
}

describe('evidence export job (app)', () => {
  it('is cancellable, and refuses an unknown tier up front', async () => {
    await t.call('workspace.openRecent', { id: readManifest(packA).workspaceId });
    await expect(
      t.call('evidence.start', { scope: { kind: 'tiers', tierNames: ['Tier 9'] }, pdf: true, xlsx: false }),
    ).rejects.toThrow(/No tier named "Tier 9"/);
    const { jobId } = await t.call<{ jobId: string }>('evidence.start', {
      scope: { kind: 'workspace' },
      pdf: true,
      xlsx: true,
    });
    expect(await t.call('evidence.cancel', { jobId })).toEqual({ cancelled: true });
    let status: EvidenceJobStatus;
    do {
      // The job yields with setImmediate: wait a macrotask between polls, as a real client does.
      await new Promise((r) => setTimeout(r, 10));
      status = await t.call<EvidenceJobStatus>('evidence.status', { jobId });
    } while (!status.done);
    expect(status).toMatchObject({ done: true, cancelled: true });
    expect(status.delivery).toBeUndefined();
    t.session.replaceWorkspace(null);
  });
});

function readManifest(folder: string): EvidenceManifest {
  return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as EvidenceManifest;
}

describe('the PDF pack', () => {
  it('holds every section, the key figures and Unicode names (pdftotext)', async () => {
    const { stdout } = await run('pdftotext', ['-layout', join(packA, 'evidence.pdf'), '-']);
    for (const title of [
      'S T E A D F A S T', // letter-spaced on the cover
      'Contents',
      'Executive summary',
      'Business impact analysis',
      'Objectives and conflicts',
      'Dependency map',
      'Single points of failure and blast radius',
      'Audit trail',
      'Audit chain intact',
      'Pack contents and manifest',
      'Runbooks and approvals',
      'DR tests and findings',
      'ERP failover drill (simulation)',
      'Releases, gates and delivery',
      'ERP 7.1 7.0: NO-GO',
      'ERP availability',
      'ERP licence server is a hidden dependency',
      'Impact heat map',
      'Impact over time',
    ])
      expect(stdout, title).toContain(title);
    expect(stdout).toContain('Tomás Ólafsson');
    expect(stdout).toContain('Ólafsson & Zoë Logistics');
    expect(stdout).toContain('東京倉庫 dispatch');
    expect(stdout).toContain('Billing');
    expect(stdout).toMatch(/MTD\s+4 h \(set by Operational\)/);
    expect(stdout).toContain(readManifest(packA).keyFingerprint);
    expect(stdout).toMatch(/page 1 of \d+/);
    // The runbook's approver is not its author; the drill overran the RPO (90 min lost, 1 h allowed).
    expect(stdout).toMatch(/ERP restore\s+v1\s+Zoë Ólafsson\s+Tomás Ólafsson/);
    expect(stdout).toMatch(/ERP\s+10 h\s+\S+.*1 h 30 min\s+fail/);
    // Two deployed, one rolled back: the rate shows both numbers; restored 30 min after detection.
    expect(stdout).toMatch(/Change failure rate\s+50\.0%: 1 failed of 2 deployed/);
    expect(stdout).toMatch(/FAIL\s+Approved rollback runbook: No rollback runbook is linked\./);
    // No duration or date is ever cut short ("1 h 30 …"): a figure or unit never meets an ellipsis.
    expect(
      stdout.split('\n').filter((l) => /(\b\d+ (min|h|d)?|\d{4}-\d\d-\d\d[\d :]*|\bUTC)\s*…/.test(l)),
    ).toEqual([]);
  });

  it('has a sane page count, passes qpdf and renders', async () => {
    const { stdout } = await run('pdfinfo', [join(packA, 'evidence.pdf')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    // cover, contents, summary, BIA intro + 3 processes, objectives, map, analysis, audit, manifest,
    // releases with gates (up to two pages), and the sections of incidents, exceptions and
    // pre-mortems, services and scenarios, and the self-assessment (one page each here). Long cells
    // wrap, and the ids here are random UUIDs that decide some orderings, so a table may take one
    // more page on one run than on the next (seen: 20 and 21); a runaway page count still fails.
    expect(pages).toBeGreaterThanOrEqual(15);
    expect(pages).toBeLessThanOrEqual(24);
    const text = (await run('pdftotext', [join(packA, 'evidence.pdf'), '-'])).stdout;
    // No blank page: every page carries more than its header and footer.
    for (const [i, page] of text.split('\f').slice(0, pages).entries()) {
      const body = page.replace(/Steadfast evidence pack · .*/g, '').trim();
      expect(body.length, `page ${i + 1}`).toBeGreaterThan(20);
    }
    await run('qpdf', ['--check', join(packA, 'evidence.pdf')]);
    const png = join(dir.path, 'png');
    mkdirSync(png);
    await run('pdftoppm', [
      '-r',
      '30',
      '-png',
      '-f',
      '1',
      '-l',
      '3',
      join(packA, 'evidence.pdf'),
      join(png, 'p'),
    ]);
    expect(readdirSync(png)).toHaveLength(3);
  });

  it('is byte-identical for the same data and --at, manifest included', async () => {
    const packB = await exportPack(join(dir.path, 'packB'));
    for (const f of ['evidence.pdf', 'evidence.xlsx', 'manifest.json', 'manifest.sig'])
      expect(readFileSync(join(packB, f)).equals(readFileSync(join(packA, f))), f).toBe(true);
  });

  it('narrows to chosen processes and what they depend on', async () => {
    const folder = await exportPack(join(dir.path, 'scoped'), '--processes', 'Payroll');
    const text = (await run('pdftotext', [join(folder, 'evidence.pdf'), '-'])).stdout;
    expect(text).toContain('Chosen processes (1 process)');
    expect(text).toContain('Network');
    expect(text).not.toContain('東京倉庫');
    expect(readManifest(folder).scope).toEqual({ kind: 'processes', processes: ['Payroll'] });
  });
});

describe('the workbook', () => {
  it('reads back with exceljs: sheets, values, neutralised text, frozen headers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(packA, 'evidence.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Processes',
      'Ratings',
      'Tiers',
      'Level definitions',
      'Nodes',
      'Dependencies',
      'SPOFs',
      'Inversions',
      'Recovery times',
      'Blast radius',
      'Runbooks',
      'Runbook steps',
      'DR tests',
      'Findings',
      'Services & tolerances',
      'Scenario matrix',
      'Clause coverage',
      'Releases',
      'Gate checks',
      'SLOs',
      'Delivery metrics',
      'Incidents',
      'Reviews',
      'Review actions',
      'Exceptions',
      'Pre-mortems',
      'Audit log',
    ]);
    expect(wb.getWorksheet('Releases')!.rowCount - 1).toBe(3);
    expect(wb.getWorksheet('Gate checks')!.getRow(2).getCell(1).value).toBe('ERP 7.1 7.0');
    const whole = wb.getWorksheet('Delivery metrics')!.getRow(2);
    // Period, deployed, failed, rate, median time to restore: both numbers beside the rate.
    expect([1, 2, 3, 4, 5].map((c) => whole.getCell(c).value)).toEqual(['whole period', 2, 1, 0.5, 30]);
    const summary = wb.getWorksheet('Summary')!;
    const facts = new Map<string, unknown>();
    summary.eachRow((r) => facts.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(facts.get('Processes')).toBe(3);
    expect(facts.get('Audit-chain head (seq)')).toBe(readManifest(packA).chainHead.seq);
    const nodes = wb.getWorksheet('Nodes')!;
    expect(nodes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(nodes.autoFilter).toBeTruthy();
    const names: string[] = [];
    nodes.eachRow((r, n) => n > 1 && names.push(String(r.getCell(1).value)));
    // Exactly the name: the quotePrefix style, not a visible quote, keeps it text.
    expect(names).toContain(`=HYPERLINK("http://x")`);
    nodes.eachRow((r) => expect(r.getCell(1).formula).toBeUndefined());
    expect(names).toContain('東京倉庫 dispatch');
    const processes = wb.getWorksheet('Processes')!;
    expect(processes.getRow(1).getCell(5).value).toBe('MTD (min)');
    const audit = wb.getWorksheet('Audit log')!;
    expect(audit.rowCount - 1).toBe(readManifest(packA).chainHead.seq);
  });

  it('opens in LibreOffice with the expected values', async () => {
    const out = join(dir.path, 'csv');
    mkdirSync(out);
    await run(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        join(packA, 'evidence.xlsx'),
      ],
      { timeout: 120_000 },
    );
    const summary = readFileSync(join(out, 'evidence-Summary.csv'), 'utf8');
    expect(summary).toContain('Workspace,Evidence test');
    expect(summary).toContain('Processes,3');
    const nodes = readFileSync(join(out, 'evidence-Nodes.csv'), 'utf8');
    expect(nodes).toContain('東京倉庫 dispatch');
    // LibreOffice shows the neutralised name as text, exactly, never as a formula result.
    expect(nodes).toMatch(/(^|\n)"=HYPERLINK\(""http:\/\/x""\)",/);
    expect(nodes).not.toContain(`'=HYPERLINK`);
  }, 150_000);
});

describe('steadfast verify', () => {
  const verify = (folder: string, ...extra: string[]) => cli('verify', folder, ...extra);

  it('accepts an intact pack and pins the key by fingerprint or .pem', async () => {
    const m = readManifest(packA);
    expect((await verify(packA)).code).toBe(0);
    expect((await verify(packA, '--key', m.keyFingerprint)).code).toBe(0);
    const pem = join(dir.path, 'key.pem');
    writeFileSync(pem, m.publicKeyPem);
    expect((await verify(packA, '--key', pem)).code).toBe(0);
  });

  it('names a changed byte in each file', async () => {
    for (const f of ['evidence.pdf', 'evidence.xlsx']) {
      const p = copyPack(packA, `flip-${f}`);
      flipByte(join(p, f));
      expect(await verify(p)).toMatchObject({ code: 1, err: `${f}: SHA-256 differs from the manifest` });
    }
    const p = copyPack(packA, 'flip-manifest');
    const m = readManifest(p);
    writeFileSync(join(p, 'manifest.json'), `${JSON.stringify({ ...m, workspaceName: 'Other' }, null, 2)}\n`);
    expect(await verify(p)).toMatchObject({
      code: 1,
      err: 'manifest.json: signature does not verify with the key in the manifest',
    });
    const s = copyPack(packA, 'flip-sig');
    const sig = Buffer.from(readFileSync(join(s, 'manifest.sig'), 'utf8').trim(), 'base64');
    sig[5] = sig[5]! ^ 1;
    writeFileSync(join(s, 'manifest.sig'), sig.toString('base64'));
    expect((await verify(s)).err).toBe(
      'manifest.json: signature does not verify with the key in the manifest',
    );
  });

  it('catches a pack re-signed with another key when --key pins the original', async () => {
    const original = readManifest(packA).keyFingerprint;
    const p = copyPack(packA, 'resigned');
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const m = { ...readManifest(p), publicKeyPem: pem, keyFingerprint: fingerprintOf(pem) };
    const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
    writeFileSync(join(p, 'manifest.json'), bytes);
    const der = privateKey.export({ type: 'pkcs8', format: 'pem' });
    writeFileSync(join(p, 'manifest.sig'), sign(null, bytes, createPrivateKey(der)).toString('base64'));
    // The forger's key is not in the pack's roster...
    expect(await verify(p)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not in the pack's roster/),
    });
    // ...and adding it to the manifest's roster does not help: the audit chain never added it.
    const withRoster = {
      ...m,
      roster: [
        ...(m.roster ?? []),
        { fingerprint: m.keyFingerprint, name: 'Mallory', role: 'x', retired: false },
      ],
    };
    const bytes2 = Buffer.from(`${JSON.stringify(withRoster, null, 2)}\n`);
    writeFileSync(join(p, 'manifest.json'), bytes2);
    writeFileSync(join(p, 'manifest.sig'), sign(null, bytes2, createPrivateKey(der)).toString('base64'));
    expect(await verify(p)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/the audit chain never added as a member/),
    });
    // The untouched pack, checked on an auditor's machine that has pinned nothing: exit 3, and why.
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['verify', packA], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      env: { STEADFAST_DATA_DIR: join(dir.path, 'auditor-data') },
    });
    expect(code).toBe(3);
    expect(err.join('\n')).toMatch(/Anyone could have edited the pack and re-signed it/);
    const pinned = await verify(p, '--key', original);
    expect(pinned.code).toBe(1);
    expect(pinned.err).toMatch(/^signed by a different key than expected: expected SHA256:/);
  });

  it('names a missing and an extra file', async () => {
    const p = copyPack(packA, 'missing-extra');
    rmSync(join(p, 'evidence.xlsx'));
    writeFileSync(join(p, 'notes.txt'), 'hello');
    const r = await verify(p);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      'missing file: evidence.xlsx',
      'extra file not in the manifest: notes.txt',
    ]);
  });

  it('checks with --since that the chain extends an earlier pack', async () => {
    // More work after pack A, then pack C.
    await t.call('workspace.openRecent', { id: readManifest(packA).workspaceId });
    await t.call('bia.update', { processId: ids['Payroll'], wrtMinutes: 30 });
    t.session.replaceWorkspace(null);
    const packC = await exportPack(join(dir.path, 'packC'));
    expect(readManifest(packC).chainHead.seq).toBeGreaterThan(readManifest(packA).chainHead.seq);
    const ok = await verify(packC, '--since', join(packA, 'manifest.json'));
    expect(ok, ok.err).toMatchObject({
      code: 0,
      out: expect.stringMatching(/The chain extends the earlier pack/),
    });

    // Backwards: the older pack does not extend the newer one.
    const back = await verify(packA, '--since', join(packC, 'manifest.json'));
    expect(back).toMatchObject({ code: 1, err: expect.stringMatching(/entries were removed/) });

    // A rewritten head: the earlier manifest's head hash is not in this pack's chain.
    const fake = join(dir.path, 'rewritten');
    mkdirSync(fake);
    const earlier = readManifest(packA);
    writeFileSync(
      join(fake, 'manifest.json'),
      JSON.stringify({ ...earlier, chainHead: { ...earlier.chainHead, hash: 'f'.repeat(64) } }),
    );
    const rewritten = await verify(packC, '--since', join(fake, 'manifest.json'));
    expect(rewritten).toMatchObject({ code: 1, err: expect.stringMatching(/different hash .*rewritten/) });

    // Another workspace.
    const other = join(dir.path, 'other.steadfast');
    expect((await cli('new', other, '--name', 'Other', '--as', 'Tomás Ólafsson')).code).toBe(0);
    const otherPack = join(dir.path, 'otherPack');
    expect((await cli('export', other, '--xlsx', 'evidence.xlsx', '--out', otherPack, '--at', AT)).code).toBe(
      0,
    );
    const foreign = await verify(packC, '--since', join(otherPack, 'manifest.json'));
    expect(foreign).toMatchObject({ code: 1, err: expect.stringMatching(/another workspace/) });
  });

  it('exits 2 on errors', async () => {
    expect((await verify(join(dir.path, 'nope'))).code).toBe(2);
    expect((await verify(packA, '--key', 'not-a-key')).code).toBe(2);
    expect(existsSync(join(packA, 'manifest.json'))).toBe(true);
  });
});
