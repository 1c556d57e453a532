// The nodes aggregate on a real SQLite file: nodes and edges read back after a reopen, a process is
// born with its draft BIA, updates audit only what changed, retiring a node retires its edges, and
// the edge rules (no self-dependency, no grouped soft one, both ends live) hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeFields } from '../../../electron/core/store/nodes';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

const blank = {
  owner: '',
  department: '',
  description: '',
  tierId: null,
  rtoMinutes: null,
  rpoMinutes: null,
  restoreMinutes: null,
} as const;

function save(fields: Partial<NodeFields> & Pick<NodeFields, 'kind' | 'name'>): string {
  const w = f.w();
  return f.ws.write(w, (s) => s.nodes.save(w, { ...blank, ...fields }));
}

describe('store: nodes', () => {
  it('saves nodes and an edge that read back after the file is reopened; a process gets its draft BIA', async () => {
    const billing = save({ kind: 'process', name: 'Billing', department: 'Finance', owner: 'Ana' });
    const erp = save({ kind: 'application', name: 'ERP', rtoMinutes: 240, restoreMinutes: 90 });
    const w = f.w();
    const edgeId = f.ws.write(w, (s) =>
      s.nodes.saveEdge(w, {
        consumerId: billing,
        providerId: erp,
        hard: true,
        groupId: null,
        notes: 'books',
      }),
    );

    const store = (await f.reopen()).store;
    expect(store.nodes.get(erp)).toMatchObject({
      id: erp,
      kind: 'application',
      name: 'ERP',
      rtoMinutes: 240,
      restoreMinutes: 90,
      tierId: null,
      provenMinutes: null,
    });
    expect(store.nodes.list('process').map((n) => n.name)).toEqual(['Billing']);
    expect(store.nodes.list('resource').map((n) => n.name)).toEqual(['ERP']);
    expect(store.nodes.edges()).toEqual([
      { id: edgeId, consumerId: billing, providerId: erp, hard: true, groupId: null, notes: 'books' },
    ]);
    expect(store.nodes.providersOf(billing)).toEqual([{ nodeId: erp, name: 'ERP', kind: 'application' }]);
    expect(store.bia.record(billing)).toMatchObject({ processId: billing, status: 'draft' });
    expect(store.bia.find(erp)).toBeUndefined();
    expect(store.nodes.names()).toEqual(
      new Map([
        [billing, 'Billing'],
        [erp, 'ERP'],
      ]),
    );
  });

  it('an update audits only the fields that changed; an unchanged save writes nothing; kind never changes', () => {
    const erp = save({ kind: 'application', name: 'ERP', rtoMinutes: 240 });
    const w = f.w();
    const changed = f.ws.store.nodes.save(w, {
      ...blank,
      id: erp,
      kind: 'application',
      name: 'ERP',
      rtoMinutes: 120,
    });
    expect(changed.audit).toEqual([
      {
        action: 'node.update',
        entity: 'node',
        entityId: erp,
        before: { rtoMinutes: 240 },
        after: { rtoMinutes: 120 },
      },
    ]);
    const again = f.ws.store.nodes.save(w, {
      ...blank,
      id: erp,
      kind: 'application',
      name: 'ERP',
      rtoMinutes: 120,
    });
    expect(again.audit).toEqual([]);
    expect(() => f.ws.store.nodes.save(w, { ...blank, id: erp, kind: 'process', name: 'ERP' })).toThrow(
      'A application cannot become a process; create a new one instead.',
    );
  });

  it('a duplicate name of the same kind is a CONFLICT sentence', () => {
    save({ kind: 'vendor', name: 'Acme' });
    const w = f.w();
    expect(() => f.ws.store.nodes.save(w, { ...blank, kind: 'vendor', name: 'Acme' })).toThrow(
      'A vendor named "Acme" already exists.',
    );
  });

  it('retiring a node retires every edge on it, with one entry each, and hides both', async () => {
    const a = save({ kind: 'process', name: 'A' });
    const b = save({ kind: 'application', name: 'B' });
    const c = save({ kind: 'site', name: 'C' });
    const w = f.w();
    const ab = f.ws.write(w, (s) =>
      s.nodes.saveEdge(w, { consumerId: a, providerId: b, hard: true, groupId: null, notes: '' }),
    );
    const bc = f.ws.write(w, (s) =>
      s.nodes.saveEdge(w, { consumerId: b, providerId: c, hard: false, groupId: null, notes: '' }),
    );
    const w2 = f.w();
    const audit = f.ws.write(w2, (s) => {
      const r = s.nodes.retire(w2, b);
      return { value: r.audit, audit: r.audit };
    });
    expect(audit[0]).toMatchObject({ action: 'node.retire', entityId: b });
    expect(
      audit
        .slice(1)
        .map((e) => [e.action, e.entityId])
        .sort(),
    ).toEqual(
      [
        ['edge.retire', ab],
        ['edge.retire', bc],
      ].sort(),
    );
    const store = (await f.reopen()).store;
    expect(store.nodes.find(b)).toBeUndefined();
    expect(store.nodes.isLive(b)).toBe(false);
    expect(store.nodes.edges()).toEqual([]);
    expect(store.nodes.everyEdge().every((e) => e.retiredAt !== null)).toBe(true);
    expect(store.nodes.everyNode().find((n) => n.id === b)?.retiredAt).not.toBeNull();
    expect(() => store.nodes.get(b)).toThrow('That process or resource does not exist (or was retired).');
  });

  it('refuses a self-dependency, a grouped soft dependency and an edge to a retired node', () => {
    const a = save({ kind: 'process', name: 'A' });
    const b = save({ kind: 'application', name: 'B' });
    const w = f.w();
    const edge = (over: object) => () =>
      f.ws.store.nodes.saveEdge(w, {
        consumerId: a,
        providerId: b,
        hard: true,
        groupId: null,
        notes: '',
        ...over,
      });
    expect(edge({ providerId: a })).toThrow('A node cannot depend on itself.');
    expect(edge({ hard: false, groupId: 'g1' })).toThrow(
      'A soft dependency cannot be in a redundancy group.',
    );
    f.ws.write(w, (s) => s.nodes.retire(w, b));
    expect(edge({})).toThrow('That process or resource does not exist (or was retired).');
  });

  it('stores map positions of live nodes with one audit entry naming how many moved', async () => {
    const a = save({ kind: 'process', name: 'A' });
    const w = f.w();
    const r = f.ws.store.nodes.savePositions(w, f.ws.id, [
      { id: a, x: 10.4, y: 20.6 },
      { id: 'gone', x: 1, y: 1 },
    ]);
    expect(r).toEqual({
      value: { saved: 1 },
      audit: [{ action: 'map.positions', entity: 'map', entityId: f.ws.id, after: { moved: 1 } }],
    });
    f.ws.write(w, () => r);
    const row = (await f.reopen()).store.nodes.graphRows().find((n) => n.id === a);
    expect([row?.posX, row?.posY]).toEqual([10, 21]);
  });
});
