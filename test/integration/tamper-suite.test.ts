// The tamper suite (issue 14): thousands of random tamperings made directly on a real workspace file
// (with better-sqlite3, the append-only triggers dropped as an attacker would) and on a real evidence
// pack, each checked with the product's own checks: verifyWorkspaceChain (chain walk, signatures
// against the roster the chain records, state check, outside head) and `steadfast verify`. Every one
// is detected; truncation of the tail is proved undetectable without an anchor and detected with one
// (the head this machine recorded in heads.json). Seeded: TAMPER_SEED=<n> reproduces a run.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceManifest, NodeView, ReleaseView, RunbookDetail } from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { DataDir } from '../../electron/core/app/data-dir';
import { identityPackSigner } from '../../electron/core/app/signers';
import { Workspace } from '../../electron/core/app/workspace';
import { verifyWorkspaceChain } from '../../electron/core/domains/audit/verify';
import { writeManifest, type PackSigner } from '../../electron/core/reports/manifest';
import { entryHash, type AuditRecord } from '../../electron/core/store/audit-chain';
import { AUDITED_TABLES, quoteName } from '../../electron/core/store/state/tables';
import { createIdentity, type UnlockedIdentity } from '../../electron/core/trust/identity-file';
import { signText } from '../../electron/core/trust/keys';
import { auditRecordsOf, rewriteAuditSheet } from '../fixtures/pack-tamper';
import { TEST_KDF, TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';
import {
  alter,
  auditColumnKeys,
  auditedRows,
  flipAsciiByte,
  insertEntry,
  keyParams,
  openForTamper,
  readChain,
  rehashFrom,
  seeded,
  whereKey,
  writeEntry,
  type Row,
} from '../fixtures/tamper-workspace';

const SEED = Number(process.env.TAMPER_SEED ?? Math.floor(Math.random() * 2 ** 31));
const rng = seeded(SEED);
/** Tamperings per kind: 22 workspace kinds (truncation counted once) and 12 pack kinds, over 2,000 in all. */
const WS_PER_KIND = Number(process.env.TAMPER_WS_PER_KIND ?? 70);
const PACK_PER_KIND = Number(process.env.TAMPER_PACK_PER_KIND ?? 45);

const dir = tempDir('steadfast-tamper-');
const t = testSession(dir.path);
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
const NOW = new Date('2026-03-09T12:00:00Z');
/** Tampered copies live in memory-backed storage where there is one: thousands of files, each fsynced. */
const scratch = existsSync('/dev/shm')
  ? mkdtempSync('/dev/shm/steadfast-tamper-')
  : join(dir.path, 'scratch');
const people: Record<string, UnlockedIdentity> = {};
/** A key nobody in the workspace knows: the forger's. */
const mallory = createIdentity(
  { name: 'Mallory', role: 'Analyst', passphrase: TEST_PASSPHRASE },
  NOW,
  TEST_KDF,
).unlocked;

let file = '';
let base: Buffer;
/** The file's bytes after each transaction of the build, by audit head: what a truncation rolls back to. */
const snapshots: { seq: number; bytes: Buffer }[] = [];
/** The auditor's machine: no head recorded for this workspace. */
let noAnchor: DataDir;
/** This machine: heads.json holds the head the app recorded after its last write. */
let anchor: DataDir;
let pack = '';

const results: { kind: string; detected: number; attempted: number }[] = [];
/** `steadfast verify`'s exit codes per pack kind: 1 a mismatch, 2 an unreadable pack, 3 signer not pinned. */
const exitCodes = new Map<string, Map<number, number>>();
let cliChecks = 0;
function tally(kind: string, detected: boolean, why: string): void {
  let r = results.find((x) => x.kind === kind);
  if (!r) results.push((r = { kind, detected: 0, attempted: 0 }));
  r.attempted++;
  if (detected) r.detected++;
  else console.log(`NOT DETECTED (seed ${SEED}): ${kind}: ${why}`);
}

function expectAllDetected(kind: string): void {
  const r = results.find((x) => x.kind === kind)!;
  expect(r.detected, `${kind}: ${r.attempted - r.detected} not detected (seed ${SEED})`).toBe(r.attempted);
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Records the file's state after one transaction of the build. */
function snapshot(): void {
  const ws = t.session.workspace!;
  snapshots.push({ seq: ws.store.audit.head().seq, bytes: ws.db.serialize() });
}

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  people.Ana = await t.as('Ana Souza', 'BCM lead');
  await t.call('workspace.create', { name: 'Tamper' });
  snapshot();
  const node = async (kind: string, name: string, extra: object = {}) => {
    const id = (await t.call<NodeView>('nodes.save', { kind, name, ...extra })).id;
    snapshot();
    return id;
  };
  const billing = await node('process', 'Billing', {
    department: 'Finance',
    description: 'Invoices, dunning',
  });
  const dispatch = await node('process', '東京倉庫 dispatch', { department: 'Warehouse' });
  const ledger = await node('application', 'Ledger');
  const db = await node('application', 'Ledger DB');
  for (const [consumerId, providerId] of [
    [billing, ledger],
    [ledger, db],
    [dispatch, ledger],
  ]) {
    await t.call('edges.save', { consumerId, providerId });
    snapshot();
  }
  for (const [processId, bucketId, severity] of [
    [billing, '1h', 2],
    [billing, '4h', 3],
    [billing, '1d', 4],
    [dispatch, '1d', 3],
  ] as const) {
    await t.call('bia.rate', { processId, categoryId: 'operational', bucketId, severity });
    snapshot();
  }
  const rb = await t.call<RunbookDetail>('runbooks.create', {
    name: 'Restore the ledger',
    templateId: 'restore-from-backup',
  });
  snapshot();
  await t.call('runbooks.transition', { runbookId: rb.summary.id, to: 'in_review' });
  snapshot();
  const release = await t.call<ReleaseView>('releases.save', {
    name: 'Ledger 2.4',
    version: '2.4.0',
    strategy: 'blue-green',
    changeType: 'normal',
    changeSize: 2,
    owner: 'Ana Souza',
    nodeIds: [ledger],
    start: '2026-03-21T08:00:00Z',
    end: '2026-03-21T09:00:00Z',
  });
  snapshot();
  people.Grace = await t.as('Grace Okafor', 'Head of operations');
  snapshot();
  await t.call('runbooks.transition', { runbookId: rb.summary.id, to: 'approved' });
  snapshot();
  await t.call('releases.approve', { releaseId: release.id });
  snapshot();
  // A member whose key was retired: the old key a forger might still hold.
  people.Rex = await t.as('Rex Retired', 'Analyst');
  snapshot();
  await t.call('nodes.save', { kind: 'application', name: 'Rex notes' });
  snapshot();
  await t.as('Ana Souza', 'BCM lead');
  await t.call('members.retire', { fingerprint: people.Rex.fingerprint, reason: 'left the team' });
  snapshot();
  await t.call('bia.rate', { processId: dispatch, categoryId: 'operational', bucketId: '4h', severity: 2 });
  snapshot();
  file = t.session.workspace!.path;
  const final = t.session.workspace!.store.audit.head();
  t.session.replaceWorkspace(null);
  const db0 = new Database(file);
  db0.pragma('wal_checkpoint(TRUNCATE)');
  db0.close();
  base = readFileSync(file);
  anchor = t.dataDir;
  expect(anchor.head(readWorkspaceId())).toMatchObject(final);
  noAnchor = new DataDir(join(dir.path, 'auditor-data'));

  // The pack, exported once by Ana through the CLI.
  pack = join(dir.path, 'pack');
  const r = await cli(
    'export',
    file,
    '--pdf',
    'evidence.pdf',
    '--xlsx',
    'evidence.xlsx',
    '--out',
    pack,
    '--at',
    '2026-03-09T12:00:00Z',
  );
  expect(r, r.err).toMatchObject({ code: 0 });
  expect(manifestOf(pack).keyFingerprint).toBe(people.Ana.fingerprint);
}, 120_000);

