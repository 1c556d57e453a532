// Service level objectives and error budgets (Google SRE workbook, ch. 2 and 5): budget =
// (1 − target) × events in the window, consumed by bad events, with burn rates and a burn-down.

import type { Instant, TimeWindow } from './types';
import { DAY_MS } from './types';

export const SLI_KINDS = [
  'availability',
  'latency',
  'error-rate',
  'throughput',
  'freshness',
  'correctness',
] as const;
export type SliKind = (typeof SLI_KINDS)[number];

export interface Slo {
  nodeId: string;
  sliKind: SliKind;
  /** Target in percent, strictly between 0 and 100 (e.g. 99.9). */
  targetPercent: number;
  /** Rolling window length in days. */
  windowDays: number;
  /** Minimum remaining budget fraction for releases to proceed; default DEFAULT_BUDGET_POLICY. */
  policyMinRemainingFraction?: number;
}

/** Counts of good and total events over a half-open period [periodStart, periodEnd). */
export interface SliMeasurement {
  periodStart: Instant;
  periodEnd: Instant;
  good: number;
  total: number;
}

/**
 * Default policy: releases may proceed while the budget is not overspent (remaining fraction ≥ 0).
 * Teams wanting a reserve set e.g. 0.25.
 */
export const DEFAULT_BUDGET_POLICY = 0;

export interface BurnDownPoint {
  periodEnd: Instant;
  cumulativeBad: number;
  remaining: number;
  remainingFraction: number;
}

export interface ErrorBudget {
  nodeId: string;
  window: TimeWindow;
  totalEvents: number;
  badEvents: number;
  /** Allowed bad events: (1 − target) × total events. */
  budget: number;
  consumed: number;
  /** budget − consumed; negative when overspent. */
  remaining: number;
  /**
   * remaining ÷ budget, unclamped (negative when overspent: −0.5 means half again over budget) so
   * that the policy check sees the truth; null when the window holds no events.
   */
  remainingFraction: number | null;
  /** remainingFraction clamped to [0, 1] for gauges and bars; null with no events. */
  displayFraction: number | null;
  policy: number;
  /** remainingFraction ≥ policy; false when there are no events, since the budget cannot be shown to hold. */
  meetsPolicy: boolean;
  reason: string;
  burnDown: BurnDownPoint[];
}

export interface BurnRate {
  window: TimeWindow;
  totalEvents: number;
  badEvents: number;
  /** Observed error rate ÷ (1 − target); 1 spends the budget exactly over the SLO window. Null with no events. */
  burnRate: number | null;
}

export function validateSlo(slo: Slo): void {
  if (!(slo.targetPercent > 0 && slo.targetPercent < 100)) {
    // 100% leaves no budget at all, so every ratio below would divide by zero.
    throw new RangeError(`SLO target must be strictly between 0 and 100 percent, got ${slo.targetPercent}`);
  }
  if (!(slo.windowDays > 0)) throw new RangeError(`SLO window must be positive, got ${slo.windowDays} days`);
}

function validateMeasurement(m: SliMeasurement): void {
  if (!(m.total >= 0 && m.good >= 0 && m.good <= m.total)) {
    throw new RangeError(`measurement needs 0 ≤ good ≤ total, got good=${m.good} total=${m.total}`);
  }
}

/**
 * A measurement belongs to a window when its period closes inside it: periodEnd in (start, end].
 * Counting by the closing instant counts every completed period exactly once across adjacent windows
 * without prorating event counts.
 */
function inWindow(m: SliMeasurement, w: TimeWindow): boolean {
  return m.periodEnd > w.start && m.periodEnd <= w.end;
}

/**
 * 1 − target, computed on the target in millionths of a percent: in binary floating point
 * 1 − 99.9/100 is 0.0010000000000000009, so a budget spent exactly (999 good of 1,000) read as
 * "−0.0 % remaining, below the policy of 0 %". Targets have at most six decimals in practice.
 */
const SCALE = 1e8;
const allowedErrorRate = (slo: Slo): number =>
  (SCALE - Math.round(slo.targetPercent * (SCALE / 100))) / SCALE;

