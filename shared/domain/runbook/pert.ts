// Beta-PERT: the three-point estimate (a, m, b) read as a Beta distribution on [a, b] whose shape
// puts the mode at m, with the classic weight 4 on the most likely value.

import type { Minutes } from '../model';

export interface PertShape {
  a: Minutes;
  m: Minutes;
  b: Minutes;
  /** 1 + 4(m − a)/(b − a); both shapes are 1 when a = b (unused: the step is a constant). */
  alpha: number;
  beta: number;
}

export function pertShape(a: Minutes, m: Minutes, b: Minutes): PertShape {
  const range = b - a;
  if (range <= 0) return { a, m, b, alpha: 1, beta: 1 };
  return { a, m, b, alpha: 1 + (4 * (m - a)) / range, beta: 1 + (4 * (b - m)) / range };
}

/** Quantile knots per tabulated Beta: samples interpolate between 1,025 quantiles whose CDF error is below 1e-6. */
export const PERT_TABLE_KNOTS = 1024;
/** Integration grid for the CDF behind each table. */
const GRID = 2048;
let gridLogs: { lnx: Float64Array; ln1mx: Float64Array } | undefined;

// ln x and ln(1 − x) on the grid are the same for every shape, so they are computed once.
function logsOnGrid(): { lnx: Float64Array; ln1mx: Float64Array } {
  if (!gridLogs) {
    const lnx = new Float64Array(GRID + 1);
    const ln1mx = new Float64Array(GRID + 1);
    for (let k = 0; k <= GRID; k++) {
      lnx[k] = Math.log(k / GRID);
      ln1mx[k] = Math.log(1 - k / GRID);
    }
    gridLogs = { lnx, ln1mx };
  }
  return gridLogs;
}

/**
 * Writes PERT_TABLE_KNOTS + 1 quantiles of Beta(alpha, beta) on [0, 1] (alpha, beta ≥ 1) into
 * `out` from `offset`: knot j is the value below which a fraction j / PERT_TABLE_KNOTS of the mass
 * lies. The CDF comes from the trapezoid rule on a 2,048-cell grid and is inverted linearly.
 *
 * Why a table: a Monte Carlo draw then costs one 32-bit random number and one interpolation,
 * about ten times cheaper than two Marsaglia–Tsang gammas, which is what brings 10,000 runs over
 * 200 steps inside 100 ms. The price is that within each 1/1024 slice of probability the draw is
 * uniform; the mean and the P50–P95 quantiles move by well under 0.1% of (b − a) (see the tests).
 */
export function fillBetaQuantiles(alpha: number, beta: number, out: Float64Array, offset: number): void {
  const { lnx, ln1mx } = logsOnGrid();
  const cdf = new Float64Array(GRID + 1);
  const am1 = alpha - 1;
  const bm1 = beta - 1;
  // The density's end values are set directly: 0 · ln 0 would give NaN when a shape is exactly 1.
  let prev = am1 === 0 ? 1 : 0;
  for (let k = 1; k <= GRID; k++) {
    const pdf = k === GRID ? (bm1 === 0 ? 1 : 0) : Math.exp(am1 * lnx[k]! + bm1 * ln1mx[k]!);
    cdf[k] = cdf[k - 1]! + 0.5 * (prev + pdf);
    prev = pdf;
  }
  const totalMass = cdf[GRID]!;
  out[offset] = 0;
  out[offset + PERT_TABLE_KNOTS] = 1;
  let k = 0;
  for (let j = 1; j < PERT_TABLE_KNOTS; j++) {
    const u = (j / PERT_TABLE_KNOTS) * totalMass;
    while (cdf[k + 1]! < u) k++;
    const lo = cdf[k]!;
    const hi = cdf[k + 1]!;
    out[offset + j] = (k + (hi > lo ? (u - lo) / (hi - lo) : 0)) / GRID;
  }
}