afterAll(() => {
  t.session.replaceWorkspace(null);
  const width = Math.max(...results.map((r) => r.kind.length));
  let total = 0;
  for (const r of results) {
    console.log(`${r.kind.padEnd(width)}: ${r.detected}/${r.attempted}`);
    total += r.attempted;
  }
  for (const [kind, codes] of exitCodes)
    console.log(
      `${kind}: exit ${[...codes]
        .sort(([a], [b]) => a - b)
        .map(([c, k]) => `${c} ×${k}`)
        .join(', ')}`,
    );
  console.log(`workspace files also checked with steadfast audit verify: ${cliChecks}, every one exit 1`);
  console.log(`tamper suite: ${total} tamperings, seed ${SEED} (TAMPER_SEED=${SEED} reproduces)`);
  dir.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

function readWorkspaceId(): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id FROM workspace').pluck().get() as string;
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Workspace files

let n = 0;
/** A fresh copy of the workspace file, tampered by `fn`; returns its path. */
function tampered(fn: (db: Database.Database, path: string) => unknown, from: Buffer = base): string {
  const path = join(scratch, `ws-${n++}.steadfast`);
  writeFileSync(path, from);
  const db = openForTamper(path);
  try {
    fn(db, path);
  } finally {
    db.close();
  }
  return path;
}

function removeFile(path: string): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

/** The product's own check; a file the app refuses to open counts as detected, with its reason. */
async function check(path: string, dataDir: DataDir): Promise<{ detected: boolean; why: string }> {
  let ws: Workspace;
  try {
    ws = await Workspace.open(path, dataDir, NOW);
  } catch (e) {
    return { detected: true, why: `refused to open: ${(e as Error).message}` };
  }
  try {
    const v = verifyWorkspaceChain(ws.store, ws.id, dataDir);
    return { detected: !v.ok, why: v.summary };
  } finally {
    ws.close();
  }
}

/**
 * Runs one tampering kind WS_PER_KIND times, checked on the auditor's machine (no anchor). `tamper`
 * may say what it did, for the report of anything not detected.
 */
async function wsKind(
  kind: string,
  tamper: (db: Database.Database, path: string) => string | void,
): Promise<void> {
  for (let i = 0; i < WS_PER_KIND; i++) {
    const did = { what: '' };
    const path = tampered((db, at) => {
      did.what = tamper(db, at) ?? '';
    });
    const r = await check(path, noAnchor);
    tally(kind, r.detected, `${did.what ? `${did.what} → ` : ''}${r.why}`);
    // Every tenth file also through `steadfast audit verify`, in-process: the CLI agrees.
    if (i % 10 === 0) {
      const v = await cli('audit', 'verify', path);
      expect(v.code, `${kind} (seed ${SEED}): audit verify said ${v.out}`).not.toBe(0);
      cliChecks++;
    }
    removeFile(path);
  }
  expectAllDetected(kind);
}

const hasAscii = (text: string) => [...text].some((ch) => ch.charCodeAt(0) > 0 && ch.charCodeAt(0) < 0x80);

/** Runs an attacker's edit until one takes: a constraint may refuse a particular row or value. */
function retried<T>(edit: () => T): T {
  for (let tries = 1; ; tries++) {
    try {
      return edit();
    } catch (e) {
      if (tries >= 50) throw e;
    }
  }
}

const chain = (db: Database.Database) => readChain(db);
const signedSeqs = (rs: AuditRecord[]) => rs.filter((r) => r.signature !== null).map((r) => r.seq);

/** A forged entry appended at the end, hashed onto the head, from a copy of a random earlier entry. */
function forgeNext(
  rs: AuditRecord[],
  signer: string | null,
  sign: (hash: string) => string | null,
): AuditRecord {
  const last = rs[rs.length - 1]!;
  const like = rng.pick(rs.slice(1));
  const entry = {
    ...like,
    seq: last.seq + 1,
    at: new Date(Date.parse(last.at) + 60_000).toISOString(),
    signer,
  };
  const hash = entryHash(last.hash, entry);
  return { ...entry, prevHash: last.hash, hash, signature: sign(hash) };
}

const EDITABLE = [
  'at',
  'actorName',
  'actorRole',
  'action',
  'entity',
  'entityId',
  'beforeJson',
  'afterJson',
] as const;

/** Edits a random field that the hash covers, keeping JSON fields JSON. */
function editCovered(r: AuditRecord): AuditRecord {
  const f = rng.pick(EDITABLE);
  if (f === 'beforeJson' || f === 'afterJson') {
    const v: unknown = r[f] === null ? {} : JSON.parse(r[f]!);
    const obj = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : { value: v };
    return { ...r, [f]: JSON.stringify({ ...obj, forged: rng.int(1000) }) };
  }
  return { ...r, [f]: alter(r[f], rng) };
}

function replacePem(json: string, from: string, to: string): string {
  const enc = (s: string) => JSON.stringify(s).slice(1, -1);
  return json.split(enc(from)).join(enc(to));
}

const memberAdds = (rs: AuditRecord[]) => rs.filter((r) => r.action === 'member.add');

describe('tampering with a workspace file', () => {
  it('is intact before tampering, on both machines', async () => {
    const path = tampered(() => {});
    expect(await check(path, noAnchor)).toMatchObject({ detected: false });
    expect(await check(path, anchor)).toMatchObject({ detected: false });
    const v = await cli('audit', 'verify', path);
    expect(v, v.err).toMatchObject({ code: 0 });
    removeFile(path);
  });

  it('catches an edited field of an audit entry', async () => {
    const keys = auditColumnKeys();
    await wsKind('ws: edit a field of an entry', (db) => {
      const rs = chain(db);
      const r = rng.pick(rs);
      const f = rng.pick(keys) as keyof AuditRecord;
      // seq is the key: moved past the end, so the entry is gone from its place.
      const v = f === 'seq' ? rs.length + 1 + rng.int(5) : alter(r[f], rng);
      writeEntry(db, r.seq, { ...r, [f]: v });
    });
  });

  it('catches a deleted entry', async () => {
    await wsKind('ws: delete an entry', (db) => {
      const rs = chain(db);
      db.prepare('DELETE FROM audit_log WHERE seq = ?').run(rng.pick(rs).seq);
    });
  });

  it('catches two entries reordered', async () => {
    await wsKind('ws: reorder two entries', (db) => {
      const rs = chain(db);
      const i = rng.int(rs.length - 1);
      const j = i + 1 + rng.int(rs.length - i - 1);
      const [a, b] = [rs[i]!, rs[j]!];
      writeEntry(db, a.seq, { ...b, seq: a.seq });
      writeEntry(db, b.seq, { ...a, seq: b.seq });
    });
  });

  it('catches a truncated tail against the anchor, and only against it', async () => {
    const final = snapshots[snapshots.length - 1]!.seq;
    const earlier = snapshots.filter((s) => s.seq < final);
    const snapFiles = new Map<number, string>();
    let unanchored = 0;
    for (let i = 0; i < WS_PER_KIND; i++) {
      const to = rng.pick(earlier);
      let snapFile = snapFiles.get(to.seq);
      if (!snapFile) {
        snapFile = join(scratch, `snap-${to.seq}.steadfast`);
        writeFileSync(snapFile, to.bytes);
        snapFiles.set(to.seq, snapFile);
      }
      // The attacker cuts the chain at a transaction's end and rolls every audited table back to
      // what the remaining chain says (here taken from the file as it was then), so nothing inside
      // the file disagrees.
      const path = tampered((db) => {
        db.prepare('DELETE FROM audit_log WHERE seq > ?').run(to.seq);
        db.prepare('ATTACH DATABASE ? AS snap').run(snapFile);
        for (const table of AUDITED_TABLES) {
          const q = quoteName(table.name);
          db.exec(`DELETE FROM main.${q}; INSERT INTO main.${q} SELECT * FROM snap.${q};`);
        }
        db.exec('DETACH DATABASE snap');
      });
      const without = await check(path, noAnchor);
      if (!without.detected) unanchored++;
      const withAnchor = await check(path, anchor);
      tally('ws: truncate the tail (anchor: heads.json)', withAnchor.detected, withAnchor.why);
      expect(withAnchor.why).toMatch(/truncated/);
      removeFile(path);
    }
    expectAllDetected('ws: truncate the tail (anchor: heads.json)');
    // Without an anchor the truncated file is a consistent earlier workspace: nothing can tell.
    console.log(
      `ws: truncate the tail (no anchor): ${WS_PER_KIND - unanchored}/${WS_PER_KIND} detected, as documented`,
    );
    expect(unanchored).toBe(WS_PER_KIND);
  });

  it('catches an edited entry whose tail was rehashed (the signatures no longer hold)', async () => {
    await wsKind('ws: edit, then rehash the tail', (db) => {
      const rs = chain(db);
      const i = rng.int(rs.length);
      rs[i] = editCovered(rs[i]!);
      rehashFrom(rs, i);
      for (const r of rs.slice(i)) writeEntry(db, r.seq, r);
    });
  });

  it('catches forged entries appended to the chain', async () => {
    const forged = (kind: string, make: (rs: AuditRecord[]) => AuditRecord[]) =>
      wsKind(`ws: append forged, ${kind}`, (db) => {
        for (const r of make(chain(db))) insertEntry(db, r);
      });
    const ana = people.Ana!;
    const grace = people.Grace!;
    await forged('unsigned', (rs) => [forgeNext(rs, null, () => null)]);
    await forged("signed by a stranger's key", (rs) => [
      forgeNext(rs, mallory.fingerprint, (h) => signText(mallory.privateKey, h)),
    ]);
    await forged("a member's fingerprint, no signature", (rs) => [
      forgeNext(rs, rng.pick([ana, grace]).fingerprint, () => null),
    ]);
    await forged("a member's fingerprint, a stranger's signature", (rs) => [
      forgeNext(rs, rng.pick([ana, grace]).fingerprint, (h) => signText(mallory.privateKey, h)),
    ]);
    await forged('an old signature re-used', (rs) => {
      const old = rng.pick(rs.filter((r) => r.signature !== null));
      return [forgeNext(rs, old.signer, () => old.signature)];
    });
    await forged('the stranger adds themself, then writes', (rs) => {
      const template = memberAdds(rs).find((r) => r.entityId === grace.fingerprint)!;
      const add = forgeNext(rs, mallory.fingerprint, () => null);
      const body = {
        ...add,
        action: 'member.add',
        entity: 'member',
        entityId: mallory.fingerprint,
        beforeJson: null,
        afterJson: replacePem(template.afterJson!, grace.publicKeyPem, mallory.publicKeyPem)
          .split(grace.fingerprint)
          .join(mallory.fingerprint),
      };
      const addHash = entryHash(add.prevHash, body);
      const added = { ...body, hash: addHash, signature: signText(mallory.privateKey, addHash) };
      return [added, forgeNext([...rs, added], mallory.fingerprint, (h) => signText(mallory.privateKey, h))];
    });
  });

  it('catches business rows changed with no audit entry', async () => {
    const rowEdit = (kind: string, edit: (db: Database.Database) => boolean) =>
      wsKind(`ws: business rows, ${kind}`, (db) =>
        retried(() => {
          if (!edit(db)) throw new Error('no row changed');
        }),
      );
    await rowEdit('UPDATE a column', (db) => {
      const { table, rows } = rng.pick(auditedRows(db));
      const row = rng.pick(rows);
      const col = rng.pick(table.columns);
      const r = db
        .prepare(`UPDATE ${quoteName(table.name)} SET ${quoteName(col)} = @v WHERE ${whereKey(table)}`)
        .run({ v: alter(row[col], rng), ...keyParams(table, row) });
      return r.changes === 1;
    });
    await rowEdit('INSERT a row', (db) => {
      const { table, rows } = rng.pick(auditedRows(db));
      const row: Row = { ...rng.pick(rows) };
      for (const k of table.key)
        row[k] = typeof row[k] === 'number' ? row[k] + 100_000 : `${String(row[k])}-x`;
      const cols = Object.keys(row);
      db.prepare(
        `INSERT INTO ${quoteName(table.name)} (${cols.map(quoteName).join(', ')}) VALUES (${cols.map((_, i) => `@c${i}`).join(', ')})`,
      ).run(Object.fromEntries(cols.map((c, i) => [`c${i}`, row[c]])));
      return true;
    });
    await rowEdit('DELETE a row', (db) => {
      const { table, rows } = rng.pick(auditedRows(db));
      const row = rng.pick(rows);
      return (
        db.prepare(`DELETE FROM ${quoteName(table.name)} WHERE ${whereKey(table)}`).run(keyParams(table, row))
          .changes === 1
      );
    });
  });

  it('catches a flipped byte in a row payload', async () => {
    const textCells = (db: Database.Database) =>
      auditedRows(db).flatMap(({ table, rows }) =>
        rows.flatMap((row) =>
          table.columns
            .filter((c) => typeof row[c] === 'string' && hasAscii(row[c] as string))
            .map((col) => ({ table, row, col, text: row[col] as string })),
        ),
      );
    await wsKind('ws: flip a byte, business row text', (db) =>
      retried(() => {
        const cell = rng.pick(textCells(db));
        const flipped = flipAsciiByte(cell.text, rng)!;
        db.prepare(
          `UPDATE ${quoteName(cell.table.name)} SET ${quoteName(cell.col)} = @v WHERE ${whereKey(cell.table)}`,
        ).run({ v: flipped, ...keyParams(cell.table, cell.row) });
        return `${cell.table.name}.${cell.col}: ${JSON.stringify(cell.text)} → ${JSON.stringify(flipped)}`;
      }),
    );
    await wsKind("ws: flip a byte, an entry's after_json", (db) => {
      const r = rng.pick(chain(db).filter((x) => x.afterJson !== null));
      writeEntry(db, r.seq, { ...r, afterJson: flipAsciiByte(r.afterJson!, rng) });
    });
    // On the disk itself: one bit of a row's text wherever its bytes sit in an audited table, its
    // indexes or the audit log, with nothing else touched. (The same text in the migrator's own
    // bookkeeping, schema_migrations, is not a row's payload: the state check leaves it out by design.)
    await wsKind('ws: flip a byte in the file, inside row text', (db, path) => {
      const cells = textCells(db).filter((c) => Buffer.byteLength(c.text) >= 6);
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const payload = new Set(
        db
          .prepare(
            `SELECT name FROM sqlite_master WHERE tbl_name IN (${[...AUDITED_TABLES.map((x) => x.name), 'audit_log'].map(() => '?').join(', ')})`,
          )
          .pluck()
          .all(...AUDITED_TABLES.map((x) => x.name), 'audit_log') as string[],
      );
      const owners = new Map(
        (db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map(
          (r) => [r.pageno, r.name],
        ),
      );
      db.close();
      const bytes = readFileSync(path);
      for (;;) {
        const needle = Buffer.from(rng.pick(cells).text, 'utf8');
        const at: number[] = [];
        for (let k = bytes.indexOf(needle); k >= 0; k = bytes.indexOf(needle, k + 1))
          if (payload.has(owners.get(Math.floor(k / pageSize) + 1) ?? '')) at.push(k);
        if (at.length === 0) continue;
        const start = rng.pick(at);
        const offsets = [...needle.keys()].filter((k) => needle[k]! > 0x20 && needle[k]! < 0x7f);
        const o = start + rng.pick(offsets);
        bytes[o] = bytes[o]! ^ (1 << rng.int(5));
        writeFileSync(path, bytes);
        const page = Math.floor(o / pageSize) + 1;
        return `byte ${o} (page ${page}, ${owners.get(page) ?? 'a free page'}) inside ${JSON.stringify(needle.toString())}`;
      }
    });
  });

  it("catches a member's key swapped", async () => {
    const swapTable = (db: Database.Database, fp: string): void => {
      db.prepare('UPDATE member SET public_key_pem = ? WHERE fingerprint = ?').run(mallory.publicKeyPem, fp);
    };
    const swapEntry = (db: Database.Database, rehash: boolean) => {
      const rs = chain(db);
      const adds = memberAdds(rs);
      const add = rng.pick(adds);
      const pem = JSON.parse(add.afterJson!) as { publicKeyPem: string };
      const i = rs.findIndex((r) => r.seq === add.seq);
      rs[i] = { ...add, afterJson: replacePem(add.afterJson!, pem.publicKeyPem, mallory.publicKeyPem) };
      if (rehash) rehashFrom(rs, i);
      for (const r of rehash ? rs.slice(i) : [rs[i]!]) writeEntry(db, r.seq, r);
      return add.entityId;
    };
    const members = () => [people.Ana!, people.Grace!, people.Rex!].map((p) => p.fingerprint);
    await wsKind('ws: swap a key, member table', (db) => swapTable(db, rng.pick(members())));
    await wsKind('ws: swap a key, member.add entry', (db) => swapEntry(db, false));
    await wsKind('ws: swap a key, table and entry, tail rehashed', (db) =>
      swapTable(db, swapEntry(db, true)),
    );
  });

  it('catches a removed signature', async () => {
    await wsKind('ws: remove a signature', (db) => {
      const rs = chain(db);
      const seq = rng.pick(signedSeqs(rs));
      db.prepare('UPDATE audit_log SET signature = NULL WHERE seq = ?').run(seq);
    });
  });

  it('catches the whole chain stripped of signatures and rehashed', async () => {
    // Every entry made to look as if written before personal keys, the chain rehashed from genesis.
    await wsKind('ws: strip every signature, rehash from genesis', (db) => {
      const rs = chain(db).map((r): AuditRecord => ({ ...r, signer: null, signature: null }));
      if (rng.next() < 0.5) {
        const i = rng.int(rs.length);
        rs[i] = editCovered(rs[i]!);
      }
      rehashFrom(rs, 0);
      for (const r of rs) writeEntry(db, r.seq, r);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Evidence packs

function manifestOf(folder: string): EvidenceManifest {
  return JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as EvidenceManifest;
}

let p = 0;
function copyPack(): string {
  const to = join(scratch, `pack-${p++}`);
  cpSync(pack, to, { recursive: true });
  return to;
}

/** Re-digests and re-signs the pack's manifest with `key`, as a forger holding that key would. */
async function resign(folder: string, key: PackSigner, edit: (m: EvidenceManifest) => void = () => {}) {
  const m = manifestOf(folder);
  edit(m);
  await writeManifest(
    folder,
    readdirSync(folder).filter((f) => f !== 'manifest.json' && f !== 'manifest.sig'),
    {
      workspaceId: m.workspaceId,
      workspaceName: m.workspaceName,
      appVersion: m.appVersion,
      createdAt: m.createdAt,
      scope: m.scope,
      chainHead: m.chainHead,
      roster: m.roster,
    },
    key,
  );
}

async function packKind(
  kind: string,
  tamper: (folder: string) => Promise<void> | void,
  allowed: readonly number[] = [1],
  flags: readonly string[] = [],
): Promise<void> {
  for (let i = 0; i < PACK_PER_KIND; i++) {
    const folder = copyPack();
    await tamper(folder);
    const r = await cli('verify', folder, ...flags);
    tally(kind, allowed.includes(r.code), `exit ${r.code}: ${r.err || r.out}`);
    const codes = exitCodes.get(kind) ?? new Map<number, number>();
    exitCodes.set(kind, codes.set(r.code, (codes.get(r.code) ?? 0) + 1));
    expect(r.code, `${kind} (seed ${SEED}): ${r.err}`).not.toBe(0);
    rmSync(folder, { recursive: true, force: true });
  }
  expectAllDetected(kind);
}

/** Every leaf of a JSON value, as a path of keys. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (typeof v === 'object' && v !== null)
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}

describe('tampering with an evidence pack', () => {
  it('verifies untouched, pinned by the exporter being one of this machine’s identities', async () => {
    const r = await cli('verify', pack);
    expect(r, r.err).toMatchObject({ code: 0 });
  });

  it('catches edited manifests, flipped bytes, dropped and added files', async () => {
    await packKind('pack: edit a field of the manifest', (folder) => {
      const m = manifestOf(folder) as unknown as Record<string, unknown>;
      const path = rng.pick(leaves(m));
      let at: Record<string | number, unknown> = m;
      for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      at[last] = alter(at[last], rng);
      writeFileSync(join(folder, 'manifest.json'), JSON.stringify(m, null, 2));
    });
    await packKind('pack: flip bytes in a file', (folder) => {
      const name = rng.pick(readdirSync(folder));
      const bytes = readFileSync(join(folder, name));
      for (let k = 1 + rng.int(3); k > 0; k--) {
        const at = rng.int(bytes.length);
        bytes[at] = bytes[at]! ^ (1 + rng.int(255));
      }
      writeFileSync(join(folder, name), bytes);
    });
    await packKind('pack: drop a file', (folder) => unlinkSync(join(folder, rng.pick(readdirSync(folder)))));
    await packKind('pack: add a file', (folder) => {
      const name = rng.pick(['notes.txt', 'evidence-2.pdf', 'manifest.json.bak', '.hidden', 'inputs.json']);
      writeFileSync(join(folder, name), `added ${rng.int(1e9)}`);
    });
  });

  it('refuses a manifest re-signed with another key, a stranger’s or a retired member’s', async () => {
    const stranger = identityPackSigner(mallory);
    const editSomething = (folder: string) => {
      const name = rng.pick(['evidence.pdf', 'evidence.xlsx']);
      const bytes = readFileSync(join(folder, name));
      const at = rng.int(bytes.length);
      bytes[at] = bytes[at]! ^ 0x01;
      if (rng.next() < 0.5) writeFileSync(join(folder, name), bytes);
    };
    await packKind(
      "pack: re-signed with a stranger's key",
      async (folder) => {
        editSomething(folder);
        await resign(folder, stranger);
      },
      [1, 3],
    );
    await packKind(
      "pack: re-signed with a stranger's key added to the roster",
      async (folder) => {
        editSomething(folder);
        await resign(folder, stranger, (m) => {
          m.roster = [
            ...(m.roster ?? []),
            { fingerprint: mallory.fingerprint, name: 'Mallory', role: 'Analyst', retired: false },
          ] as EvidenceManifest['roster'];
        });
      },
      [1, 3],
    );
    // The auditor pins the forger's key itself: still refused, as that key never joined the chain.
    await packKind(
      "pack: re-signed with a stranger's key, pinned with --key",
      async (folder) => {
        editSomething(folder);
        await resign(folder, stranger);
      },
      [1],
      ['--key', mallory.fingerprint],
    );
    await packKind("pack: re-signed with a retired member's old key", async (folder) => {
      editSomething(folder);
      await resign(folder, identityPackSigner(people.Rex!));
    });
  });

  it('catches the Audit log sheet rewritten and re-signed with the exporter’s own key', async () => {
    const original = await auditRecordsOf(pack);
    const key = identityPackSigner(people.Ana!);
    const clone = () => original.map((r) => ({ ...r }));
    const sheet = (kind: string, make: () => AuditRecord[]) =>
      packKind(`pack: audit sheet, ${kind}`, async (folder) => {
        const s = join(folder, '..', `sheet-scratch-${p}`);
        mkdirSync(s, { recursive: true });
        await rewriteAuditSheet(folder, make(), key, s);
        rmSync(s, { recursive: true, force: true });
      });
    await sheet('edit an entry', () => {
      const rs = clone();
      const i = rng.int(rs.length);
      rs[i] = rng.next() < 0.5 ? editCovered(rs[i]!) : { ...rs[i]!, hash: alter(rs[i]!.hash, rng) as string };
      return rs;
    });
    await sheet('delete an entry', () => {
      const rs = clone();
      rs.splice(rng.int(rs.length), 1);
      return rs;
    });
    await sheet('reorder two entries', () => {
      const rs = clone();
      const i = rng.int(rs.length - 1);
      const j = i + 1 + rng.int(rs.length - i - 1);
      [rs[i], rs[j]] = [rs[j]!, rs[i]!];
      return rs;
    });
    await sheet('append an entry', () => {
      const rs = clone();
      const last = rs[rs.length - 1]!;
      const like = rng.pick(rs);
      const signer = rng.pick([null, people.Ana!.fingerprint, mallory.fingerprint]);
      const entry = { ...like, seq: last.seq + 1, signer };
      const hash = entryHash(last.hash, entry);
      const signature =
        signer === mallory.fingerprint
          ? signText(mallory.privateKey, hash)
          : rng.pick([null, last.signature]);
      rs.push({ ...entry, prevHash: last.hash, hash, signature });
      return rs;
    });
  });
});

describe('the suite as a whole', () => {
  it('made over 2,000 tamperings and detected every one', () => {
    const total = results.reduce((s, r) => s + r.attempted, 0);
    expect(total).toBeGreaterThanOrEqual(
      process.env.TAMPER_WS_PER_KIND || process.env.TAMPER_PACK_PER_KIND ? 0 : 2_000,
    );
    expect(results.filter((r) => r.detected !== r.attempted)).toEqual([]);
  });
});
