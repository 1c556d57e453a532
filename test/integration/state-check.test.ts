// The state check on real files: the demo replays exactly (every primitive it uses audits the rows
// it leaves), and edits made outside the app (an update, a delete, an insert, a flipped byte) in
// every audited table are named by table, id and field.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateDifference } from '../../shared/contract';
import { DataDir } from '../../electron/core/app/data-dir';
import { Workspace } from '../../electron/core/app/workspace';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { identityWriteContext } from '../../electron/core/app/signers';
import { createIdentity } from '../../electron/core/trust/identity-file';
import { verifyWorkspaceChain } from '../../electron/core/domains/audit/verify';
import { handlers } from '../../electron/core/handlers';
import { AUDITED_TABLES, keySql, quoteName } from '../../electron/core/store/state/tables';
import { compareWithLive } from '../../electron/core/store/state/compare';
import { replayChain } from '../../electron/core/store/state/replay';
import { cutPacket } from '../../electron/core/domains/packets/cut';
import { acceptMerge, prepareMerge } from '../../electron/core/domains/packets/merge';
import { TEST_KDF, TEST_PASSPHRASE, tempDir } from '../fixtures/session';

const dir = tempDir();
const dataDir = new DataDir(join(dir.path, 'data'));
const demo = join(dir.path, 'demo.steadfast');
const at = new Date('2026-11-02T09:00:00Z');
// A member who joins the demo (its lead adds them) and writes through the store, signed.
const grace = createIdentity(
  { name: 'Grace Okafor', role: 'Release manager', passphrase: TEST_PASSPHRASE },
  at,
  TEST_KDF,
).unlocked;
const w = identityWriteContext(grace, at);

/** A copy of the demo file, opened raw as someone with the file and sqlite3 would. */
function rawCopy(name: string): { path: string; db: Database.Database } {
  const path = join(dir.path, name);
  copyFileSync(demo, path);
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  // Guard triggers (append-only run events) are no obstacle to someone editing the file.
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all())
    db.exec(`DROP TRIGGER ${quoteName(String(name))}`);
  return { path, db };
}

async function checkFile(path: string) {
  const ws = await Workspace.open(path, dataDir, at);
  try {
    return verifyWorkspaceChain(ws.store, ws.id, dataDir, { limit: 10_000 });
  } finally {
    ws.close();
  }
}

type Row = Record<string, unknown>;

/** Tables the demo master holds rows of (a packet's own record lives only in packets). */
const MASTER_TABLES = AUDITED_TABLES.filter((t) => t.name !== 'workspace_packet');

/** The first two rows of a table, by rowid, with their keys as the check names them. */
function firstRows(
  db: Database.Database,
  table: (typeof AUDITED_TABLES)[number],
): (Row & { __key: string })[] {
  return db
    .prepare(`SELECT ${keySql(table)} AS __key, * FROM ${quoteName(table.name)} ORDER BY rowid LIMIT 2`)
    .all() as (Row & { __key: string })[];
}

beforeAll(async () => {
  const ws = await buildDemoWorkspace(demo, dataDir, new Date('2026-11-01T09:00:00Z'), handlers, grace);
  try {
    // The two tables the demo leaves empty get a row each, through the app.
    const release = ws.store.releases.list()[0]!;
    ws.write(w, (s) =>
      s.releases.addWaiver(w, release.id, {
        checkId: 'error-budget',
        justification: 'Known',
        approver: 'Grace Okafor',
      }),
    );
    ws.write(w, (s) => s.releases.setRiskWeights(w, { tier: 0.5 }));
    // A workshop packet brought back fills packet_merge and imported_audit.
    const packetPath = join(dir.path, 'packet.steadfast');
    await cutPacket(ws, packetPath, { kind: 'whole', values: [] }, dataDir, w);
    const packet = await Workspace.open(packetPath, dataDir, at);
    try {
      acceptMerge(ws, prepareMerge(ws, packet), new Map(), w);
    } finally {
      packet.close();
    }
  } finally {
    ws.close();
  }
}, 180_000);
afterAll(() => dir.cleanup());