/** Budget for `events`: multiplied before dividing, so 1,000 events at 99.9 % allow exactly 1. */
const budgetFor = (slo: Slo, events: number): number =>
  (events * (SCALE - Math.round(slo.targetPercent * (SCALE / 100)))) / SCALE;

/** The error budget over the SLO's rolling window ending at `now`. */
export function errorBudget(slo: Slo, measurements: readonly SliMeasurement[], now: Instant): ErrorBudget {
  validateSlo(slo);
  const window = { start: now - slo.windowDays * DAY_MS, end: now };
  const inside = measurements.filter((m) => inWindow(m, window)).sort((a, b) => a.periodEnd - b.periodEnd);
  inside.forEach(validateMeasurement);
  const totalEvents = inside.reduce((s, m) => s + m.total, 0);
  const badEvents = inside.reduce((s, m) => s + (m.total - m.good), 0);
  const budget = budgetFor(slo, totalEvents);
  const remaining = budget - badEvents;
  const policy = slo.policyMinRemainingFraction ?? DEFAULT_BUDGET_POLICY;

  if (totalEvents === 0) {
    return {
      nodeId: slo.nodeId,
      window,
      totalEvents,
      badEvents,
      budget: 0,
      consumed: 0,
      remaining: 0,
      remainingFraction: null,
      displayFraction: null,
      policy,
      meetsPolicy: false,
      reason: `No events in the ${slo.windowDays}-day window; the error budget cannot be computed.`,
      burnDown: [],
    };
  }

  const remainingFraction = remaining / budget;
  let cumulativeBad = 0;
  const burnDown = inside.map((m) => {
    cumulativeBad += m.total - m.good;
    return {
      periodEnd: m.periodEnd,
      cumulativeBad,
      remaining: budget - cumulativeBad,
      remainingFraction: (budget - cumulativeBad) / budget,
    };
  });
  const meetsPolicy = remainingFraction >= policy;
  // Never "−0.0%": a fraction that rounds to zero is shown as zero.
  const shown = `${(Math.abs(remainingFraction) < 0.0005 ? 0 : remainingFraction * 100).toFixed(1)}%`;
  return {
    nodeId: slo.nodeId,
    window,
    totalEvents,
    badEvents,
    budget,
    consumed: badEvents,
    remaining,
    remainingFraction,
    displayFraction: Math.min(1, Math.max(0, remainingFraction)),
    policy,
    meetsPolicy,
    reason:
      `${badEvents} bad of ${totalEvents} events against a budget of ${formatCount(budget)}; ${shown} remaining` +
      (meetsPolicy ? ` (policy ≥ ${policy * 100}%).` : `, below the policy of ${policy * 100}%.`),
    burnDown,
  };
}

/** Burn rate over the `lengthMs` before `end` (measurements closing in (end − lengthMs, end], as above). */
export function burnRate(
  slo: Slo,
  measurements: readonly SliMeasurement[],
  end: Instant,
  lengthMs: number,
): BurnRate {
  validateSlo(slo);
  const window = { start: end - lengthMs, end };
  const inside = measurements.filter((m) => inWindow(m, window));
  inside.forEach(validateMeasurement);
  const totalEvents = inside.reduce((s, m) => s + m.total, 0);
  const badEvents = inside.reduce((s, m) => s + (m.total - m.good), 0);
  return {
    window,
    totalEvents,
    badEvents,
    burnRate: totalEvents === 0 ? null : badEvents / totalEvents / allowedErrorRate(slo),
  };
}

/** SRE workbook's page-level pair for a 30-day SLO: a 1-hour and a 6-hour window. */
export const DEFAULT_BURN_WINDOWS = { shortMs: 3_600_000, longMs: 6 * 3_600_000 } as const;

export function burnRates(
  slo: Slo,
  measurements: readonly SliMeasurement[],
  now: Instant,
  windows: { shortMs: number; longMs: number } = DEFAULT_BURN_WINDOWS,
): { short: BurnRate; long: BurnRate } {
  return {
    short: burnRate(slo, measurements, now, windows.shortMs),
    long: burnRate(slo, measurements, now, windows.longMs),
  };
}

function formatCount(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
