// Baseline entries for history that predates row images, and `steadfast audit verify` exiting 1 on
// a workspace edited outside the app.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { appendAudit } from '../../electron/core/store/audit-chain';
import { BASELINE_PART_ROWS } from '../../electron/core/store/state/baseline';
import { storeFixture, type StoreFixture } from '../fixtures/store';
import { tempDir } from '../fixtures/session';

/** Nodes written as a release before row images did: the row, and an entry that names it only. */
function writeLikeAnOlderRelease(path: string, count: number): string[] {
  const db = new Database(path);
  const at = '2026-03-02T10:00:00.000Z';
  const ids = Array.from({ length: count }, (_, i) => `old-${i}`);
  db.transaction(() => {
    for (const id of ids) {
      db.prepare(
        "INSERT INTO node (id, kind, name, owner, department, description, created_at, updated_at) VALUES (?, 'application', ?, '', '', '', ?, ?)",
      ).run(id, `Old app ${id}`, at, at);
      appendAudit(db, { name: 'Ana Souza', role: 'BCM lead' }, new Date(at), [
        { action: 'node.create', entity: 'node', entityId: id, after: { name: `Old app ${id}` } },
      ]);
    }
  })();
  db.close();
  return ids;
}

describe('state baseline', () => {
  let f: StoreFixture;
  beforeEach(async () => {
    f = await storeFixture();
  });
  afterEach(() => f.cleanup());

  it('a workspace whose history is incomplete passes after a baseline, and fails after a later direct edit', () => {
    const [id] = writeLikeAnOlderRelease(f.path, 1);
    const before = f.ws.store.state.check();
    expect(before.ok).toBe(false);
    expect(before.differences).toEqual([{ table: 'node', id, kind: 'unaudited' }]);

    const w = f.w();
    const written = f.ws.write(w, (s) => s.state.baseline(w));
    expect(written).toEqual({ tables: [{ table: 'node', rows: 1 }] });
    const entry = f.ws.store.audit.list(1, 0).entries[0]!;
    expect(entry).toMatchObject({ action: 'state.baseline', entity: 'state', entityId: 'node' });
    expect(Object.keys(entry.rowImages?.node ?? {})).toEqual([id]);
    expect(f.ws.store.state.check()).toMatchObject({ ok: true, totalDifferences: 0 });
    expect(f.ws.write(w, (s) => s.state.baseline(w))).toEqual({ tables: [] });

    const db = new Database(f.path);
    db.prepare("UPDATE node SET name = 'Renamed behind the app' WHERE id = ?").run(id);
    db.close();
    expect(f.ws.store.state.check().differences).toEqual([
      {
        table: 'node',
        id,
        field: 'name',
        kind: 'differs',
        expected: `Old app ${id}`,
        actual: 'Renamed behind the app',
      },
    ]);
  });

  it('writes a big table in parts that together replace it', () => {
    const count = BASELINE_PART_ROWS * 2 + 5;
    writeLikeAnOlderRelease(f.path, count);
    const w = f.w();
    f.ws.write(w, (s) => s.state.baseline(w, ['node']));
    const parts = f.ws.store.audit.list(10, 0).entries.filter((e) => e.action === 'state.baseline');
    expect(parts.map((e) => e.after)).toEqual(
      [3, 2, 1].map((part) => ({ table: 'node', rows: count, part, parts: 3 })),
    );
    expect(f.ws.store.state.check()).toMatchObject({ ok: true, rows: expect.any(Number) });
    // Audited writes after the baseline fold onto it.
    const live = f.ws.store.nodes.list()[0]!;
    f.ws.write(w, (s) => s.nodes.retire(w, live.id));
    expect(f.ws.store.state.check().ok).toBe(true);
  });

  it('refuses a table the check does not cover', () => {
    const w = f.w();
    expect(() => f.ws.write(w, (s) => s.state.baseline(w, ['workspace_key']))).toThrow(
      /Not an audited table/,
    );
  });
});

describe('steadfast audit verify with the state check', () => {
  const dir = tempDir();
  const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: 'correct horse battery' };
  afterAll(() => dir.cleanup());
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
    return { code, out, err };
  }

  it('exits 0 on an untouched workspace and 1 naming every row edited outside the app', async () => {
    const file = join(dir.path, 'edited.steadfast');
    expect((await cli('identity', 'new', '--name', 'Ana', '--role', 'Lead')).code).toBe(0);
    expect((await cli('new', file, '--name', 'Edited')).code).toBe(0);
    expect(await cli('audit', 'verify', file)).toMatchObject({ code: 0, err: [] });
    const db = new Database(file);
    const tiers = db.prepare('SELECT id, rto_minutes FROM tier ORDER BY rank LIMIT 2').all() as {
      id: string;
      rto_minutes: number;
    }[];
    for (const t of tiers) db.prepare('UPDATE tier SET rto_minutes = rto_minutes + 1 WHERE id = ?').run(t.id);
    db.close();
    const v = await cli('audit', 'verify', file);
    expect(v.code).toBe(1);
    const lines = tiers.map(
      (t) =>
        `tier ${t.id} field rto_minutes differs from the audit trail: expected ${t.rto_minutes}, found ${t.rto_minutes + 1}`,
    );
    expect(v.err.slice(1)).toEqual(lines);
    expect(v.err[0]).toMatch(/^tier .+ field rto_minutes differs from the audit trail.*1 more difference\.$/);
  });
});
