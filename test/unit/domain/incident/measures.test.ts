// MTTR, availability and change failure rate against hand-worked cases, denominators stated.
import { describe, expect, it } from 'vitest';
import {
  availability,
  availabilityReport,
  changeFailureRate,
  monthsBetween,
  mttr,
  timeToRestoreMinutes,
  unionIntervals,
} from '../../../../shared/domain/incident';

const T0 = Date.UTC(2026, 2, 1); // 1 Mar 2026 00:00 UTC
const min = (m: number) => T0 + m * 60_000;

describe('time to restore and MTTR', () => {
  it('measures from the outage start, not its detection', () => {
    // Started 00:10, detected 00:25, restored 01:10: 60 minutes, not 45.
    expect(timeToRestoreMinutes({ startedAt: min(10), restoredAt: min(70) })).toBe(60);
  });

  it('averages restored incidents only and counts the open ones apart', () => {
    // Restored: 30, 60, 150 minutes → mean 240 / 3 = 80, median 60; one still open.
    const m = mttr([
      { startedAt: min(0), restoredAt: min(30) },
      { startedAt: min(100), restoredAt: min(160) },
      { startedAt: min(200), restoredAt: min(350) },
      { startedAt: min(400), restoredAt: null },
    ]);
    expect(m).toEqual({ count: 3, openCount: 1, meanMinutes: 80, medianMinutes: 60 });
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    const m = mttr([
      { startedAt: min(0), restoredAt: min(10) },
      { startedAt: min(0), restoredAt: min(20) },
      { startedAt: min(0), restoredAt: min(40) },
      { startedAt: min(0), restoredAt: min(100) },
    ]);
    expect(m.medianMinutes).toBe(30);
    expect(m.meanMinutes).toBe(42.5);
  });

  it('has no mean with nothing restored', () => {
    expect(mttr([{ startedAt: min(0), restoredAt: null }])).toEqual({
      count: 0,
      openCount: 1,
      meanMinutes: null,
      medianMinutes: null,
    });
  });
});

describe('availability', () => {
  // March 2026 has 31 days = 44,640 minutes.
  const march = { from: T0, to: Date.UTC(2026, 3, 1) };

  it('is 1 − downtime ÷ period, overlapping outages counted once', () => {
    // Outages 00:00–01:00 and 00:30–02:00 overlap: union 120 minutes, not 150.
    const a = availability(
      [
        { from: min(0), to: min(60) },
        { from: min(30), to: min(120) },
      ],
      march,
    );
    expect(a.periodMinutes).toBe(44_640);
    expect(a.downtimeMinutes).toBe(120);
    expect(a.availability).toBeCloseTo(1 - 120 / 44_640, 12); // 0.997312…
    expect(a.incidentCount).toBe(2);
  });

  it('excludes outage time inside a maintenance window and shows it separately', () => {
    // Outage 60 minutes, of which 20 fall in the agreed window: 40 counted, 20 shown.
    const a = availability([{ from: min(0), to: min(60) }], march, [{ from: min(40), to: min(90) }]);
    expect(a.downtimeMinutes).toBe(40);
    expect(a.maintenanceMinutes).toBe(20);
  });

  it('clips an outage that crosses the month boundary', () => {
    // 23:00 on 31 Mar to 01:00 on 1 Apr: 60 minutes in March.
    const end = march.to;
    const a = availability([{ from: end - 60 * 60_000, to: end + 60 * 60_000 }], march);
    expect(a.downtimeMinutes).toBe(60);
  });

  it('merges touching and nested intervals', () => {
    expect(
      unionIntervals([
        { from: 0, to: 10 },
        { from: 10, to: 20 },
        { from: 2, to: 5 },
        { from: 30, to: 40 },
      ]),
    ).toEqual([
      { from: 0, to: 20 },
      { from: 30, to: 40 },
    ]);
  });

  it('lists UTC months between two instants', () => {
    expect(monthsBetween(Date.UTC(2026, 10, 15), Date.UTC(2027, 1, 2)).map((m) => m.label)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
  });
});

describe('change failure rate', () => {
  it('counts a release an incident names as its cause as failed, never above 100 %', () => {
    // Deployed: r1 (ok), r2 (failed), r3 (rolled back), r4 (ok but caused an incident), r5 (ok).
    // r6 is only planned: not deployed. Failed = r2, r3, r4 → 3 of 5 = 60 %.
    const r = changeFailureRate(
      [
        { id: 'r1', status: 'deployed' },
        { id: 'r2', status: 'failed' },
        { id: 'r3', status: 'rolled-back' },
        { id: 'r4', status: 'deployed' },
        { id: 'r5', status: 'deployed' },
        { id: 'r6', status: 'planned' },
      ],
      ['r4', 'r2', null, 'r4'],
    );
    expect(r).toEqual({ deployed: 5, failed: 3, rate: 0.6, failedByIncident: ['r4'] });
  });

  it('has no rate with nothing deployed', () => {
    expect(changeFailureRate([{ id: 'r', status: 'planned' }], ['r']).rate).toBeNull();
  });
});

describe('availability report', () => {
  it('reports each service with incidents per month against its target, with MTTR per service', () => {
    // Service A (target 99.9 %): 60 min down in March (44,640 min) → 1 − 60/44,640 = 99.866 % < 99.9 %.
    // Service B (no target): the same incident (it names both) plus 30 min in April (43,200 min).
    const r = availabilityReport(
      [
        { nodeIds: ['a', 'b'], startedAt: min(0), restoredAt: min(60) },
        { nodeIds: ['b'], startedAt: Date.UTC(2026, 3, 2), restoredAt: Date.UTC(2026, 3, 2) + 30 * 60_000 },
      ],
      [
        { id: 'a', name: 'A', target: 0.999 },
        { id: 'b', name: 'B', target: null },
        { id: 'c', name: 'C', target: 0.99 },
      ],
      T0,
      Date.UTC(2026, 3, 15),
      Date.UTC(2026, 4, 1),
    );
    expect(r.months).toEqual(['2026-03', '2026-04']);
    expect(r.services.map((s) => s.name)).toEqual(['A', 'B']);
    const a = r.services[0]!;
    expect(a.months[0]).toMatchObject({ downtimeMinutes: 60, periodMinutes: 44_640, meetsTarget: false });
    expect(a.months[1]).toMatchObject({ downtimeMinutes: 0, availability: 1, meetsTarget: true });
    expect(a.monthsBelowTarget).toBe(1);
    expect(r.services[1]!.months[1]).toMatchObject({
      downtimeMinutes: 30,
      periodMinutes: 43_200,
      meetsTarget: null,
    });
    expect(r.services[1]!.mttr).toMatchObject({ count: 2, meanMinutes: 45 });
    expect(r.overall).toMatchObject({ count: 2, meanMinutes: 45 });
  });
});
