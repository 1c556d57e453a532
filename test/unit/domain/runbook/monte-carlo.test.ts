import { describe, expect, it } from 'vitest';
import { monteCarlo, type RunbookStep } from '../../../../shared/domain/runbook';
import { pertMean, pertVariance, sequentialDependencies } from '../../../fixtures/runbook-steps';

/** A step with a three-point estimate; a single number means a fixed duration. */
function st(id: string, est: number | [number, number, number], dependsOn: string[] = []): RunbookStep {
  const [a, m, b] = typeof est === 'number' ? [est, est, est] : est;
  return { id, title: `Step ${id}`, minMinutes: a, likelyMinutes: m, maxMinutes: b, dependsOn };
}

const RUNS = 10_000;

/** Regularised incomplete beta I_x(a, b) for whole-number shapes: a binomial tail. */
function betaCdfInt(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let sum = 0;
  let choose = 1;
  for (let j = 0; j <= n; j++) {
    if (j > 0) choose = (choose * (n - j + 1)) / j;
    if (j >= a) sum += choose * x ** j * (1 - x) ** (n - j);
  }
  return sum;
}

describe('monteCarlo against closed forms', () => {
  it('a chain of fixed durations takes exactly their sum in every run', () => {
    const steps = sequentialDependencies([st('a', 10), st('b', 20), st('c', 30)]);
    const r = monteCarlo(steps, { seed: 3 });
    for (const v of [r.mean, r.p50, r.p90, r.p95, r.min, r.max]) expect(v).toBe(60);
    expect(r.stdDev).toBe(0);
    expect(r.histogram).toEqual([{ binStart: 60, binEnd: 60, count: RUNS }]);
    expect(r.criticality).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('parallel branches of fixed durations take the longest branch', () => {
    const fork = [st('a', 10), st('b', 25), st('c', 5)];
    expect(monteCarlo(fork).max).toBe(25);
    expect(monteCarlo(fork).min).toBe(25);
    const joined = monteCarlo([...fork, st('d', 5, ['a', 'b', 'c'])]);
    expect(joined.p50).toBe(30);
    expect(joined.p95).toBe(30);
    expect(joined.criticality).toEqual({ a: 0, b: 1, c: 0, d: 1 });
  });

  // Tolerance for a sample mean of N PERT draws: the standard error is σ/√N. The brief's
  // approximation σ ≈ (b − a)/6 can understate the exact PERT σ by up to √(36/28) ≈ 1.13 (the
  // symmetric case; see pertVariance), so we widen by that factor and allow 4 standard errors
  // (a chance miss ≈ 6e-5; the seed is fixed, so the test is deterministic either way). Add
  // 0.001·(b − a) for the quantile-table sampler's bias bound (PERT_TABLE_KNOTS = 1024).
  const meanTolerance = (a: number, b: number, n: number) =>
    (4 * ((b - a) / 6) * Math.sqrt(36 / 28)) / Math.sqrt(n) + 0.001 * (b - a);

  it.each([
    [10, 20, 60],
    [0, 30, 60],
    [5, 5, 65],
    [5, 65, 65],
    [12, 13, 200],
  ])('one PERT step (%d, %d, %d) has sample mean (a + 4m + b)/6 within tolerance', (a, m, b) => {
    for (const seed of [1, 2, 99]) {
      const r = monteCarlo([st('x', [a, m, b])], { seed });
      const tol = meanTolerance(a, b, RUNS);
      expect(Math.abs(r.mean - pertMean(a, m, b))).toBeLessThanOrEqual(tol);
      expect(r.min).toBeGreaterThanOrEqual(a);
      expect(r.max).toBeLessThanOrEqual(b);
      // The spread should match the exact PERT variance to within a few percent at 10,000 runs.
      expect(r.stdDev / Math.sqrt(pertVariance(a, m, b))).toBeGreaterThan(0.95);
      expect(r.stdDev / Math.sqrt(pertVariance(a, m, b))).toBeLessThan(1.05);
    }
  });

  // Dvoretzky–Kiefer–Wolfowitz: P(sup |F_N − F| > ε) ≤ 2·exp(−2Nε²) = 6.7e-4 for N = 10,000 and
  // ε = 0.02, so each reported quantile q must satisfy |F(q) − p| ≤ 0.02 (+ 1/N for nearest rank).
  it.each([
    [3, 3],
    [1, 5],
    [5, 1],
    [2, 4],
  ])('reported quantiles of Beta(%d, %d) match the exact CDF', (alpha, beta) => {
    // a = 0, b = 4 gives alpha = 1 + m: choose m so the shape is the one wanted.
    const m = alpha - 1;
    const r = monteCarlo([st('x', [0, m, 4])], { seed: 11 });
    for (const [q, p] of [
      [r.p50, 0.5],
      [r.p90, 0.9],
      [r.p95, 0.95],
    ] as const) {
      expect(Math.abs(betaCdfInt(q / 4, alpha, beta) - p)).toBeLessThanOrEqual(0.02 + 1 / RUNS);
    }
  });

  it('sums of independent PERT steps add their means', () => {
    const steps = sequentialDependencies([
      st('a', [10, 20, 60]),
      st('b', [5, 10, 15]),
      st('c', [30, 40, 90]),
    ]);
    const expected = pertMean(10, 20, 60) + pertMean(5, 10, 15) + pertMean(30, 40, 90);
    const sd = Math.sqrt(pertVariance(10, 20, 60) + pertVariance(5, 10, 15) + pertVariance(30, 40, 90));
    const r = monteCarlo(steps, { seed: 5 });
    expect(Math.abs(r.mean - expected)).toBeLessThan((4 * sd) / Math.sqrt(RUNS) + 0.15);
  });

  it('the same seed gives identical numbers; a different seed gives different samples', () => {
    const steps = [st('a', [10, 20, 60]), st('b', [5, 30, 40]), st('c', [1, 2, 3], ['a', 'b'])];
    const first = monteCarlo(steps, { seed: 42, rtoMinutes: 50 });
    expect(monteCarlo(steps, { seed: 42, rtoMinutes: 50 })).toEqual(first);
    const other = monteCarlo(steps, { seed: 43, rtoMinutes: 50 });
    expect(other.mean).not.toBe(first.mean);
    expect(other.histogram).not.toEqual(first.histogram);
    expect(first.seed).toBe(42);
  });

  it('P(meet RTO) is 1 at or above the maximum possible total and 0 below the minimum', () => {
    const steps = sequentialDependencies([st('a', [10, 20, 60]), st('b', [5, 10, 15])]);
    expect(monteCarlo(steps, { rtoMinutes: 75 }).pMeetRto).toBe(1);
    expect(monteCarlo(steps, { rtoMinutes: 1000 }).pMeetRto).toBe(1);
    expect(monteCarlo(steps, { rtoMinutes: 14.99 }).pMeetRto).toBe(0);
    const mid = monteCarlo(steps, { rtoMinutes: 35 }).pMeetRto!;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    expect(monteCarlo(steps).pMeetRto).toBeUndefined();
  });

  it('counts a total exactly equal to the RTO as meeting it', () => {
    expect(monteCarlo([st('a', 60)], { rtoMinutes: 60 }).pMeetRto).toBe(1);
  });

  it('fills a 40-bin histogram covering every run, and orders its quantiles', () => {
    const r = monteCarlo([st('a', [10, 20, 60]), st('b', [5, 30, 40], ['a'])], { seed: 8 });
    expect(r.histogram).toHaveLength(40);
    expect(r.histogram.reduce((n, b) => n + b.count, 0)).toBe(RUNS);
    expect(r.histogram[0]!.binStart).toBe(r.min);
    expect(r.histogram[39]!.binEnd).toBe(r.max);
    expect(r.min).toBeLessThanOrEqual(r.p50);
    expect(r.p50).toBeLessThanOrEqual(r.p90);
    expect(r.p90).toBeLessThanOrEqual(r.p95);
    expect(r.p95).toBeLessThanOrEqual(r.max);
  });

  it('gives a dominant branch criticality 1 and an overlapping one a share', () => {
    const r = monteCarlo([
      st('slow', [100, 105, 110]),
      st('fast', [1, 5, 10]),
      st('x', [40, 50, 60]),
      st('y', [45, 50, 55]),
    ]);
    expect(r.criticality['slow']).toBe(1);
    expect(r.criticality['fast']).toBe(0);
    const steps = [st('x', [40, 50, 60]), st('y', [45, 50, 55])];
    const c = monteCarlo(steps, { seed: 4 }).criticality;
    expect(c['x']! + c['y']!).toBeCloseTo(1, 10);
    expect(c['x']).toBeGreaterThan(0.3);
    expect(c['y']).toBeGreaterThan(0.3);
  });

  it('handles an empty runbook', () => {
    const r = monteCarlo([]);
    expect(r.mean).toBe(0);
    expect(r.p90).toBe(0);
  });

  it('refuses too few runs and throws on an invalid runbook', () => {
    expect(() => monteCarlo([st('a', 1)], { runs: 500 })).toThrow(/runs/);
    expect(() => monteCarlo([st('a', 1, ['zzz'])])).toThrow(/zzz/);
  });
});
