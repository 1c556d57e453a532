import { describe, expect, it } from 'vitest';
import { fillBetaQuantiles, PERT_TABLE_KNOTS, pertShape, Rng } from '../../../../shared/domain/runbook';

describe('Rng', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
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
