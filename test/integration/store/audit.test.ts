// The audit aggregate on a real SQLite file: entries written with changes read back after a reopen
// (newest first, with the total), stream up to a head, and walk as an intact chain; the hash of a
// stored entry is the documented formula over its exact stored text.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../../electron/core/store/audit-chain';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

function writeSome(n: number): void {
  for (let i = 0; i < n; i++) {
    const w = f.w();
    const tier = f.ws.store.registers.load().tiers[0]!;
    const { id, ...fields } = tier;
    f.ws.write(w, (s) => s.registers.saveTier(w, id, { ...fields, rtoMinutes: fields.rtoMinutes + 1 }));
  }
}

describe('store: audit', () => {
  it('entries read back after reopen newest first with the total; the head is the last entry', async () => {
    writeSome(3);
    const ws = await f.reopen();
    const page = ws.store.audit.list(2, 0);
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.seq)).toEqual([4, 3]);
    expect(page.entries[0]).toMatchObject({
      action: 'tier.update',
      actorName: 'Ana Souza',
      actorRole: 'BCM lead',
    });
    expect(ws.store.audit.list(10, 3).entries.map((e) => e.action)).toEqual(['workspace.create']);
    expect(ws.store.audit.head()).toEqual({ seq: 4, hash: page.entries[0]!.hash });
    expect(ws.store.audit.outsideHead(f.dataDir.head(ws.id))).toEqual({ status: 'match' });
  });

  it('streams entries up to a head, oldest first, with the stored JSON text untouched', () => {
    writeSome(3);
    const rows = [...f.ws.store.audit.upTo(3)];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]!.beforeJson).toMatch(/^\{"rtoMinutes":\d+\}$/);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
  });

  it('walks an intact chain, and every stored hash is SHA-256 over the previous hash and the entry', () => {
    writeSome(2);
    expect(f.ws.store.audit.walk()).toMatchObject({ ok: true, checked: 3, head: f.ws.store.audit.head() });
    for (const row of f.ws.store.audit.upTo(3)) {
      const canonical =
        `{"action":${JSON.stringify(row.action)},"actor":{"name":${JSON.stringify(row.actorName)},` +
        `"role":${JSON.stringify(row.actorRole)}},"after":${row.afterJson ?? 'null'},"at":${JSON.stringify(row.at)},` +
        `"before":${row.beforeJson ?? 'null'},"entity":${JSON.stringify(row.entity)},` +
        `"entityId":${JSON.stringify(row.entityId)},"seq":${row.seq}}`;
      const expected = createHash('sha256').update(`${row.prevHash}\n${canonical}`).digest('hex');
      expect(row.hash).toBe(expected);
      expect(entryHash(row.prevHash, row)).toBe(expected);
    }
  });

  it('names the first altered entry', () => {
    writeSome(3);
    // An edit that bypassed the app: the append-only triggers dropped first.
    f.ws.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    f.ws.db.prepare(`UPDATE audit_log SET actor_role = 'Intern' WHERE seq = 3`).run();
    expect(f.ws.store.audit.walk()).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: expect.stringMatching(/altered after it was written/) },
    });
  });

  it('streams entries up to a head without holding the connection: a write between two entries succeeds', () => {
    writeSome(2_100); // more than two pages
    const seen: number[] = [];
    for (const r of f.ws.store.audit.upTo(2_050)) {
      seen.push(r.seq);
      // As an export does between two steps of its workbook: the app writes meanwhile.
      if (r.seq === 10 || r.seq === 1_500) writeSome(1);
    }
    expect(seen).toEqual(Array.from({ length: 2_050 }, (_, i) => i + 1));
  });
});
