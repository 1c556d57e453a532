// Canary analysis: compare each metric's canary samples with the baseline by the two-sided
// Mann-Whitney U test (as Kayenta does) and by the shift of the median, then score the whole canary.

import { median, normalSf } from './stats';

export type MannWhitneyMethod = 'exact' | 'asymptotic';

export interface MannWhitneyResult {
  n1: number;
  n2: number;
  /** U of the first sample: pairs (x, y) with x > y, plus half of the tied pairs (scipy's U1). */
  u1: number;
  /** U of the second sample; u1 + u2 = n1·n2. */
  u2: number;
  /** Normal-approximation z of u1 (tie-corrected, continuity-corrected toward zero); positive when x tends larger. */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  method: MannWhitneyMethod;
  hasTies: boolean;
}

export interface MannWhitneyOptions {
  /** 'auto' (default) uses the exact distribution when n1, n2 ≤ 10 and there are no ties. */
  method?: 'auto' | MannWhitneyMethod;
  /** Continuity correction for the normal approximation; default true (as scipy). */
  continuity?: boolean;
}

export const EXACT_MAX_N = 10;

/** Average ranks (1-based) of the pooled sample, ties sharing the mean of their ranks. */
function averageRanks(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length).fill(0);
  const tieGroups: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    if (j > i) tieGroups.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieGroups };
}

const exactCache = new Map<string, number[]>();

/**
 * Number of orderings of m x's and n y's giving each U = 0..m·n, by the recurrence
 * f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u): the largest value is either an x (beating all
 * n y's) or a y (beating none). Valid only without ties.
 */
export function exactUCounts(m: number, n: number): number[] {
  const key = `${m},${n}`;
  const hit = exactCache.get(key);
  if (hit) return hit;
  let out: number[];
  if (m === 0 || n === 0) {
    out = [1];
  } else {
    const a = exactUCounts(m - 1, n);
    const b = exactUCounts(m, n - 1);
    out = new Array<number>(m * n + 1).fill(0);
    for (let u = 0; u <= m * n; u++) out[u] = (u - n >= 0 ? (a[u - n] ?? 0) : 0) + (b[u] ?? 0);
  }
  exactCache.set(key, out);
  return out;
}

export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  options: MannWhitneyOptions = {},
): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('Mann-Whitney U needs at least one value in each sample');
  if ([...x, ...y].some((v) => !Number.isFinite(v))) throw new RangeError('samples must be finite numbers');
  const { ranks, tieGroups } = averageRanks([...x, ...y]);
  const r1 = ranks.slice(0, n1).reduce((s, r) => s + r, 0);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const hasTies = tieGroups.length > 0;

  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const tieTerm = tieGroups.reduce((s, t) => s + t ** 3 - t, 0);
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const continuity = options.continuity ?? true;
  const d = u1 - mu;
  const z = sigma > 0 ? (Math.sign(d) * Math.max(0, Math.abs(d) - (continuity ? 0.5 : 0))) / sigma : 0;

  const requested = options.method ?? 'auto';
  const method: MannWhitneyMethod =
    requested === 'auto'
      ? !hasTies && n1 <= EXACT_MAX_N && n2 <= EXACT_MAX_N
        ? 'exact'
        : 'asymptotic'
      : requested;

  let pValue: number;
  if (method === 'exact') {
    if (hasTies) throw new RangeError('the exact distribution assumes no ties; use the asymptotic method');
    const counts = exactUCounts(n1, n2);
    const total = counts.reduce((s, c) => s + c, 0);
    // Two-sided: double the upper tail beyond the larger U (the distribution is symmetric).
    const uMax = Math.max(u1, u2);
    let tail = 0;
    for (let u = Math.ceil(uMax); u < counts.length; u++) tail += counts[u]!;
    pValue = Math.min(1, (2 * tail) / total);
  } else {
    pValue = sigma > 0 ? Math.min(1, 2 * normalSf(Math.abs(z))) : 1;
  }
  return { n1, n2, u1, u2, z, pValue, method, hasTies };
}

export type MetricDirection = 'higher-is-worse' | 'lower-is-worse';
/** 'inconclusive': nothing could be judged (no samples), which is neither a pass nor a failure. */
export type CanaryVerdict = 'pass' | 'marginal' | 'fail' | 'inconclusive';

export interface CanaryMetric {
  id: string;
  name: string;
  direction: MetricDirection;
  /** Relative degradation of the median allowed, e.g. 0.1 = canary median may be 10% worse. */
  tolerance: number;
  baseline: readonly number[];
  canary: readonly number[];
  /** Weight in the overall score; default 1. */
  weight?: number;
  /** A failing critical metric fails the whole canary whatever the score. */
  critical?: boolean;
}

export interface CanaryMetricResult {
  id: string;
  name: string;
  verdict: CanaryVerdict;
  baselineMedian: number | null;
  canaryMedian: number | null;
  /**
   * Relative change of the median in the worse direction (0.2 = 20% worse, negative = better);
   * null when the baseline median is 0 and the canary's is not (no relative scale exists).
   */
  degradation: number | null;
  beyondTolerance: boolean;
  /** p < alpha and the canary's values are shifted in the worse direction. */
  significantlyWorse: boolean;
  test: MannWhitneyResult | null;
  reason: string;
}

export interface CanaryOptions {
  alpha?: number;
  /** Score at or above which the canary passes; default 90. */
  passThreshold?: number;
  /** Score at or above which the canary is marginal; default 75. */
  marginalThreshold?: number;
  mannWhitney?: MannWhitneyOptions;
}

export interface CanaryResult {
  /**
   * 0..100: weighted share of passing metrics among those that could be judged, a marginal metric
   * counting half. Null when no metric could be judged.
   */
  score: number | null;
  verdict: CanaryVerdict;
  metrics: CanaryMetricResult[];
  reason: string;
}

