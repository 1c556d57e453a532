import { describe, expect, it } from 'vitest';
import type { Slo, SliMeasurement } from '../../../../shared/domain/release/slo';
import { burnRate, burnRates, errorBudget } from '../../../../shared/domain/release/slo';
import { DAY_MS } from '../../../../shared/domain/release/types';

const HOUR = 3_600_000;
const now = Date.UTC(2025, 5, 30);
const slo: Slo = { nodeId: 'pay', sliKind: 'availability', targetPercent: 99.9, windowDays: 30 };

/** `days` daily measurements ending at `now`, newest last. */
function daily(days: number, total: number, bad: number): SliMeasurement[] {
  return Array.from({ length: days }, (_, i) => {
    const periodEnd = now - (days - 1 - i) * DAY_MS;
    return { periodStart: periodEnd - DAY_MS, periodEnd, good: total - bad, total };
  });
}

describe('error budget', () => {
  it('budget = (1 − target) × events; remaining count and fraction', () => {
    const b = errorBudget(slo, daily(10, 100_000, 10), now);
    expect(b.totalEvents).toBe(1_000_000);
    expect(b.budget).toBeCloseTo(1000, 6);
    expect(b.consumed).toBe(100);
    expect(b.remaining).toBeCloseTo(900, 6);
    expect(b.remainingFraction).toBeCloseTo(0.9, 9);
    expect(b.meetsPolicy).toBe(true);
    expect(b.reason).toMatch(/100 bad of 1000000 events/);
  });

  it('an overspent budget goes negative; the display value is clamped', () => {
    const b = errorBudget(slo, daily(10, 100_000, 150), now);
    expect(b.remaining).toBeCloseTo(-500, 6);
    expect(b.remainingFraction).toBeCloseTo(-0.5, 9);
    expect(b.displayFraction).toBe(0);
    expect(b.meetsPolicy).toBe(false);
  });

  it('policy compares the remaining fraction with ≥', () => {
    const strict = { ...slo, targetPercent: 99, policyMinRemainingFraction: 0.25 };
    // budget 10 (1% of 1000), 3 bad → 0.7 remaining.
    const m: SliMeasurement[] = [{ periodStart: now - DAY_MS, periodEnd: now, good: 997, total: 1000 }];
    expect(errorBudget(strict, m, now).meetsPolicy).toBe(true);
    const edge = { ...strict, targetPercent: 50, policyMinRemainingFraction: 0.5 };
    // budget 2 of 4 events; 1 bad → remaining fraction exactly 0.5 → meets.
    const e = errorBudget(edge, [{ periodStart: now - HOUR, periodEnd: now, good: 3, total: 4 }], now);
    expect(e.remainingFraction).toBe(0.5);
    expect(e.meetsPolicy).toBe(true);
    const below = errorBudget(edge, [{ periodStart: now - HOUR, periodEnd: now, good: 2, total: 4 }], now);
    expect(below.remainingFraction).toBe(0);
    expect(below.meetsPolicy).toBe(false);
  });

  it('zero events: no fraction, and the policy is not shown to hold', () => {
    const b = errorBudget(slo, [], now);
    expect(b.remainingFraction).toBeNull();
    expect(b.displayFraction).toBeNull();
    expect(b.meetsPolicy).toBe(false);
    expect(b.reason).toMatch(/No events/);
    expect(errorBudget(slo, daily(3, 0, 0), now).remainingFraction).toBeNull();
  });

  it('a measurement counts when its period closes in (now − window, now]', () => {
    const start = now - 30 * DAY_MS;
    const m = (periodEnd: number): SliMeasurement => ({
      periodStart: periodEnd - HOUR,
      periodEnd,
      good: 9,
      total: 10,
    });
    expect(errorBudget(slo, [m(start)], now).totalEvents).toBe(0);
    expect(errorBudget(slo, [m(start + 1)], now).totalEvents).toBe(10);
    expect(errorBudget(slo, [m(now)], now).totalEvents).toBe(10);
    expect(errorBudget(slo, [m(now + 1)], now).totalEvents).toBe(0);
  });

  it('burn-down is the cumulative remaining budget per period, in time order', () => {
    const ms = daily(4, 1000, 0).map((m, i) => ({ ...m, good: m.total - i }));
    const b = errorBudget({ ...slo, targetPercent: 99 }, ms.reverse(), now);
    // budget 0.01 × 4000 = 40; bad per day 0, 1, 2, 3.
    expect(b.burnDown.map((p) => p.cumulativeBad)).toEqual([0, 1, 3, 6]);
    expect(b.burnDown.map((p) => Math.round(p.remaining * 1e6) / 1e6)).toEqual([40, 39, 37, 34]);
    expect(b.burnDown.at(-1)!.remainingFraction).toBeCloseTo(b.remainingFraction!, 12);
  });

  it('rejects a 100% target and impossible counts', () => {
    expect(() => errorBudget({ ...slo, targetPercent: 100 }, [], now)).toThrow(/between 0 and 100/);
    expect(() =>
      errorBudget(slo, [{ periodStart: now - HOUR, periodEnd: now, good: 11, total: 10 }], now),
    ).toThrow();
  });
});

