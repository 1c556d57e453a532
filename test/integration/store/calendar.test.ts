// The calendar aggregate on a real SQLite file: freezes and maintenance windows read back after a
// reopen with their scopes typed; an update audits the row as it was and the request as it came;
// an unknown or retired window is NOT_FOUND and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodParsedInput } from '../../../shared/contract';
import { storeFixture, type StoreFixture } from '../../fixtures/store';
import { auditSince, seedNode } from './seed';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
  seedNode(f.ws, 'svc-db', 'Orders DB');
});
afterEach(() => f.cleanup());

const may = (day: number) => Date.parse(`2026-05-${String(day).padStart(2, '0')}T00:00:00Z`);

const freeze = (over: Partial<MethodParsedInput<'calendar.saveFreeze'>> = {}) => ({
  name: 'Peak season',
  reason: 'peak',
  start: may(1),
  end: may(3),
  scope: { kind: 'nodes' as const, ids: ['svc-db'] },
  recurrence: 'none',
  until: null,
  ...over,
});

describe('store: calendar', () => {
  it('a freeze reads back after reopen; an update audits the row as it was and the request', async () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.calendar.saveFreeze(w, freeze()));
    const tierId = f.ws.store.registers.load().tiers[0]!.id;
    const seq = f.ws.store.audit.head().seq;
    w = f.w();
    const next = freeze({ name: 'Peak 2', end: may(4), scope: { kind: 'tiers', ids: [tierId] } });
    f.ws.write(w, (s) => s.calendar.saveFreeze(w, { ...next, id }));

    const ws = await f.reopen();
    expect(ws.store.calendar.freezes()).toEqual([
      expect.objectContaining({
        id,
        name: 'Peak 2',
        windowEnd: may(4),
        scopeKind: 'tiers',
        scopeIds: [tierId],
      }),
    ]);
    expect(auditSince(ws, seq)).toEqual([
      {
        action: 'freeze.update',
        entity: 'freeze',
        entityId: id,
        before: expect.objectContaining({
          name: 'Peak season',
          scope_kind: 'nodes',
          scope_ids: '["svc-db"]',
        }),
        after: { ...next, id },
      },
    ]);
  });

  it('an "everything" freeze stores no ids; an unknown id is NOT_FOUND and writes nothing', () => {
    const w = f.w();
    const id = f.ws.write(w, (s) =>
      s.calendar.saveFreeze(w, freeze({ scope: { kind: 'everything', ids: ['ignored'] } })),
    );
    expect(f.ws.store.calendar.freezes()[0]).toMatchObject({ id, scopeKind: 'everything', scopeIds: [] });
    const seq = f.ws.store.audit.head().seq;
    expect(() => f.ws.write(w, (s) => s.calendar.saveFreeze(w, { ...freeze(), id: 'nope' }))).toThrow(
      /That freeze does not exist/,
    );
    expect(f.ws.store.audit.head().seq).toBe(seq);
    expect(f.ws.store.calendar.freezes()).toHaveLength(1);
  });

  it('a weekly maintenance window reads back with its end date; retiring twice is NOT_FOUND', async () => {
    let w = f.w();
    const input = {
      nodeId: 'svc-db',
      name: 'Patch night',
      start: may(1),
      end: may(1) + 7_200_000,
      recurrence: 'weekly' as const,
      until: null,
    };
    const id = f.ws.write(w, (s) => s.calendar.saveMaintenance(w, input));
    w = f.w();
    f.ws.write(w, (s) => s.calendar.saveMaintenance(w, { ...input, id, until: may(30) }));
    const ws = await f.reopen();
    expect(ws.store.calendar.maintenance()).toEqual([
      expect.objectContaining({ id, nodeId: 'svc-db', recurrence: 'weekly', until: may(30) }),
    ]);
    expect(ws.store.audit.list(1, 0).entries[0]).toMatchObject({
      action: 'maintenance.update',
      before: { until: null, recurrence: 'weekly', node_id: 'svc-db' },
    });
    w = f.w();
    ws.write(w, (s) => s.calendar.retireMaintenance(w, id));
    expect(ws.store.calendar.maintenance()).toEqual([]);
    expect(() => ws.write(w, (s) => s.calendar.retireMaintenance(w, id))).toThrow(
      /That maintenance does not exist \(or was retired\)/,
    );
  });
});