export const DEFAULT_CANARY_OPTIONS = { alpha: 0.05, passThreshold: 90, marginalThreshold: 75 } as const;

/**
 * Verdict of one metric:
 * - fail: significantly worse (two-sided p < alpha, shifted the bad way) AND the median is worse
 *   beyond tolerance — the degradation is both real and large enough to matter;
 * - marginal: exactly one of those holds — a large shift the samples cannot confirm, or a real shift
 *   within tolerance; a person should look;
 * - pass: neither.
 * - inconclusive: a sample is empty, so there is nothing to judge; it is left out of the score, and
 *   the canary as a whole cannot pass while a metric is inconclusive (silence must not pass).
 */
export function analyseMetric(metric: CanaryMetric, options: CanaryOptions = {}): CanaryMetricResult {
  const alpha = options.alpha ?? DEFAULT_CANARY_OPTIONS.alpha;
  const baselineMedian = median(metric.baseline);
  const canaryMedian = median(metric.canary);
  const base = { id: metric.id, name: metric.name, baselineMedian, canaryMedian };
  if (baselineMedian === null || canaryMedian === null) {
    return {
      ...base,
      verdict: 'inconclusive',
      degradation: null,
      beyondTolerance: false,
      significantlyWorse: false,
      test: null,
      reason: `${metric.name}: no ${baselineMedian === null ? 'baseline' : 'canary'} samples; cannot be judged.`,
    };
  }
  const sign = metric.direction === 'higher-is-worse' ? 1 : -1;
  const worseBy = sign * (canaryMedian - baselineMedian);
  let degradation: number | null;
  let beyondTolerance: boolean;
  if (baselineMedian === 0) {
    degradation = worseBy === 0 ? 0 : null;
    beyondTolerance = worseBy > 0;
  } else {
    degradation = worseBy / Math.abs(baselineMedian);
    beyondTolerance = degradation > metric.tolerance;
  }
  const test = mannWhitneyU(metric.canary, metric.baseline, options.mannWhitney);
  const significantlyWorse = test.pValue < alpha && sign * (test.u1 - (test.n1 * test.n2) / 2) > 0;
  const verdict: CanaryVerdict =
    significantlyWorse && beyondTolerance
      ? 'fail'
      : significantlyWorse || beyondTolerance
        ? 'marginal'
        : 'pass';
  const change =
    degradation === null
      ? 'worse from a zero baseline'
      : `${Math.abs(degradation * 100).toFixed(1)}% ${degradation >= 0 ? 'worse' : 'better'}`;
  const reason =
    `${metric.name}: canary median ${canaryMedian} vs baseline ${baselineMedian} (${change}; tolerance ` +
    `${(metric.tolerance * 100).toFixed(1)}%), p = ${test.pValue.toPrecision(3)} (${test.method})` +
    (significantlyWorse ? ', significantly worse.' : '.');
  return { ...base, verdict, degradation, beyondTolerance, significantlyWorse, test, reason };
}

const CREDIT: Record<Exclude<CanaryVerdict, 'inconclusive'>, number> = { pass: 1, marginal: 0.5, fail: 0 };

export function analyseCanary(metrics: readonly CanaryMetric[], options: CanaryOptions = {}): CanaryResult {
  const passThreshold = options.passThreshold ?? DEFAULT_CANARY_OPTIONS.passThreshold;
  const marginalThreshold = options.marginalThreshold ?? DEFAULT_CANARY_OPTIONS.marginalThreshold;
  if (marginalThreshold > passThreshold)
    throw new RangeError('the marginal threshold must not exceed the pass one');
  const results = metrics.map((m) => analyseMetric(m, options));
  if (results.length === 0) {
    return { score: null, verdict: 'inconclusive', metrics: [], reason: 'No canary metrics to judge.' };
  }
  let weighted = 0;
  let totalWeight = 0;
  let allWeight = 0;
  metrics.forEach((m, i) => {
    const w = m.weight ?? 1;
    if (!(w >= 0)) throw new RangeError(`weight of metric ${m.id} must be non-negative`);
    allWeight += w;
    const v = results[i]!.verdict;
    if (v === 'inconclusive') return;
    weighted += w * CREDIT[v];
    totalWeight += w;
  });
  if (allWeight <= 0) throw new RangeError('at least one canary metric weight must be positive');
  const unjudged = metrics.filter((_, i) => results[i]!.verdict === 'inconclusive').map((m) => m.name);
  const unjudgedNote = unjudged.length > 0 ? ` Not judged (no samples): ${unjudged.join(', ')}.` : '';
  if (totalWeight <= 0) {
    return {
      score: null,
      verdict: 'inconclusive',
      metrics: results,
      reason: `Nothing could be judged.${unjudgedNote}`,
    };
  }
  const score = (100 * weighted) / totalWeight;
  const criticalFailures = metrics.filter((m, i) => m.critical === true && results[i]!.verdict === 'fail');
  if (criticalFailures.length > 0) {
    return {
      score,
      verdict: 'fail',
      metrics: results,
      reason: `Critical metric failed: ${criticalFailures.map((m) => m.name).join(', ')}.`,
    };
  }
  const byScore: CanaryVerdict =
    score >= passThreshold ? 'pass' : score >= marginalThreshold ? 'marginal' : 'fail';
  // What was judged may pass; with a metric unjudged a person has to look, so at best marginal.
  const verdict: CanaryVerdict = byScore === 'pass' && unjudged.length > 0 ? 'marginal' : byScore;
  return {
    score,
    verdict,
    metrics: results,
    reason: `Score ${score.toFixed(1)} (pass ≥ ${passThreshold}, marginal ≥ ${marginalThreshold}).${unjudgedNote}`,
  };
}