describe('state check', () => {
  it('replays the demo exactly: every audited table matches the chain', async () => {
    const v = await checkFile(demo);
    expect(v.state.differences).toEqual([]);
    expect(v.state).toMatchObject({ ok: true, totalDifferences: 0, tables: AUDITED_TABLES.length });
    expect(v.state.rows).toBeGreaterThan(1000);
    expect(v.ok).toBe(true);
    expect(v.summary).toMatch(/State intact: \d+ rows in \d+ tables match the audit trail\.$/);
    const db = new Database(demo, { readonly: true });
    for (const t of MASTER_TABLES) {
      const n = db
        .prepare(`SELECT count(*) FROM ${quoteName(t.name)}`)
        .pluck()
        .get() as number;
      expect(n, `${t.name} has rows to tamper with`).toBeGreaterThan(0);
    }
    db.close();
  });

  it('names an updated field and a row inserted with no audit entry, in every audited table', async () => {
    const { path, db } = rawCopy('edited.steadfast');
    const wanted: StateDifference[] = [];
    for (const t of MASTER_TABLES) {
      const [a] = firstRows(db, t);
      const { __key: key, ...row } = a!;
      const field = t.columns.find((c) => !t.key.includes(c) && row[c] !== null)!;
      const was = row[field];
      const now = typeof was === 'number' ? was + 1 : `${String(was)}X`;
      db.prepare(`UPDATE ${quoteName(t.name)} SET ${quoteName(field)} = ? WHERE ${keySql(t)} = ?`).run(
        now,
        key,
      );
      wanted.push({ table: t.name, id: key, field, kind: 'differs', expected: was, actual: now });
      // A forged copy: new key, every text changed (so no unique index refuses it).
      const copy = Object.fromEntries(
        t.columns.map((c) => [c, typeof row[c] === 'string' ? `${String(row[c])}-forged` : row[c]]),
      );
      const k0 = t.key[0]!;
      if (typeof row[k0] === 'number') copy[k0] = (row[k0] as number) + 100_000;
      db.prepare(
        `INSERT INTO ${quoteName(t.name)} (${t.columns.map(quoteName).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`,
      ).run(...t.columns.map((c) => copy[c]));
      const forgedKey = db
        .prepare(`SELECT ${keySql(t)} FROM ${quoteName(t.name)} ORDER BY rowid DESC LIMIT 1`)
        .pluck()
        .get() as string;
      wanted.push({ table: t.name, id: forgedKey, kind: 'unaudited' });
    }
    db.close();
    const v = await checkFile(path);
    expect(v.ok).toBe(false);
    expect(v.state.ok).toBe(false);
    for (const d of wanted) expect(v.state.differences, `${d.table} ${d.kind}`).toContainEqual(d);
    expect(v.state.totalDifferences).toBe(wanted.length);
  });

  it('names a deleted row in every audited table (but the workspace record) as missing', async () => {
    const { path, db } = rawCopy('deleted.steadfast');
    const wanted: StateDifference[] = [];
    // Without its workspace row a file does not open at all (FILE_CORRUPT), so that one is kept.
    for (const t of MASTER_TABLES.filter((x) => x.name !== 'workspace')) {
      const [a] = firstRows(db, t);
      db.prepare(`DELETE FROM ${quoteName(t.name)} WHERE ${keySql(t)} = ?`).run(a!.__key);
      wanted.push({ table: t.name, id: a!.__key, kind: 'missing' });
    }
    db.close();
    const v = await checkFile(path);
    expect(v.state.differences).toEqual(expect.arrayContaining(wanted));
    expect(v.state.totalDifferences).toBe(wanted.length);
  });

  it("says plainly which runbook step's text differs from the audit trail", async () => {
    const { path, db } = rawCopy('step.steadfast');
    const step = db.prepare('SELECT id, title FROM runbook_step ORDER BY rowid LIMIT 1').get() as {
      id: string;
      title: string;
    };
    db.prepare("UPDATE runbook_step SET title = title || 'X' WHERE id = ?").run(step.id);
    db.close();
    const v = await checkFile(path);
    expect(v.summary).toBe(
      `runbook_step ${step.id.slice(0, 8)}… field title differs from the audit trail: expected '${step.title}', found '${step.title}X'.`,
    );
  });

  it('detects a random byte flipped inside a row payload on disk (five tries)', async () => {
    for (let round = 0; round < 5; round++) {
      const { path, db } = rawCopy(`flipped-${round}.steadfast`);
      // Rewritten without free space, so every copy of a title in the table's pages is a live row's
      // (a deleted row's old cell would otherwise hold the same text).
      db.exec('VACUUM');
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      const pages = db
        .prepare("SELECT pageno FROM dbstat WHERE name = 'runbook_step' AND pagetype = 'leaf'")
        .pluck()
        .all() as number[];
      const steps = db.prepare('SELECT id, title FROM runbook_step').all() as { id: string; title: string }[];
      db.close();
      const file = readFileSync(path);
      // A random step, a random ASCII letter of its title, found in the table's own pages (the audit
      // trail holds the same text elsewhere in the file), its case flipped: still valid UTF-8.
      const step = steps[Math.floor(Math.random() * steps.length)]!;
      const title = Buffer.from(step.title, 'utf8');
      const letters = [...title.keys()].filter((i) => /[A-Za-z]/.test(String.fromCharCode(title[i]!)));
      const pos = letters[Math.floor(Math.random() * letters.length)]!;
      let offset = -1;
      for (const p of pages) {
        const i = file.subarray((p - 1) * pageSize, p * pageSize).indexOf(title);
        if (i >= 0) {
          offset = (p - 1) * pageSize + i + pos;
          break;
        }
      }
      expect(offset, `title of step ${step.id} found in its table's pages`).toBeGreaterThan(0);
      file[offset] = file[offset]! ^ 0x20;
      writeFileSync(path, file);
      const v = await checkFile(path);
      expect(v.state.ok, `flipped byte ${pos} of "${step.title}"`).toBe(false);
      // The same text can sit in another step (a later version's copy) or in another column.
      expect(v.state.differences).toContainEqual(
        expect.objectContaining({ table: 'runbook_step', kind: 'differs' }),
      );
    }
  });

  it('expects a column a later migration added at its default in rows imaged before it existed', () => {
    // Entries written before a migration added node.department (default '') carry images without it.
    const { path, db } = rawCopy('added-column.steadfast');
    db.close();
    const sqlite = new Database(path, { readonly: true });
    try {
      const expected = replayChain(sqlite).expected;
      const nodes = expected.get('node')!;
      for (const [id, image] of nodes) {
        if (image === null) continue;
        const { department: _dropped, ...rest } = JSON.parse(image) as Row;
        nodes.set(id, JSON.stringify(rest));
      }
      const owned = sqlite.prepare("SELECT id FROM node WHERE department <> ''").pluck().all() as string[];
      const unowned = sqlite.prepare("SELECT count(*) FROM node WHERE department = ''").pluck().get();
      expect(owned.length).toBeGreaterThan(0);
      expect(unowned).toBeGreaterThan(0);
      const c = compareWithLive(sqlite, expected, 10_000);
      // Rows at the default match; rows holding anything else are named with the field.
      expect(c.differences.map((d) => `${d.table}/${d.id}/${d.field}`).sort()).toEqual(
        owned.map((id) => `node/${id}/department`).sort(),
      );
    } finally {
      sqlite.close();
    }
  });
});
