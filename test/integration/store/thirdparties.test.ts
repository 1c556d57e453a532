// The third-party aggregate on a real SQLite file: the entity, providers, contracts and supply-chain
// links read back after a reopen, an update audits only what changed, and retired rows leave the
// register.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

describe('store: third parties', () => {
  it('saves the register and reads it back after the file is reopened', async () => {
    const w = f.w();
    const ids = f.ws.write(w, (s) => {
      const e = s.thirdParties.saveEntity(w, {
        lei: '529900T8BM49AURSDO55',
        name: 'Test Bank AG',
        country: 'DE',
        entityType: 'eba_CT:x12',
        competentAuthority: 'BaFin',
        currency: 'EUR',
      });
      const p = s.thirdParties.saveProvider(w, undefined, {
        name: 'Cloud Co',
        lei: '5493001KJTIIGC8Y1R12',
        country: 'IE',
        nodeIds: [],
      });
      const sub = s.thirdParties.saveProvider(w, undefined, {
        name: 'DC Co',
        altCode: 'IE123',
        altCodeType: 'VAT',
        country: 'IE',
      });
      const c = s.thirdParties.saveContract(w, undefined, {
        reference: 'C-1',
        providerId: p.value,
        serviceType: 'S17',
        startDate: '2024-01-01',
        storesData: true,
        storageCountry: 'IE',
        contractedRtoMinutes: 240,
      });
      const l = s.thirdParties.saveLink(w, undefined, {
        contractId: c.value,
        providerId: sub.value,
        recipientId: p.value,
        rank: 2,
      });
      return {
        value: { p: p.value, sub: sub.value, c: c.value, l: l.value },
        audit: [...e.audit, ...p.audit, ...sub.audit, ...c.audit, ...l.audit],
      };
    });
    const ws = await f.reopen();
    const tp = ws.store.thirdParties;
    expect(tp.entity()).toMatchObject({ lei: '529900T8BM49AURSDO55', competentAuthority: 'BaFin' });
    expect(tp.providers().map((p) => [p.name, p.lei, p.altCode, p.personType, p.nodeIds])).toEqual([
      ['Cloud Co', '5493001KJTIIGC8Y1R12', null, 'legal', []],
      ['DC Co', null, 'IE123', 'legal', []],
    ]);
    expect(tp.contracts()[0]).toMatchObject({
      reference: 'C-1',
      providerId: ids.p,
      storesData: true,
      contractedRtoMinutes: 240,
      endDate: null,
    });
    expect(tp.chain()).toEqual([
      { id: ids.l, contractId: ids.c, providerId: ids.sub, recipientId: ids.p, rank: 2 },
    ]);

    // An update audits only the field that changed; a retired contract leaves the register.
    const w2 = f.w();
    const before = ws.store.audit.head().seq;
    const { id: _id, ...fields } = tp.contracts()[0]!;
    ws.write(w2, (s) => s.thirdParties.saveContract(w2, ids.c, { ...fields, contractedRtoMinutes: 60 }));
    const entry = ws.store.audit.list(1, 0).entries[0]!;
    expect(entry.seq).toBe(before + 1);
    expect([entry.action, entry.before, entry.after]).toEqual([
      'contract.update',
      { contractedRtoMinutes: 240 },
      { contractedRtoMinutes: 60 },
    ]);
    ws.write(w2, (s) => s.thirdParties.retireContract(w2, ids.c));
    expect(tp.contracts()).toEqual([]);
    expect(tp.providerState(ids.p)).toBe('live');
  });

  it('refuses a second provider of the same name', () => {
    const w = f.w();
    f.ws.write(w, (s) => s.thirdParties.saveProvider(w, undefined, { name: 'Cloud Co' }));
    expect(() =>
      f.ws.write(w, (s) => s.thirdParties.saveProvider(w, undefined, { name: 'Cloud Co' })),
    ).toThrow(/A provider named "Cloud Co" already exists/);
  });
});