describe('error budget spent exactly (worked example)', () => {
  // 99.9 % of 1,000 events allows exactly 1 bad event. With 999 good the budget is spent to the
  // event: 0 remaining, 0.0 % — at the default policy of 0 % that still holds ("at or above").
  // In plain floating point 1 − 99.9/100 = 0.0010000000000000009 and this read "−0.0 %, below".
  it('999 good of 1,000 at 99.9 %: budget 1, remaining 0, meets the policy of 0 %', () => {
    const b = errorBudget(slo, [{ periodStart: now - HOUR, periodEnd: now, good: 999, total: 1000 }], now);
    expect(b.budget).toBe(1);
    expect(b.remaining).toBe(0);
    expect(b.remainingFraction).toBe(0);
    expect(b.meetsPolicy).toBe(true);
    expect(b.reason).toContain('0.0% remaining');
    expect(b.reason).not.toContain('−');
    expect(b.reason).not.toContain('-0.0');
  });

  it.each([
    [99.99, 10_000, 1],
    [99.95, 20_000, 10],
    [99.5, 1_000, 5],
    [99.999, 100_000, 1],
  ])('%s %% of %i events allows exactly %i bad events', (targetPercent, total, allowed) => {
    const b = errorBudget(
      { ...slo, targetPercent },
      [{ periodStart: now - HOUR, periodEnd: now, good: total - allowed, total }],
      now,
    );
    expect(b.budget).toBe(allowed);
    expect(b.remaining).toBe(0);
    expect(b.meetsPolicy).toBe(true);
  });
});

describe('burn rate', () => {
  it('is the observed error rate over the allowed one, per window', () => {
    const hourly: SliMeasurement[] = Array.from({ length: 6 }, (_, i) => ({
      periodStart: now - (6 - i) * HOUR,
      periodEnd: now - (5 - i) * HOUR,
      total: 1000,
      // Only the last hour is bad: 10 of 1000 = 1% against 0.1% allowed.
      good: i === 5 ? 990 : 1000,
    }));
    const { short, long } = burnRates(slo, hourly, now);
    expect(short.totalEvents).toBe(1000);
    expect(short.burnRate).toBeCloseTo(10, 9);
    expect(long.totalEvents).toBe(6000);
    expect(long.burnRate).toBeCloseTo(10 / 6, 9);
  });

  it('is null with no events in the window', () => {
    expect(burnRate(slo, daily(2, 100, 1), now - 2 * HOUR, HOUR).burnRate).toBeNull();
  });

  it('a burn rate of 1 spends the budget exactly', () => {
    const r = burnRate({ ...slo, targetPercent: 99 }, daily(1, 1000, 10), now, DAY_MS);
    expect(r.burnRate).toBeCloseTo(1, 9);
  });
});
