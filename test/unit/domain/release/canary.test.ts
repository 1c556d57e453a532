import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanaryMetric } from '../../../../shared/domain/release/canary';
import {
  analyseCanary,
  analyseMetric,
  exactUCounts,
  mannWhitneyU,
} from '../../../../shared/domain/release/canary';
import { normalSf, quantile } from '../../../../shared/domain/release/stats';

describe('Mann-Whitney U against published values', () => {
  it('fully separated samples: scipy.stats.mannwhitneyu([1..5], [6..10]) → U=0, exact p=0.007937', () => {
    // Exact two-sided p = 2 / C(10, 5) = 2/252.
    const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.method).toBe('exact');
    expect(r.u1).toBe(0);
    expect(r.u2).toBe(25);
    expect(r.pValue).toBeCloseTo(0.007936507936507936, 12);
    // scipy method="asymptotic" (continuity-corrected): p = 0.012185780355344813.
    const a = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10], { method: 'asymptotic' });
    expect(a.pValue).toBeCloseTo(0.012185780355344813, 6);
    expect(a.z).toBeCloseTo(-12 / Math.sqrt((25 * 11) / 12), 9);
  });

  it('scipy documentation example (males vs females ages): U1=17, exact p=0.1111, asymptotic p=0.11135', () => {
    // scipy.stats.mannwhitneyu docs: males = [19, 22, 16, 29, 24], females = [20, 11, 17, 12].
    const males = [19, 22, 16, 29, 24];
    const females = [20, 11, 17, 12];
    const exact = mannWhitneyU(males, females);
    expect(exact.u1).toBe(17);
    expect(exact.pValue).toBeCloseTo(0.1111111111111111, 12);
    const asym = mannWhitneyU(males, females, { method: 'asymptotic' });
    expect(asym.pValue).toBeCloseTo(0.11134688653314041, 6);
  });

  it('the tortoise and the hare (Wikipedia, "Mann–Whitney U test"): finishing order THHHHHTTTTTH gives U_T=11, U_H=25', () => {
    // Values are finishing positions; U of the hare counts (hare, tortoise) pairs the tortoise wins.
    const tortoise = [1, 7, 8, 9, 10, 11];
    const hare = [2, 3, 4, 5, 6, 12];
    const r = mannWhitneyU(hare, tortoise);
    expect(r.u1).toBe(11);
    expect(r.u2).toBe(25);
    // scipy.stats.mannwhitneyu(tortoise, hare) → U=25, exact p = 0.30952380952380953.
    expect(mannWhitneyU(tortoise, hare).pValue).toBeCloseTo(0.30952380952380953, 12);
  });

  it('ties use the tie-corrected normal approximation (scipy values)', () => {
    const x = [1, 2, 2, 3, 4, 5];
    const y = [2, 3, 3, 6, 7, 8, 9];
    const r = mannWhitneyU(x, y);
    expect(r.hasTies).toBe(true);
    expect(r.method).toBe('asymptotic');
    expect(r.u1).toBe(9);
    expect(r.pValue).toBeCloseTo(0.09667054340670089, 6);
    expect(mannWhitneyU(x, y, { continuity: false }).pValue).toBeCloseTo(0.0830174329605808, 6);
    expect(() => mannWhitneyU(x, y, { method: 'exact' })).toThrow(/ties/);
  });

  it('larger samples with a tie: scipy gives U=23.5, p=0.009722', () => {
    const x = [3.1, 2.4, 5.6, 1.2, 8.8, 4.4, 6.1, 7.0, 2.2, 9.5, 3.3, 5.0];
    const y = [4.0, 6.6, 7.7, 8.1, 9.9, 10.2, 5.5, 6.9, 11.0, 12.3, 8.8];
    const r = mannWhitneyU(x, y);
    expect(r.u1).toBe(23.5);
    expect(r.pValue).toBeCloseTo(0.009722091774453939, 6);
  });

  it('exact method beyond 10 on request: scipy exact for n=3 vs 12 separated → p=0.004396', () => {
    const y = Array.from({ length: 12 }, (_, i) => i + 4);
    expect(mannWhitneyU([1, 2, 3], y).method).toBe('asymptotic');
    expect(mannWhitneyU([1, 2, 3], y, { method: 'exact' }).pValue).toBeCloseTo(0.004395604395604396, 12);
  });

  it('identical constant samples give p = 1', () => {
    const r = mannWhitneyU([5, 5, 5], [5, 5]);
    expect(r.pValue).toBe(1);
    expect(r.z).toBe(0);
  });

  it('exact counts match brute-force enumeration of every arrangement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (m, n) => {
        const counts = new Array<number>(m * n + 1).fill(0);
        // Enumerate which of the m+n ranks belong to x.
        for (let mask = 0; mask < 1 << (m + n); mask++) {
          let bits = 0;
          for (let b = 0; b < m + n; b++) if (mask & (1 << b)) bits++;
          if (bits !== m) continue;
          let u = 0;
          let ysBelow = 0;
          for (let b = 0; b < m + n; b++) {
            if (mask & (1 << b)) u += ysBelow;
            else ysBelow++;
          }
          counts[u]!++;
        }
        expect(exactUCounts(m, n)).toEqual(counts);
      }),
      { numRuns: 40 },
    );
  });

  it('U1 + U2 = n1·n2 and the p-value is symmetric in the samples', () => {
    const sample = fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = mannWhitneyU(x, y);
        const b = mannWhitneyU(y, x);
        expect(a.u1 + a.u2).toBe(x.length * y.length);
        expect(a.u1).toBe(b.u2);
        expect(a.pValue).toBeCloseTo(b.pValue, 12);
        expect(a.pValue).toBeGreaterThan(0);
        expect(a.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('stats helpers', () => {
  it('normal tail matches tables', () => {
    expect(normalSf(1.959963984540054)).toBeCloseTo(0.025, 7);
    expect(normalSf(0)).toBeCloseTo(0.5, 7);
    expect(normalSf(-1)).toBeCloseTo(0.8413447460685429, 7);
  });

  it('quantile interpolates like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
    expect(quantile([], 0.5)).toBeNull();
  });
});

const range = (from: number, n: number, step = 1): number[] =>
  Array.from({ length: n }, (_, i) => from + i * step);

function metric(patch: Partial<CanaryMetric>): CanaryMetric {
  return {
    id: 'latency',
    name: 'p99 latency',
    direction: 'higher-is-worse',
    tolerance: 0.1,
    baseline: range(100, 10),
    canary: range(100, 10),
    ...patch,
  };
}

const passing = metric({});
const failing = metric({ canary: range(150, 10) });
const marginal = metric({ baseline: [100, 200, 300], canary: [150, 250, 350] });

describe('per-metric verdicts', () => {
  it('pass when the canary matches the baseline', () => {
    const r = analyseMetric(passing);
    expect(r.verdict).toBe('pass');
    expect(r.degradation).toBe(0);
  });

  it('fail when significantly worse and beyond tolerance', () => {
    const r = analyseMetric(failing);
    expect(r.significantlyWorse).toBe(true);
    expect(r.beyondTolerance).toBe(true);
    expect(r.degradation).toBeCloseTo(50 / 104.5, 9);
    expect(r.verdict).toBe('fail');
  });

  it('marginal when beyond tolerance but not significant (too few samples)', () => {
    const r = analyseMetric(marginal);
    expect(r.beyondTolerance).toBe(true);
    expect(r.significantlyWorse).toBe(false);
    expect(r.verdict).toBe('marginal');
  });

  it('marginal when significantly worse but within tolerance', () => {
    const r = analyseMetric(metric({ baseline: range(100, 10, 0.1), canary: range(101, 10, 0.1) }));
    expect(r.significantlyWorse).toBe(true);
    expect(r.beyondTolerance).toBe(false);
    expect(r.verdict).toBe('marginal');
  });

  it('lower-is-worse: a throughput drop fails, a rise passes', () => {
    const drop = metric({ direction: 'lower-is-worse', baseline: range(1000, 10), canary: range(500, 10) });
    expect(analyseMetric(drop).verdict).toBe('fail');
    const rise = metric({ direction: 'lower-is-worse', baseline: range(500, 10), canary: range(1000, 10) });
    const r = analyseMetric(rise);
    expect(r.verdict).toBe('pass');
    expect(r.degradation).toBeLessThan(0);
  });

  it('a significant improvement passes', () => {
    expect(analyseMetric(metric({ baseline: range(150, 10), canary: range(100, 10) })).verdict).toBe('pass');
  });

  it('a zero baseline median: any worsening is beyond tolerance', () => {
    const errors = metric({ baseline: range(0, 10, 0), canary: range(1, 10, 0) });
    const r = analyseMetric(errors);
    expect(r.degradation).toBeNull();
    expect(r.beyondTolerance).toBe(true);
    expect(r.verdict).toBe('fail');
  });

  it('an empty sample cannot be judged: inconclusive, not marginal or fail', () => {
    expect(analyseMetric(metric({ canary: [] })).verdict).toBe('inconclusive');
  });
});

describe('overall canary score', () => {
  it('all passing scores 100 and passes', () => {
    const r = analyseCanary([passing, passing]);
    expect(r.score).toBe(100);
    expect(r.verdict).toBe('pass');
  });

  it('marginal counts half: 9 pass + 1 marginal = 95 (pass); 4 pass + 1 marginal = 90 (pass at threshold)', () => {
    expect(analyseCanary([...Array<CanaryMetric>(9).fill(passing), marginal]).score).toBe(95);
    const r = analyseCanary([...Array<CanaryMetric>(4).fill(passing), marginal]);
    expect(r.score).toBe(90);
    expect(r.verdict).toBe('pass');
  });

  it('between thresholds is marginal; below the marginal threshold fails', () => {
    const m = analyseCanary([passing, passing, passing, failing]);
    expect(m.score).toBe(75);
    expect(m.verdict).toBe('marginal');
    const f = analyseCanary([passing, failing]);
    expect(f.score).toBe(50);
    expect(f.verdict).toBe('fail');
  });

  it('weights and thresholds are editable', () => {
    const r = analyseCanary([{ ...passing, weight: 3 }, failing], {
      passThreshold: 70,
      marginalThreshold: 50,
    });
    expect(r.score).toBe(75);
    expect(r.verdict).toBe('pass');
  });

  it('a failing critical metric fails the canary whatever the score', () => {
    const r = analyseCanary([...Array<CanaryMetric>(19).fill(passing), { ...failing, critical: true }]);
    expect(r.score).toBe(95);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toMatch(/Critical/);
  });

  it('no metrics: no score, inconclusive', () => {
    expect(analyseCanary([])).toMatchObject({ score: null, verdict: 'inconclusive' });
  });

  // Issue 13 item 13. Worked example: error rate and latency, both with baseline samples but no canary
  // samples yet. Before, each counted as marginal (credit ½), the score was 50 < 75 and the canary read
  // "fail" although nothing had been measured. Now nothing is judged: no score, "inconclusive".
  it('nothing could be judged: inconclusive, not fail', () => {
    const r = analyseCanary([
      metric({ id: 'err', name: 'Error rate', canary: [] }),
      metric({ id: 'lat', name: 'Latency', canary: [] }),
    ]);
    expect(r).toMatchObject({ score: null, verdict: 'inconclusive' });
    expect(r.reason).toBe('Nothing could be judged. Not judged (no samples): Error rate, Latency.');
  });

  // One metric passes (100 over what was judged), one has no samples: silence must not pass, so marginal.
  it('a judged pass with an unjudged metric beside it is marginal, and says which was not judged', () => {
    const r = analyseCanary([passing, metric({ id: 'lat', name: 'Latency', canary: [] })]);
    expect(r.score).toBe(100);
    expect(r.verdict).toBe('marginal');
    expect(r.reason).toMatch(/Not judged \(no samples\): Latency\./);
  });
});
