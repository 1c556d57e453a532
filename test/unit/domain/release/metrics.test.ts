import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeFailureRate, deliveryMetrics, monthlyTrend } from '../../../../shared/domain/release/metrics';
import type { Release } from '../../../../shared/domain/release/types';
import { DAY_MS, MINUTE_MS, RELEASE_STATUSES } from '../../../../shared/domain/release/types';

const jan = { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 1, 1) };
let seq = 0;
function rel(patch: Partial<Release>): Release {
  seq++;
  return {
    id: `r${seq}`,
    name: `Release ${seq}`,
    version: '1',
    nodeIds: ['pay'],
    window: { start: 0, end: 1 },
    strategy: 'rolling',
    changeType: 'normal',
    changeSize: 2,
    status: 'deployed',
    ownerId: 'o',
    ...patch,
  };
}
const day = (d: number, month = 0): number => Date.UTC(2025, month, d);

describe('change failure rate', () => {
  it('zero deployments → null with reason "no deployments"', () => {
    expect(changeFailureRate([], jan)).toEqual({
      failed: 0,
      deployed: 0,
      rate: null,
      reason: 'no deployments',
    });
    const planned = rel({ status: 'planned' });
    const failedBeforeProduction = rel({ status: 'failed' });
    expect(changeFailureRate([planned, failedBeforeProduction], jan).rate).toBeNull();
  });

  it('a failed or rolled-back deployment counts as deployed and as failed; both numbers are shown', () => {
    const rs = [
      rel({ deployedAt: day(2) }),
      rel({ deployedAt: day(3), status: 'failed' }),
      rel({ deployedAt: day(4), status: 'rolled-back' }),
      rel({ deployedAt: day(5), failureDetectedAt: day(5) + 1 }),
    ];
    expect(changeFailureRate(rs, jan)).toEqual({ failed: 3, deployed: 4, rate: 0.75 });
  });

  it('the period is half-open on deployedAt', () => {
    const rs = [rel({ deployedAt: jan.start }), rel({ deployedAt: jan.end, status: 'failed' })];
    expect(changeFailureRate(rs, jan)).toEqual({ failed: 0, deployed: 1, rate: 0 });
  });

  it('is never above 100% and failed never exceeds deployed (property)', () => {
    const arb = fc.record({
      status: fc.constantFrom(...RELEASE_STATUSES),
      deployedAt: fc.option(fc.integer({ min: jan.start - 10 * DAY_MS, max: jan.end + 10 * DAY_MS }), {
        nil: undefined,
      }),
      failureDetectedAt: fc.option(fc.integer({ min: jan.start, max: jan.end }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (patches) => {
        const r = changeFailureRate(patches.map(rel), jan);
        expect(r.failed).toBeLessThanOrEqual(r.deployed);
        if (r.deployed === 0) expect(r.rate).toBeNull();
        else {
          expect(r.rate).toBeGreaterThanOrEqual(0);
          expect(r.rate).toBeLessThanOrEqual(1);
          expect(r.rate).toBe(r.failed / r.deployed);
        }
      }),
    );
  });
});

describe('delivery metrics', () => {
  const minutes = (m: number): number => m * MINUTE_MS;
  const failures = [10, 20, 30, 40, 100].map((m, i) =>
    rel({
      deployedAt: day(i + 1),
      status: 'rolled-back',
      failureDetectedAt: day(i + 1) + minutes(5),
      restoredAt: day(i + 1) + minutes(5 + m),
    }),
  );

  it('deployment frequency per week with the count', () => {
    const rs = Array.from({ length: 8 }, (_, i) => rel({ deployedAt: day(1) + i * DAY_MS }));
    const m = deliveryMetrics(rs, { start: day(1), end: day(15) });
    expect(m.deployments).toEqual({ count: 8, weeks: 2, perWeek: 4 });
  });

  it('time to restore = restored − detected, median and P90 in minutes, with unrestored failures counted', () => {
    const open = rel({ deployedAt: day(10), status: 'failed', failureDetectedAt: day(10) });
    const ok = rel({ deployedAt: day(11) });
    const m = deliveryMetrics([...failures, open, ok], jan);
    expect(m.timeToRestore).toEqual({ count: 5, of: 6, medianMinutes: 30, p90Minutes: 76, unrestored: 1 });
    expect(m.changeFailureRate).toEqual({ failed: 6, deployed: 7, rate: 6 / 7 });
  });

  it('lead time = deploy − commit, median over releases with a commit time', () => {
    const rs = [
      rel({ deployedAt: day(5), committedAt: day(5) - 2 * DAY_MS }),
      rel({ deployedAt: day(6), committedAt: day(6) - 4 * DAY_MS }),
      rel({ deployedAt: day(7) }),
    ];
    const m = deliveryMetrics(rs, jan);
    expect(m.leadTime).toEqual({ count: 2, of: 3, medianMinutes: 3 * 24 * 60, p90Minutes: 5472 }); // P90 = 3.8 days
  });

  it('empty period: zero deployments, null rates and durations', () => {
    const m = deliveryMetrics([], jan);
    expect(m.deployments.count).toBe(0);
    expect(m.changeFailureRate.rate).toBeNull();
    expect(m.timeToRestore.medianMinutes).toBeNull();
    expect(m.leadTime.medianMinutes).toBeNull();
  });
});

describe('monthly trend', () => {
  it('one row per UTC month, clipped to the period', () => {
    const rs = [
      rel({ deployedAt: day(20, 0) }),
      rel({
        deployedAt: day(31, 0) + DAY_MS - 1,
        status: 'failed',
        failureDetectedAt: day(31, 0) + DAY_MS - 1,
      }),
      rel({ deployedAt: day(1, 1) }),
      rel({ deployedAt: day(2, 2) }),
    ];
    const rows = monthlyTrend(rs, { start: day(15, 0), end: day(10, 2) });
    expect(rows.map((r) => [r.month, r.deployments, r.changeFailureRate.rate])).toEqual([
      ['2025-01', 2, 0.5],
      ['2025-02', 1, 0],
      ['2025-03', 1, 0],
    ]);
    expect(rows[0]!.window.start).toBe(day(15, 0));
    expect(rows[2]!.window.end).toBe(day(10, 2));
  });

  it('a month without deployments shows "no deployments"', () => {
    const rows = monthlyTrend([], { start: day(1, 10), end: day(1, 0) + 365 * DAY_MS + 1 });
    expect(rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(rows[0]!.changeFailureRate.reason).toBe('no deployments');
  });
});
