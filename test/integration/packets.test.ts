// Workshop packets end to end on real files: cut, work on both sides, merge with and without
// conflicts, a tampered packet refused, merging twice, two packets in either order, scope refusals.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyWorkspaceChain } from '../../electron/core/domains/audit/verify';
import { acceptMerge, prepareMerge } from '../../electron/core/domains/packets/merge';
import type { Workspace } from '../../electron/core/app/workspace';
import { packetFixture } from '../fixtures/packets';

let f: Awaited<ReturnType<typeof packetFixture>>;
afterEach(() => f.cleanup());

const verified = (ws: Workspace) => verifyWorkspaceChain(ws.store, ws.headKey, f.dataDir);
const nodeRows = (ws: Workspace) =>
  ws.store.nodes
    .everyNode()
    .map(({ id, name, description, owner, department, retiredAt }) => ({
      id,
      name,
      description,
      owner,
      department,
      retiredAt,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

describe('workshop packets', () => {
  it('merges one-sided changes, keeps the author, verifies, and changes nothing when merged again', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll', department: 'HR' });
    const b = f.node(f.master, f.ana, { name: 'Billing', department: 'Finance' });
    const packet = await f.cut('workshop.steadfast');
    expect(packet.store.packets.current()?.masterId).toBe(f.master.id);
    // The packet's head is recorded under its own key: the master's recorded head is untouched.
    expect(f.master.summary().chain.outsideHead.status).toBe('match');
    const ben = f.person('Ben Okafor');
    const w = f.as(f.ana);
    f.master.write(w, (s) =>
      s.members.add(
        w,
        { fingerprint: ben.fingerprint, name: ben.name, role: ben.role, publicKeyPem: ben.publicKeyPem },
        f.ana.fingerprint,
      ),
    );
    f.edit(packet, f.ana, a, { description: 'Runs monthly payroll' });
    f.edit(f.master, ben, b, { owner: 'Chidi' });

    const review = prepareMerge(f.master, packet);
    expect(review.conflicts).toEqual([]);
    const out = acceptMerge(f.master, review, new Map(), f.as(f.ana));
    expect(out.applied).toBeGreaterThan(0);
    const rows = nodeRows(f.master);
    expect(rows.find((r) => r.id === a)?.description).toBe('Runs monthly payroll');
    expect(rows.find((r) => r.id === b)?.owner).toBe('Chidi');
    expect(verified(f.master)).toMatchObject({ ok: true, state: { ok: true } });
    // The change keeps its author; the merge commits to both heads.
    const entries = f.master.store.audit.list(20, 0).entries;
    const change = entries.find((e) => e.action === 'packet.change' && e.entityId === a);
    expect(change?.after).toMatchObject({ from: { actor: 'Ana Souza', action: 'node.update' } });
    const merge = entries.find((e) => e.action === 'workspace.merge');
    expect(merge?.after).toMatchObject({
      packet: { head: review.head, base: { seq: review.packet.baseSeq } },
    });
    expect(merge?.before).toEqual({ head: review.masterHead });

    const head = f.master.chainHead();
    const again = prepareMerge(f.master, packet);
    expect(again.alreadyMerged).toBe(true);
    acceptMerge(f.master, again, new Map(), f.as(f.ana));
    expect(f.master.chainHead()).toEqual(head);
  });

  it('sends a field both sides changed to review, writes nothing until every conflict has a choice', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll', department: 'HR' });
    const packet = await f.cut('workshop.steadfast');
    f.edit(packet, f.ana, a, { description: 'packet text', owner: 'Dana' });
    f.edit(f.master, f.ana, a, { description: 'master text' });
    const review = prepareMerge(f.master, packet);
    expect(review.conflicts).toMatchObject([
      { field: 'description', kind: 'both-changed', base: '', master: 'master text', packet: 'packet text' },
    ]);
    const head = f.master.chainHead();
    expect(() => acceptMerge(f.master, review, new Map(), f.as(f.ana))).toThrow(
      /1 conflict still need a choice/,
    );
    expect(f.master.chainHead()).toEqual(head);
    acceptMerge(f.master, review, new Map([[review.conflicts[0]!.id, 'packet']]), f.as(f.ana));
    const row = nodeRows(f.master).find((r) => r.id === a);
    expect(row).toMatchObject({ description: 'packet text', owner: 'Dana' });
    expect(verified(f.master).ok).toBe(true);
  });

  it('sends a row retired on one side and edited on the other, and a dependency on a retired node, to review', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll' });
    const app = f.node(f.master, f.ana, { name: 'HR system', kind: 'application' });
    const packet = await f.cut('workshop.steadfast');
    f.edit(packet, f.ana, a, { description: 'still needed' });
    const w = f.as(f.ana);
    packet.write(w, (s) =>
      s.nodes.saveEdge(w, { consumerId: a, providerId: app, hard: true, groupId: null, notes: '' }),
    );
    const w2 = f.as(f.ana);
    f.master.write(w2, (s) => s.nodes.retire(w2, a));
    const review = prepareMerge(f.master, packet);
    expect(review.conflicts.map((c) => c.kind).sort()).toEqual(['missing-end', 'retired-and-edited']);
  });

  it('refuses a packet whose chain was tampered with, naming the entry', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll' });
    const packet = await f.cut('workshop.steadfast');
    f.edit(packet, f.ana, a, { description: 'workshop notes' });
    const seq = packet.chainHead().seq;
    packet.close();
    const raw = new Database(f.file('workshop.steadfast'));
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw
      .prepare(
        `UPDATE audit_log SET after_json = replace(after_json, 'workshop notes', 'forged notes') WHERE seq = ?`,
      )
      .run(seq);
    raw.close();
    const tampered = await f.reopen('workshop.steadfast');
    const head = f.master.chainHead();
    expect(() => prepareMerge(f.master, tampered)).toThrow(
      new RegExp(`does not hold at entry ${seq}: entry ${seq} was altered`),
    );
    expect(f.master.chainHead()).toEqual(head);
  });

  it('merges two packets from one base in either order to the same result', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll' });
    const b = f.node(f.master, f.ana, { name: 'Billing' });
    const p1 = await f.cut('one.steadfast');
    const p2 = await f.cut('two.steadfast');
    f.edit(p1, f.ana, a, { description: 'from one' });
    f.edit(p2, f.ana, b, { description: 'from two' });
    f.edit(p2, f.ana, a, { owner: 'Erin' });
    await f.master.copyTo(f.file('copy.steadfast'));
    const copy = await f.reopen('copy.steadfast');
    for (const p of [p1, p2]) acceptMerge(f.master, prepareMerge(f.master, p), new Map(), f.as(f.ana));
    for (const p of [p2, p1]) acceptMerge(copy, prepareMerge(copy, p), new Map(), f.as(f.ana));
    expect(nodeRows(copy)).toEqual(nodeRows(f.master));
    expect(nodeRows(copy).find((r) => r.id === a)).toMatchObject({ description: 'from one', owner: 'Erin' });
    // Chain and state hold in both (the copy shares the master's id, so their recorded heads differ).
    for (const ws of [f.master, copy]) {
      expect(ws.store.audit.walk().ok).toBe(true);
      expect(ws.store.packets.verifyImported()).toBeNull();
      expect(ws.store.state.check().ok).toBe(true);
    }
  });

  it('refuses writes outside a scoped packet, and audit verify names an imported entry altered after the merge', async () => {
    f = await packetFixture();
    const hr = f.node(f.master, f.ana, { name: 'Payroll', department: 'HR' });
    const fin = f.node(f.master, f.ana, { name: 'Billing', department: 'Finance' });
    const packet = await f.cut('hr.steadfast', { kind: 'departments', values: ['HR'] });
    expect(() => f.edit(packet, f.ana, fin, { description: 'not ours' })).toThrow(
      /department HR .*Billing is outside it/,
    );
    f.edit(packet, f.ana, hr, { description: 'ours' });
    acceptMerge(f.master, prepareMerge(f.master, packet), new Map(), f.as(f.ana));
    expect(verified(f.master).ok).toBe(true);
    const path = f.master.path;
    f.master.close();
    const raw = new Database(path);
    raw
      .prepare(
        `UPDATE imported_audit SET actor_name = 'Mallory' WHERE seq = (SELECT max(seq) FROM imported_audit)`,
      )
      .run();
    raw.close();
    const master = await f.reopen('master.steadfast');
    const v = verified(master);
    expect(v.ok).toBe(false);
    expect(v.summary).toMatch(
      /the packet merged at entry \d+: its entry \d+ was altered after it was imported/,
    );
  });
});
