// The SLO aggregate on a real SQLite file: SLOs and measurements read back after a reopen; a period
// measured again replaces its counts instead of adding a row; an update audits the row as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';
import { seedNode } from './seed';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
  seedNode(f.ws, 'svc-api', 'Booking API');
});
afterEach(() => f.cleanup());

const slo = {
  nodeId: 'svc-api',
  name: 'Availability',
  sliKind: 'availability' as const,
  targetPercent: 99.9,
  windowDays: 28,
  policyMinRemaining: 0,
};
const day = (d: number) => Date.parse(`2026-03-${String(d).padStart(2, '0')}T00:00:00Z`);

describe('store: slos', () => {
  it('an SLO and its measurements read back after reopen, by period end; a period measured again is replaced', async () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.slos.save(w, slo));
    w = f.w();
    f.ws.write(w, (s) =>
      s.slos.importMeasurements(w, id, [
        { periodStart: day(2), periodEnd: day(3), good: 99, total: 100 },
        { periodStart: day(1), periodEnd: day(2), good: 90, total: 100 },
      ]),
    );
    w = f.w();
    f.ws.write(w, (s) =>
      s.slos.addMeasurement(w, id, { periodStart: day(1), periodEnd: day(2), good: 95, total: 100 }),
    );

    const ws = await f.reopen();
    expect(ws.store.slos.list()).toEqual([expect.objectContaining({ ...slo, id })]);
    expect(ws.store.slos.measurements(id)).toEqual([
      { periodStart: day(1), periodEnd: day(2), good: 95, total: 100 },
      { periodStart: day(2), periodEnd: day(3), good: 99, total: 100 },
    ]);
    expect(ws.store.audit.list(2, 0).entries.map((e) => [e.action, e.after])).toEqual([
      ['slo.measurement', { periodStart: day(1), periodEnd: day(2), good: 95, total: 100 }],
      ['slo.import', { measurements: 2 }],
    ]);
  });

  it('an update audits the row as it was; an unknown SLO is NOT_FOUND and records nothing', () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.slos.save(w, slo));
    w = f.w();
    f.ws.write(w, (s) => s.slos.save(w, { ...slo, id, targetPercent: 99.5 }));
    expect(f.ws.store.slos.get(id).targetPercent).toBe(99.5);
    expect(f.ws.store.audit.list(1, 0).entries[0]).toMatchObject({
      action: 'slo.update',
      before: { target_percent: 99.9, sli_kind: 'availability', node_id: 'svc-api' },
      after: { ...slo, id, targetPercent: 99.5 },
    });
    const seq = f.ws.store.audit.head().seq;
    const m = { periodStart: day(1), periodEnd: day(2), good: 1, total: 1 };
    expect(() => f.ws.write(w, (s) => s.slos.addMeasurement(w, 'nope', m))).toThrow(
      /That SLO does not exist/,
    );
    expect(f.ws.store.audit.head().seq).toBe(seq);
  });
});
