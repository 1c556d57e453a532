// The registers aggregate on a real SQLite file: written rows read back after a reopen, updates
// audit only what changed, retired rows leave the registers, and constraint errors read as sentences.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

describe('store: registers', () => {
  it('saves a tier, a category and a bucket that read back after the file is reopened', async () => {
    const w = f.w();
    const tierId = f.ws.write(w, (s) =>
      s.registers.saveTier(w, undefined, {
        name: 'Tier 9',
        rank: 9,
        rtoMinutes: 4320,
        rpoMinutes: 1440,
        testFrequencyDays: 730,
        description: 'Back office',
      }),
    );
    const pos = f.ws.store.registers.nextCategoryPosition();
    const catId = f.ws.write(w, (s) =>
      s.registers.saveCategory(w, undefined, { name: 'Environmental', position: pos }),
    );
    const bucketId = f.ws.write(w, (s) =>
      s.registers.saveBucket(w, undefined, { label: '90d', minutes: 129600 }),
    );

    const r = (await f.reopen()).store.registers.load();
    expect(r.tiers.find((t) => t.id === tierId)).toEqual({
      id: tierId,
      name: 'Tier 9',
      rank: 9,
      rtoMinutes: 4320,
      rpoMinutes: 1440,
      testFrequencyDays: 730,
      description: 'Back office',
    });
    expect(r.categories.at(-1)).toEqual({ id: catId, name: 'Environmental', position: pos });
    expect(r.buckets.at(-1)).toEqual({ id: bucketId, label: '90d', minutes: 129600 });
  });

  it('an update audits only the fields that changed, and an unchanged save writes nothing', () => {
    const w = f.w();
    const tier = f.ws.store.registers.load().tiers[0]!;
    const { id, ...fields } = tier;
    const changed = f.ws.store.registers.saveTier(w, id, { ...fields, rtoMinutes: fields.rtoMinutes + 30 });
    expect(changed.audit).toEqual([
      {
        action: 'tier.update',
        entity: 'tier',
        entityId: id,
        before: { rtoMinutes: fields.rtoMinutes },
        after: { rtoMinutes: fields.rtoMinutes + 30 },
      },
    ]);
    const again = f.ws.store.registers.saveTier(w, id, { ...fields, rtoMinutes: fields.rtoMinutes + 30 });
    expect(again.audit).toEqual([]);
  });

  it('a retired tier leaves the registers and cannot be edited; an unknown id is a sentence', () => {
    const w = f.w();
    const [first] = f.ws.store.registers.load().tiers;
    f.ws.write(w, (s) => s.registers.retireTier(w, first!.id));
    expect(f.ws.store.registers.load().tiers.map((t) => t.id)).not.toContain(first!.id);
    const { id, ...fields } = first!;
    expect(() => f.ws.store.registers.saveTier(w, id, fields)).toThrow(/was retired/);
    expect(() => f.ws.store.registers.retireTier(w, 'no-such-tier')).toThrow(/There is no tier with id/);
  });
});
