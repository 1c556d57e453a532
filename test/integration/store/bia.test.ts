// The BIA aggregate on a real SQLite file: ratings, losses and fields read back after a reopen, an
// unchanged write records nothing, retired registers cannot be rated, an edit marks the editor and
// returns a signed-off BIA to draft, and an import's ratings land with one summary entry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
let processId: string;
beforeEach(async () => {
  f = await storeFixture();
  const w = f.w();
  processId = f.ws.write(w, (s) =>
    s.nodes.save(w, {
      kind: 'process',
      name: 'Billing',
      owner: '',
      department: '',
      description: '',
      tierId: null,
      rtoMinutes: null,
      rpoMinutes: null,
      restoreMinutes: null,
    }),
  );
});
afterEach(() => f.cleanup());

const registers = () => f.ws.store.registers.load();

describe('store: bia', () => {
  it('writes ratings, a loss and fields that read back after the file is reopened', async () => {
    const [cat] = registers().categories;
    const [b1, b2] = registers().buckets;
    const w = f.w();
    f.ws.write(w, (s) => {
      const audit = [
        ...s.bia.rate(w, processId, { categoryId: cat!.id, bucketId: b1!.id, severity: 2 }).audit,
        ...s.bia.rate(w, processId, { categoryId: cat!.id, bucketId: b2!.id, severity: 3 }).audit,
        ...s.bia.setLoss(w, processId, b2!.id, 5000).audit,
        ...s.bia.update(w, processId, { wrtMinutes: 60, mbco: '50 % of orders' }).audit,
      ];
      return { value: null, audit };
    });
    const store = (await f.reopen()).store;
    expect(store.bia.ratings(processId)).toEqual(
      expect.arrayContaining([
        { categoryId: cat!.id, bucketId: b1!.id, severity: 2 },
        { categoryId: cat!.id, bucketId: b2!.id, severity: 3 },
      ]),
    );
    expect(store.bia.losses(processId)).toEqual([{ bucketId: b2!.id, amount: 5000 }]);
    expect(store.bia.record(processId)).toMatchObject({
      wrtMinutes: 60,
      mbco: '50 % of orders',
      status: 'draft',
    });
    expect(store.bia.everyRating()).toHaveLength(2);
    expect(store.bia.everyLoss()).toEqual([{ processId, bucketId: b2!.id, amount: 5000 }]);
    expect(store.bia.liveProcesses().map((p) => [p.name, p.record.wrtMinutes])).toEqual([['Billing', 60]]);
  });

  it('audits a rating change with before and after, and an unchanged one not at all; null clears', () => {
    const [cat] = registers().categories;
    const [b1] = registers().buckets;
    const cell = { categoryId: cat!.id, bucketId: b1!.id };
    const w = f.w();
    expect(f.ws.store.bia.rate(w, processId, { ...cell, severity: 4 }).audit).toEqual([
      {
        action: 'bia.rate',
        entity: 'bia',
        entityId: processId,
        before: { ...cell, severity: null },
        after: { ...cell, severity: 4 },
      },
    ]);
    expect(f.ws.store.bia.rate(w, processId, { ...cell, severity: 4 }).audit).toEqual([]);
    f.ws.store.bia.rate(w, processId, { ...cell, severity: null });
    expect(f.ws.store.bia.ratings(processId)).toEqual([]);
    expect(f.ws.store.bia.update(w, processId, { wrtMinutes: undefined }).audit).toEqual([]);
  });

  it('refuses a retired bucket, an unknown category and a retired pinned tier with sentences', () => {
    const [cat] = registers().categories;
    const [b1] = registers().buckets;
    const [tier] = registers().tiers;
    const w = f.w();
    f.ws.write(w, (s) => s.registers.retireBucket(w, b1!.id));
    f.ws.write(w, (s) => s.registers.retireTier(w, tier!.id));
    expect(() =>
      f.ws.store.bia.rate(w, processId, { categoryId: cat!.id, bucketId: b1!.id, severity: 1 }),
    ).toThrow('That time bucket was retired; it cannot be rated.');
    expect(() =>
      f.ws.store.bia.rate(w, processId, { categoryId: 'nope', bucketId: b1!.id, severity: 1 }),
    ).toThrow('There is no impact category with id nope.');
    expect(() => f.ws.store.bia.update(w, processId, { pinnedTierId: tier!.id })).toThrow(
      'That tier does not exist or was retired.',
    );
    expect(() => f.ws.store.bia.record('nope')).toThrow('That process has no BIA (is it a process?).');
  });

  it('an edit after approval records the editor and the return to draft; approval records its approver', async () => {
    const lead = f.w();
    const rec = f.ws.store.bia.record(processId);
    f.ws.write(lead, (s) => s.bia.setStatus(lead, rec, 'in_review'));
    const approver = { ...f.w(), actor: { name: 'Bo Chen', role: 'Risk' } };
    const approval = f.ws.write(approver, (s) => {
      const r = s.bia.setStatus(approver, s.bia.record(processId), 'approved');
      return { value: r.audit, audit: r.audit };
    });
    expect(approval).toEqual([
      {
        action: 'bia.approve',
        entity: 'bia',
        entityId: processId,
        before: { status: 'in_review' },
        after: { status: 'approved', approvedBy: 'Bo Chen', approvedAt: approver.now.toISOString() },
      },
    ]);
    const edit = f.w();
    const reopened = f.ws.write(edit, (s) => {
      const r = s.bia.markEdited(edit, s.bia.record(processId));
      return { value: r.audit, audit: r.audit };
    });
    expect(reopened[0]).toMatchObject({
      action: 'bia.reopen',
      before: { status: 'approved' },
      after: { status: 'draft', reason: 'edited by Ana Souza after it was approved' },
    });
    expect((await f.reopen()).store.bia.record(processId)).toMatchObject({
      status: 'draft',
      lastEditorName: 'Ana Souza',
      approvedBy: 'Bo Chen',
      reopenedByEdit: true,
    });
  });

  it("writes an import's ratings and losses with one summary entry per process", async () => {
    const [c1, c2] = registers().categories;
    const [b1, b2] = registers().buckets;
    const w = f.w();
    f.ws.write(w, (s) => s.bia.rate(w, processId, { categoryId: c2!.id, bucketId: b2!.id, severity: 1 }));
    const entry = f.ws.write(w, (s) => {
      const r = s.bia.importRatings(
        w,
        processId,
        'ratings.csv',
        [
          [c1!.id, b1!.id, 3],
          [c2!.id, b2!.id, null],
        ],
        [[b1!.id, 1200]],
      );
      return { value: r.audit, audit: r.audit };
    });
    expect(entry).toEqual([
      {
        action: 'bia.rate',
        entity: 'bia',
        entityId: processId,
        after: { source: 'import', fileName: 'ratings.csv', ratingsSet: 1, ratingsCleared: 1, lossesSet: 1 },
      },
    ]);
    const store = (await f.reopen()).store;
    expect(store.bia.ratings(processId)).toEqual([{ categoryId: c1!.id, bucketId: b1!.id, severity: 3 }]);
    expect(store.bia.losses(processId)).toEqual([{ bucketId: b1!.id, amount: 1200 }]);
  });
});
