// `steadfast verify` on what an auditor receives: the app's zip as well as the folder, hostile zips
// refused with nothing written, every hash of the Audit log sheet recomputed (tampered sheets whose
// manifest was re-digested and re-signed are caught, counted per kind), `--since` over the whole
// chain, and `export` refusing a workspace whose chain is broken.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceJobStatus, EvidenceManifest, NodeView } from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { Workspace } from '../../electron/core/app/workspace';
import { entryHash, type AuditRecord } from '../../electron/core/store/audit-chain';
import { extractPackZip } from '../../electron/core/zip/extract';
import { identityPackSigner } from '../../electron/core/app/signers';
import { auditRecordsOf, rewriteAuditSheet } from '../fixtures/pack-tamper';
import { TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';
import { zipOf } from '../fixtures/zip';

const dir = tempDir('steadfast-pack-verify-');
const t = testSession(dir.path);
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
/** The exporter's own key: an insider re-signing an edited pack, so only the recomputation can catch it. */
const exporterKey = () => identityPackSigner(t.session.identity!);
const file = join(dir.path, 'Pack_verify.steadfast');
const AT = '2026-03-05T12:00:00Z';
/** Tamperings per kind; the lead's suite runs thousands, this proves each kind is caught. */
const PER_KIND = 12;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function exportPack(folder: string, workspace = file) {
  const r = await cli(
    'export',
    workspace,
    '--pdf',
    'evidence.pdf',
    '--xlsx',
    'evidence.xlsx',
    '--out',
    folder,
    '--at',
    AT,
  );
  expect(r, r.err).toMatchObject({ code: 0 });
  return folder;
}

const readManifest = (pack: string) =>
  JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as EvidenceManifest;

function copyPack(from: string, name: string): string {
  const to = join(dir.path, name);
  cpSync(from, to, { recursive: true });
  return to;
}

const verifyTemps = () => readdirSync(tmpdir()).filter((n) => n.startsWith('steadfast-verify-')).length;

let packA: string;
let appZip: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await t.as('Zoë Ólafsson', 'BCM lead');
  await t.call('workspace.create', { name: 'Pack verify' });
  const save = async (kind: string, name: string, extra: object = {}) =>
    (ids[name] = (await t.call<NodeView>('nodes.save', { kind, name, ...extra })).id);
  await save('process', 'Billing', { department: 'Finance', description: 'x'.repeat(2_000) });
  await save('process', '東京倉庫 dispatch', { department: 'Warehouse' });
  await save('application', '=HYPERLINK("http://x")');
  await save('application', "'quoted name");
  await save('application', 'Retired app');
  await t.call('edges.save', { consumerId: ids.Billing, providerId: ids['=HYPERLINK("http://x")'] });
  for (const bucketId of ['1h', '4h', '1d'])
    await t.call('bia.rate', { processId: ids.Billing, categoryId: 'operational', bucketId, severity: 3 });
  await t.call('nodes.retire', { id: ids['Retired app'] });
  const { jobId } = await t.call<{ jobId: string }>('evidence.start', {
    scope: { kind: 'workspace' },
    pdf: true,
    xlsx: true,
  });
  let status: EvidenceJobStatus;
  do {
    await new Promise((r) => setTimeout(r, 20));
    status = await t.call<EvidenceJobStatus>('evidence.status', { jobId });
  } while (!status.done);
  expect(status, status.error).toMatchObject({ done: true, cancelled: false });
  appZip = join(dir.path, status.delivery!.kind === 'saved' ? status.delivery!.fileName : '');
  t.session.replaceWorkspace(null);
  packA = await exportPack(join(dir.path, 'packA'));
}, 60_000);

