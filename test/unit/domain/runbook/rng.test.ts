import { describe, expect, it } from 'vitest';
import {
  fillBetaQuantiles,
  PERT_TABLE_KNOTS,
  pertMean,
  pertShape,
  Rng,
  samplePert,
} from '../../../../shared/domain/runbook';

describe('Rng', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });

  // With N = 200,000 draws the standard error of a mean is σ/447; 5 standard errors is the bound.
  const N = 200_000;
  const moments = (draw: () => number) => {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < N; i++) {
      const x = draw();
      s += x;
      s2 += x * x;
    }
    const mean = s / N;
    return { mean, variance: s2 / N - mean * mean };
  };

  it('draws uniforms strictly inside (0, 1) with mean 1/2', () => {
    const r = new Rng(1);
    let lo = 1;
    let hi = 0;
    const m = moments(() => {
      const u = r.next();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      return u;
    });
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(m.mean - 0.5)).toBeLessThan((5 * Math.sqrt(1 / 12)) / Math.sqrt(N));
  });

  it('draws standard normals (ziggurat) with mean 0 and variance 1', () => {
    const r = new Rng(2);
    const m = moments(() => r.normal());
    expect(Math.abs(m.mean)).toBeLessThan(5 / Math.sqrt(N));
    // Var of the sample variance of a normal is 2/N.
    expect(Math.abs(m.variance - 1)).toBeLessThan(5 * Math.sqrt(2 / N));
  });

  it.each([0.5, 1, 2.7, 5])('draws Gamma(%d) with mean and variance equal to the shape', (k) => {
    const r = new Rng(3);
    const m = moments(() => r.gamma(k));
    expect(Math.abs(m.mean - k)).toBeLessThan((5 * Math.sqrt(k)) / Math.sqrt(N));
    expect(Math.abs(m.variance / k - 1)).toBeLessThan(0.05);
  });

  it('draws exact Beta-PERT samples with mean (a + 4m + b)/6', () => {
    const r = new Rng(4);
    const m = moments(() => samplePert(r, 10, 20, 60));
    expect(Math.abs(m.mean - pertMean(10, 20, 60))).toBeLessThan((5 * Math.sqrt(75)) / Math.sqrt(N));
    expect(samplePert(r, 7, 7, 7)).toBe(7);
  });
});

describe('Beta-PERT', () => {
  it('derives the shapes from the three-point estimate', () => {
    expect(pertShape(10, 20, 60)).toMatchObject({ alpha: 1.8, beta: 4.2 });
    expect(pertShape(0, 0, 10)).toMatchObject({ alpha: 1, beta: 5 });
    expect(pertShape(5, 5, 5)).toMatchObject({ alpha: 1, beta: 1 });
  });

  it('tabulates quantiles whose CDF matches the exact one to 1e-6', () => {
    const out = new Float64Array(PERT_TABLE_KNOTS + 1);
    const cdfs: [number, number, (x: number) => number][] = [
      [3, 3, (x) => 10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5],
      [1, 5, (x) => 1 - (1 - x) ** 5],
      [5, 1, (x) => x ** 5],
      [2, 4, (x) => 1 - (1 - x) ** 5 - 5 * x * (1 - x) ** 4],
    ];
    for (const [a, b, cdf] of cdfs) {
      fillBetaQuantiles(a, b, out, 0);
      let worst = 0;
      for (let j = 0; j <= PERT_TABLE_KNOTS; j++)
        worst = Math.max(worst, Math.abs(cdf(out[j]!) - j / PERT_TABLE_KNOTS));
      expect(worst).toBeLessThan(1e-6);
    }
  });

  it('has a table mean within 0.001 of the exact Beta mean for fractional shapes', () => {
    const out = new Float64Array(PERT_TABLE_KNOTS + 1);
    for (const alpha of [1, 1.3, 1.8, 2.5, 3.7, 4.9, 5]) {
      fillBetaQuantiles(alpha, 6 - alpha, out, 0);
      // The sampler is uniform within each slice, so its mean is the mean of slice midpoints.
      let mean = 0;
      for (let j = 0; j < PERT_TABLE_KNOTS; j++) mean += (out[j]! + out[j + 1]!) / 2;
      mean /= PERT_TABLE_KNOTS;
      expect(Math.abs(mean - alpha / 6)).toBeLessThan(0.001);
    }
  });
});
