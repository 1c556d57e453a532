// Small numeric helpers shared by the canary analysis and the delivery metrics.

/**
 * Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, the default of
 * numpy and R), so the median of an even-sized sample is the mean of the middle two.
 * Returns null for an empty sample rather than inventing a value.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (q < 0 || q > 1 || Number.isNaN(q)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (h - lo);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/**
 * Complementary error function, Numerical Recipes (2nd ed., §6.2) Chebyshev fit; fractional error
 * below 1.2e-7 everywhere, which is far finer than any decision taken on a p-value.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Upper tail P(Z ≥ z) of the standard normal distribution. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}
