// Monte Carlo of a runbook's total duration: each run draws every step from its Beta-PERT and
// takes the longest path. Everything per-step is precomputed and every buffer is allocated once,
// so 10,000 runs over a few hundred steps cost tens of milliseconds.

import type { Minutes } from '../model';
import { compileRunbook } from './graph';
import { fillBetaQuantiles, PERT_TABLE_KNOTS, pertShape } from './pert';
import { Rng } from './rng';
import type { HistogramBin, MonteCarloOptions, MonteCarloResult, RunbookStep } from './types';

/** Below this, P90 and P(meet RTO) wobble by more than about a percentage point between seeds. */
export const MIN_RUNS = 10_000;
export const DEFAULT_RUNS = 10_000;
/** Caps the totals buffer at 8 MB. */
export const MAX_RUNS = 1_000_000;
export const DEFAULT_SEED = 1;
export const DEFAULT_BINS = 40;
const TWO_POW_MINUS_22 = 1 / 4194304;

export function monteCarlo(steps: readonly RunbookStep[], options: MonteCarloOptions = {}): MonteCarloResult {
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < MIN_RUNS || runs > MAX_RUNS) {
    throw new RangeError(`runs must be a whole number from ${MIN_RUNS} to ${MAX_RUNS} (got ${runs}).`);
  }
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const bins = options.bins ?? DEFAULT_BINS;
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive whole number.`);
  const rto = options.rtoMinutes;
  if (rto !== undefined && !Number.isFinite(rto)) throw new RangeError('rtoMinutes must be a number.');

  const { order, predStart, preds } = compileRunbook(steps);
  const n = steps.length;

  // Each stochastic step samples by interpolating in a quantile table of its Beta shape (see
  // fillBetaQuantiles for why); steps with the same shape share one table.
  const knots = PERT_TABLE_KNOTS;
  const lo = new Float64Array(n);
  const range = new Float64Array(n);
  const tableAt = new Int32Array(n).fill(-1);
  const shapes = new Map<number, number>();
  const tableShapes: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = steps[i]!;
    lo[i] = s.minMinutes;
    range[i] = s.maxMinutes - s.minMinutes;
    if (range[i]! > 0) {
      // alpha determines the shape, since beta = 6 − alpha.
      const { alpha } = pertShape(s.minMinutes, s.likelyMinutes, s.maxMinutes);
      let t = shapes.get(alpha);
      if (t === undefined) {
        t = tableShapes.length * (knots + 1);
        shapes.set(alpha, t);
        tableShapes.push(alpha);
      }
      tableAt[i] = t;
    }
  }
  const tables = new Float64Array(tableShapes.length * (knots + 1));
  tableShapes.forEach((alpha, k) => fillBetaQuantiles(alpha, 6 - alpha, tables, k * (knots + 1)));

  const rng = new Rng(seed);
  const finish = new Float64Array(n);
  const via = new Int32Array(n);
  const onPath = new Float64Array(n);
  const totals = new Float64Array(runs);
  let sum = 0;

  for (let r = 0; r < runs; r++) {
    let total = 0;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      let start = 0;
      let best = -1;
      const qEnd = predStart[i + 1]!;
      for (let q = predStart[i]!; q < qEnd; q++) {
        const p = preds[q]!;
        const f = finish[p]!;
        // Ties go to the earlier-listed step, matching criticalPath().
        if (best < 0 || f > start || (f === start && p < best)) {
          start = f;
          best = p;
        }
      }
      let d = lo[i]!;
      const t = tableAt[i]!;
      if (t >= 0) {
        // Top 10 bits pick the slice of probability, the low 22 bits the point within it.
        const u = rng.nextUint32();
        const at = t + (u >>> 22);
        const q0 = tables[at]!;
        d += range[i]! * (q0 + (u & 0x3fffff) * TWO_POW_MINUS_22 * (tables[at + 1]! - q0));
      }
      const f = start + d;
      finish[i] = f;
      via[i] = best;
      if (last < 0 || f > total || (f === total && i < last)) {
        total = f;
        last = i;
      }
    }
    totals[r] = total;
    sum += total;
    for (let v = last; v >= 0; v = via[v]!) onPath[v]!++;
  }

  const mean = sum / runs;
  let sq = 0;
  for (let r = 0; r < runs; r++) {
    const e = totals[r]! - mean;
    sq += e * e;
  }
  totals.sort();
  const min = totals[0]!;
  const max = totals[runs - 1]!;

  let pMeetRto: number | undefined;
  if (rto !== undefined) pMeetRto = countAtMost(totals, rto) / runs;

  const criticality: Record<string, number> = {};
  for (let i = 0; i < n; i++) criticality[steps[i]!.id] = onPath[i]! / runs;

  const result: MonteCarloResult = {
    runs,
    seed,
    mean,
    stdDev: Math.sqrt(sq / runs),
    p50: quantile(totals, 0.5),
    p90: quantile(totals, 0.9),
    p95: quantile(totals, 0.95),
    min,
    max,
    histogram: histogram(totals, bins),
    criticality,
  };
  if (rto !== undefined) {
    result.rtoMinutes = rto;
    result.pMeetRto = pMeetRto;
  }
  return result;
}

/**
 * Nearest-rank quantile of sorted values: always a total some run actually produced, and the
 * fraction of runs at or below it is at least p — the reading "P90 = 90% of runs finish by then".
 */
export function quantile(sorted: Float64Array, p: number): Minutes {
  const n = sorted.length;
  if (n === 0) return 0;
  const k = Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
  return sorted[k]!;
}

/** Number of sorted values ≤ x, by binary search. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Equal-width bins from min to max; when every run took the same time there is one bin. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (max === min) return [{ binStart: min, binEnd: max, count: n }];
  const width = (max - min) / bins;
  const counts = new Int32Array(bins);
  for (let r = 0; r < n; r++) {
    const b = Math.min(bins - 1, Math.floor((sorted[r]! - min) / width));
    counts[b]!++;
  }
  const out: HistogramBin[] = [];
  for (let b = 0; b < bins; b++) {
    out.push({
      binStart: min + b * width,
      binEnd: b === bins - 1 ? max : min + (b + 1) * width,
      count: counts[b]!,
    });
  }
  return out;
}
