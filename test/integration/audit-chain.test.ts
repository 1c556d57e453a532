import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChainVerification, WorkspaceSummary } from '../../shared/contract';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../electron/core/store/canonical-json';
import { entryHash, GENESIS_HASH } from '../../electron/core/store/audit-chain';
import { Workspace } from '../../electron/core/app/workspace';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let path: string;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  const ws = await t.call<WorkspaceSummary>('workspace.create', { name: 'Chain' });
  for (const name of ['Two', 'Three', 'Four', 'Five']) await t.call('workspace.update', { name });
  // The creator's member.add and workspace.create, signed as one transaction.
  expect(ws.chain.seq).toBe(2);
  path = t.session.workspace!.path;
  t.session.replaceWorkspace(null);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

/** Tampers with the file the way someone with a SQLite editor would: triggers dropped first. */
function tamper(sql: (db: Database.Database) => void) {
  const db = new Database(path);
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  sql(db);
  db.close();
}

async function verify(): Promise<ChainVerification> {
  const ws = await Workspace.open(path, t.dataDir, new Date());
  t.session.replaceWorkspace(ws);
  return t.call<ChainVerification>('audit.verify');
}

describe('audit chain', () => {
  it('an untouched chain verifies, and every write added one entry', async () => {
    const v = await verify();
    expect(v).toMatchObject({ ok: true, checked: 6, head: { seq: 6 }, outsideHead: { status: 'match' } });
    expect(v.summary).toMatch(/Audit chain intact: 6 entries verified/);
  });

  it('detects an edited entry and names it', async () => {
    tamper((db) => db.prepare(`UPDATE audit_log SET after_json = '{"name":"Forged"}' WHERE seq = 3`).run());
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toEqual({ seq: 3, reason: expect.stringMatching(/entry 3 was altered/) });
  });

  it('detects an edited actor', async () => {
    tamper((db) => db.prepare(`UPDATE audit_log SET actor_name = 'Someone else' WHERE seq = 2`).run());
    expect((await verify()).firstBroken?.seq).toBe(2);
  });

  it('detects a deleted entry', async () => {
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE seq = 2').run());
    const v = await verify();
    expect(v.firstBroken).toEqual({ seq: 3, reason: 'entry 2 is missing (deleted)' });
  });

  it('detects reordered entries', async () => {
    tamper((db) => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 2').run();
      db.prepare('UPDATE audit_log SET seq = 2 WHERE seq = 3').run();
      db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = -1').run();
    });
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.firstBroken?.seq).toBe(2);
  });

  it('detects truncation through the head recorded outside the file', async () => {
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE seq > 3').run());
    const v = await verify();
    expect(v.checked).toBe(3);
    expect(v.ok).toBe(false);
    expect(v.outsideHead).toEqual({ status: 'truncated', recordedSeq: 6, fileSeq: 3 });
    expect(v.summary).toMatch(/truncated: this machine recorded entry 6, the file ends at entry 3/);
  });

  it('detects a chain rewritten consistently from an entry on', async () => {
    tamper((db) => {
      // Forge entry 4 and re-hash everything after it: the chain itself is consistent again.
      const rows = db
        .prepare(
          `SELECT seq, at, actor_name AS actorName, actor_role AS actorRole, action, entity,
             entity_id AS entityId, before_json AS beforeJson, after_json AS afterJson, signer
           FROM audit_log WHERE seq >= 4 ORDER BY seq`,
        )
        .all() as Parameters<typeof entryHash>[1][];
      let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = 3').get() as { hash: string }).hash;
      for (const row of rows) {
        const forged = { ...row, afterJson: row.seq === 4 ? '{"name":"Forged"}' : row.afterJson };
        const hash = entryHash(prev, forged);
        db.prepare('UPDATE audit_log SET after_json = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
          forged.afterJson,
          prev,
          hash,
          row.seq,
        );
        prev = hash;
      }
    });
    // Without the signer's key the forger cannot re-sign entry 4: the signature check names it, on
    // any machine, without the head recorded on this one.
    const v = await verify();
    expect(v.checked).toBe(3);
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toEqual({
      seq: 4,
      reason: expect.stringMatching(/signature on entry 4 does not verify/),
    });
    expect(v.outsideHead).toEqual({ status: 'rewritten', seq: 6 });
  });

  it('reports a file with no recorded head on this machine as unknown, not broken', async () => {
    const other = testSession(tempDir().path);
    const ws = await Workspace.open(path, other.dataDir, new Date());
    other.session.replaceWorkspace(ws);
    const v = await other.call<ChainVerification>('audit.verify');
    expect(v).toMatchObject({ ok: true, outsideHead: { status: 'no-record' } });
    other.session.replaceWorkspace(null);
  });

  it('starts from the genesis hash and links every entry', async () => {
    await verify();
    const page = await t.call<{ entries: { seq: number; prevHash: string; hash: string }[] }>(
      'audit.list',
      {},
    );
    const asc = [...page.entries].reverse();
    expect(asc[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < asc.length; i++) expect(asc[i]!.prevHash).toBe(asc[i - 1]!.hash);
  });

  it('hashes exactly the canonical JSON of the whole entry (the documented formula)', () => {
    const before = { name: 'Zoë', nested: { b: [1, 2.5, null], a: 'x' }, '=@': true };
    const row = {
      seq: 42,
      at: '2026-03-02T09:00:00.000Z',
      actorName: 'Ana "Souza"',
      actorRole: 'BCM\nlead',
      action: 'bia.rate',
      entity: 'bia',
      entityId: 'p-1',
      beforeJson: canonicalJson(before),
      afterJson: null,
      signer: null,
    };
    const documented = canonicalJson({
      seq: 42,
      at: row.at,
      actor: { name: row.actorName, role: row.actorRole },
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before,
      after: null,
    });
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${documented}`).digest('hex');
    expect(entryHash(GENESIS_HASH, row)).toBe(expected);
    // A signed entry's hash covers its signer too, as the last key of the same canonical object.
    const signer = 'SHA256:' + 'A'.repeat(43);
    const signedText = canonicalJson({ ...JSON.parse(documented), signer }) as string;
    expect(entryHash(GENESIS_HASH, { ...row, signer })).toBe(
      createHash('sha256').update(`${GENESIS_HASH}\n${signedText}`).digest('hex'),
    );
  });

  it('detects stored JSON re-formatted after it was hashed, even when it means the same', async () => {
    tamper((db) =>
      db.prepare(`UPDATE audit_log SET after_json = replace(after_json, ':', ': ') WHERE seq = 3`).run(),
    );
    expect((await verify()).firstBroken).toEqual({
      seq: 3,
      reason: expect.stringMatching(/entry 3 was altered/),
    });
  });
});