afterAll(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('verify takes the zip the app exports', () => {
  it('verifies the zip as it verifies the folder, and leaves no unpacked copy behind', async () => {
    const before = verifyTemps();
    const r = await cli('verify', appZip);
    expect(r, r.err).toMatchObject({ code: 0, out: expect.stringMatching(/^Pack verified: 3 files/) });
    expect(r.out).toMatch(/Audit log sheet's \d+ entries recompute/);
    expect(verifyTemps()).toBe(before);
  });

  it('catches a changed byte inside the zip', async () => {
    const zip = readFileSync(appZip);
    const parts = await (async () => {
      const { folder, dispose } = await extractPackZip(appZip);
      const names = readdirSync(folder);
      const out = names.map((name) => ({ name, data: readFileSync(join(folder, name)) }));
      await dispose();
      return out;
    })();
    expect(parts.map((p) => p.name).sort()).toEqual([
      'evidence.pdf',
      'evidence.xlsx',
      'inputs.json',
      'manifest.json',
      'manifest.sig',
    ]);
    const pdf = parts.find((p) => p.name === 'evidence.pdf')!;
    pdf.data[300] = pdf.data[300]! ^ 0xff;
    const bad = join(dir.path, 'flipped.zip');
    writeFileSync(bad, zipOf(parts));
    expect(zip.length).toBeGreaterThan(0);
    expect(await cli('verify', bad)).toMatchObject({
      code: 1,
      err: 'evidence.pdf: SHA-256 differs from the manifest',
    });
  });

  it('refuses hostile zips before writing anything, and cleans up', async () => {
    const before = verifyTemps();
    const ok = { name: 'manifest.json', data: '{}' };
    const withSymlink = (() => {
      const z = zipOf([ok, { name: 'evidence.pdf', data: '/etc/passwd' }]);
      // Mark the second central-directory entry a symbolic link (mode 0120777 in the high 16 bits).
      let at = -1;
      for (let n = 0; n < 2; n++) at = z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 1);
      z.writeUInt16LE(3 << 8, at + 4); // made by Unix
      z.writeUInt32LE((0o120777 << 16) >>> 0, at + 38);
      return z;
    })();
    const cases: [string, Buffer, RegExp][] = [
      ['slip', zipOf([ok, { name: '../escaped.txt', data: 'x' }]), /relative path|climbs out/],
      ['absolute', zipOf([ok, { name: '/tmp/steadfast-abs.txt', data: 'x' }]), /absolute path/],
      ['folder', zipOf([ok, { name: 'sub/evidence.pdf', data: 'x' }]), /holds a folder/],
      ['symlink', withSymlink, /symbolic link/],
      ['duplicate', zipOf([ok, { ...ok }]), /appears twice/],
      ['many', zipOf(Array.from({ length: 40 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))), /40 entries/],
      ['not a zip', Buffer.from('this is not a zip file at all, just text'), /not a pack zip/],
    ];
    for (const [name, bytes, why] of cases) {
      const path = join(dir.path, `hostile-${name}.zip`);
      writeFileSync(path, bytes);
      const r = await cli('verify', path);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(/is not a pack zip this can check/);
      expect(r.err, name).toMatch(why);
    }
    expect(existsSync(join(dir.path, 'escaped.txt'))).toBe(false);
    expect(existsSync('/tmp/steadfast-abs.txt')).toBe(false);
    expect(verifyTemps()).toBe(before);
  });

  it('refuses a zip that unpacks to more than a pack holds (a zip bomb)', async () => {
    const bomb = join(dir.path, 'bomb.zip');
    writeFileSync(bomb, zipOf([{ name: 'evidence.xlsx', data: Buffer.alloc(4 * 1024 * 1024) }]));
    await expect(extractPackZip(bomb, { maxEntries: 8, maxBytes: 1024 * 1024 })).rejects.toThrow(
      /unpacks to more bytes than any pack holds/,
    );
  });
});

describe('verify recomputes every hash of the Audit log sheet', () => {
  it('rebuilds every entry exactly, formula-like and quoted names and long texts included', async () => {
    const records = await auditRecordsOf(packA);
    expect(records.length).toBe(readManifest(packA).chainHead.seq);
    const names = records.map((r) => r.afterJson ?? '').join('\n');
    expect(names).toContain('=HYPERLINK');
    expect(names).toContain("'quoted name");
    expect(names).toContain('x'.repeat(2_000));
    let prev = '0'.repeat(64);
    for (const r of records) {
      expect(entryHash(prev, r)).toBe(r.hash);
      prev = r.hash;
    }
  });

  it('shows entity names beside the ids, a retired node included', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(packA, 'evidence.xlsx'));
    const sheet = wb.getWorksheet('Audit log')!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const nameCol = header.indexOf('Entity name');
    const idCol = header.indexOf('Entity id');
    expect(nameCol).toBeGreaterThan(0);
    const named = new Map<string, string>();
    sheet.eachRow((row, n) => {
      if (n > 1) named.set(String(row.getCell(idCol).value), String(row.getCell(nameCol).value ?? ''));
    });
    expect(named.get(ids.Billing!)).toBe('Billing');
    expect(named.get(ids['Retired app']!)).toBe('Retired app');
    expect(named.get(ids['東京倉庫 dispatch']!)).toBe('東京倉庫 dispatch');
  });

  it('catches every kind of tampering with the sheet, the manifest re-digested and re-signed', async () => {
    const original = await auditRecordsOf(packA);
    const head = readManifest(packA).chainHead;
    const key = exporterKey();
    const scratch = join(dir.path, 'scratch');
    mkdirSync(scratch, { recursive: true });
    const pick = (n: number, from = 0) => from + Math.floor(Math.random() * (n - from));
    const clone = () => original.map((r) => ({ ...r }));
    const rehashFrom = (rs: AuditRecord[], i: number) => {
      for (let k = i; k < rs.length; k++) {
        const prev = k === 0 ? '0'.repeat(64) : rs[k - 1]!.hash;
        rs[k] = { ...rs[k]!, prevHash: prev, hash: entryHash(prev, rs[k]!) };
      }
    };
    const fields = ['at', 'actorName', 'actorRole', 'action', 'entity', 'entityId', 'afterJson'] as const;
    const kinds: Record<string, () => AuditRecord[]> = {
      'edit a field': () => {
        const rs = clone();
        const r = rs[pick(rs.length)]!;
        const f = fields[pick(fields.length)]!;
        r[f] = f === 'afterJson' ? JSON.stringify({ forged: Math.random() }) : `${r[f] ?? ''}x`;
        return rs;
      },
      'delete an entry': () => {
        const rs = clone();
        rs.splice(pick(rs.length), 1);
        return rs;
      },
      'swap two entries': () => {
        const rs = clone();
        const i = pick(rs.length - 1);
        const j = pick(rs.length, i + 1);
        [rs[i], rs[j]] = [rs[j]!, rs[i]!];
        return rs;
      },
      'edit and rehash the tail': () => {
        const rs = clone();
        const i = pick(rs.length);
        rs[i] = { ...rs[i]!, actorName: 'Mallory' };
        rehashFrom(rs, i);
        return rs;
      },
      'append a forged entry': () => {
        const rs = clone();
        const last = rs[rs.length - 1]!;
        const forged = { ...last, seq: last.seq + 1, action: 'bia.approve', actorName: 'Mallory' };
        rs.push({ ...forged, prevHash: last.hash, hash: entryHash(last.hash, forged) });
        return rs;
      },
    };

    // Control: the same rewrite and re-signing with the records unchanged passes, so what is caught
    // below is caught by the recomputation alone.
    const control = copyPack(packA, 'tamper-control');
    await rewriteAuditSheet(control, clone(), key, scratch);
    expect(await cli('verify', control)).toMatchObject({ code: 0 });

    const caught: Record<string, number> = {};
    let n = 0;
    for (const [kind, tamper] of Object.entries(kinds)) {
      caught[kind] = 0;
      for (let i = 0; i < PER_KIND; i++) {
        const p = copyPack(packA, `tamper-${n++}`);
        await rewriteAuditSheet(p, tamper(), key, scratch);
        const r = await cli('verify', p);
        expect(r.code, `${kind}: ${r.err}`).toBe(1);
        expect(r.err, kind).toMatch(
          /^Audit log: (entry \d+|the audit log ends|the signature on entry \d+|the entries from \d+)/m,
        );
        expect(r.err, kind).not.toMatch(/SHA-256 differs|signature does not verify/);
        caught[kind]++;
      }
    }
    console.log(
      `tampered Audit log sheets caught (of ${PER_KIND} each): ${Object.entries(caught)
        .map(([k, c]) => `${k} ${c}`)
        .join(', ')} (head ${head.seq})`,
    );
  }, 120_000);

  it('names the entry and the reason', async () => {
    const key = exporterKey();
    const scratch = join(dir.path, 'scratch-named');
    mkdirSync(scratch, { recursive: true });
    const rs = await auditRecordsOf(packA);
    rs[2] = { ...rs[2]!, actorName: 'Mallory' };
    const p = copyPack(packA, 'tamper-named');
    await rewriteAuditSheet(p, rs, key, scratch);
    expect((await cli('verify', p)).err).toMatch(
      /^Audit log: entry 3 was altered after it was written \(its hash does not match its content\)/,
    );
  });

  it('--since checks the whole chain, not only what follows the earlier head', async () => {
    await t.call('workspace.openRecent', { id: readManifest(packA).workspaceId });
    await t.call('bia.update', { processId: ids.Billing, wrtMinutes: 30 });
    t.session.replaceWorkspace(null);
    const packC = await exportPack(join(dir.path, 'packC'));
    const since = join(packA, 'manifest.json');
    expect(await cli('verify', packC, '--since', since)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/entry \d+ appears unchanged, and the whole chain from entry 1/),
    });
    // An entry before the earlier head altered, its stored hash kept: links after the old head
    // still hold, the recomputation does not.
    const rs = await auditRecordsOf(packC);
    rs[1] = { ...rs[1]!, actorRole: 'Approver' };
    const p = copyPack(packC, 'since-tampered');
    const scratch = join(dir.path, 'scratch-since');
    mkdirSync(scratch, { recursive: true });
    await rewriteAuditSheet(p, rs, exporterKey(), scratch);
    const r = await cli('verify', p, '--since', since);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Audit log: entry 2 was altered/);
  });
});

describe('export refuses a workspace whose chain is broken', () => {
  it('names the entry, in the CLI and in the app, and writes nothing', async () => {
    const broken = join(dir.path, 'broken.steadfast');
    cpSync(file, broken);
    const db = new Database(broken);
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 4;");
    db.close();
    const out = join(dir.path, 'broken-pack');
    const r = await cli('export', broken, '--xlsx', 'evidence.xlsx', '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/No evidence was exported: .*entry 4 was altered after it was written/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    t.session.replaceWorkspace(await Workspace.open(broken, t.dataDir, new Date(AT)));
    await expect(
      t.call('evidence.start', { scope: { kind: 'workspace' }, pdf: true, xlsx: false }),
    ).rejects.toThrow(/FILE_CORRUPT: No evidence was exported: .*entry 4 was altered after it was written/);
    t.session.replaceWorkspace(null);
  });
});
