// Delivery metrics (DORA): deployment frequency, change failure rate, time to restore and lead time,
// each with the counts behind it so no rate is shown without its denominator.
//
// Definitions:
// - A deployment is a release with `deployedAt` inside the period [start, end), whatever its status:
//   a release that failed or was rolled back after reaching production still counts as deployed.
//   A release that failed before `deployedAt` was set never reached production and is not counted.
// - A failed deployment is a deployment whose status is 'failed' or 'rolled-back', or that has a
//   `failureDetectedAt`. Failed deployments are a subset of deployments, so the rate is ≤ 100%.
// - Every measure is attributed to the deployment's instant, so one period's numbers describe the
//   same set of releases.

import type { Minutes } from '../model';
import type { Instant, Release, TimeWindow } from './types';
import { DAY_MS, MINUTE_MS } from './types';
import { quantile } from './stats';

export interface ChangeFailureRate {
  failed: number;
  deployed: number;
  /** failed ÷ deployed in 0..1; null with reason when nothing was deployed. */
  rate: number | null;
  reason?: string;
}

export interface DurationStats {
  /** Releases measured. */
  count: number;
  /** Releases that could be measured, i.e. the denominator the count is out of. */
  of: number;
  medianMinutes: Minutes | null;
  p90Minutes: Minutes | null;
}

export interface DeliveryMetrics {
  period: TimeWindow;
  deployments: { count: number; weeks: number; perWeek: number };
  changeFailureRate: ChangeFailureRate;
  /** Over failed deployments with both detection and restore times; `of` = failed deployments. */
  timeToRestore: DurationStats & { unrestored: number };
  /** Over deployments with a commit time; `of` = deployments. */
  leadTime: DurationStats;
}

export interface MonthlyRow {
  /** 'YYYY-MM' in UTC. */
  month: string;
  window: TimeWindow;
  deployments: number;
  changeFailureRate: ChangeFailureRate;
  medianTimeToRestoreMinutes: Minutes | null;
}

const WEEK_MS = 7 * DAY_MS;

export function isDeployedIn(release: Release, period: TimeWindow): boolean {
  return (
    release.deployedAt !== undefined && release.deployedAt >= period.start && release.deployedAt < period.end
  );
}

export function isFailedDeployment(release: Release): boolean {
  return (
    release.deployedAt !== undefined &&
    (release.status === 'failed' ||
      release.status === 'rolled-back' ||
      release.failureDetectedAt !== undefined)
  );
}

export function changeFailureRate(releases: readonly Release[], period: TimeWindow): ChangeFailureRate {
  const deployed = releases.filter((r) => isDeployedIn(r, period));
  const failed = deployed.filter(isFailedDeployment).length;
  if (deployed.length === 0) return { failed: 0, deployed: 0, rate: null, reason: 'no deployments' };
  return { failed, deployed: deployed.length, rate: failed / deployed.length };
}

// Durations are reported in whole minutes, the unit of every other time in the domain (DESIGN.md §4).
const toMinutes = (ms: number | null): Minutes | null => (ms === null ? null : Math.round(ms / MINUTE_MS));

function durationStats(values: readonly number[], of: number): DurationStats {
  return {
    count: values.length,
    of,
    medianMinutes: toMinutes(quantile(values, 0.5)),
    p90Minutes: toMinutes(quantile(values, 0.9)),
  };
}

function restoreDurations(failed: readonly Release[]): { durations: number[]; unrestored: number } {
  const durations: number[] = [];
  let unrestored = 0;
  for (const r of failed) {
    if (r.failureDetectedAt === undefined) continue;
    if (r.restoredAt === undefined) unrestored++;
    // A restore recorded before its detection is a data error; leaving it out beats a negative time.
    else if (r.restoredAt >= r.failureDetectedAt) durations.push(r.restoredAt - r.failureDetectedAt);
  }
  return { durations, unrestored };
}

export function deliveryMetrics(releases: readonly Release[], period: TimeWindow): DeliveryMetrics {
  if (!(period.start < period.end)) throw new RangeError('the period must end after it starts');
  const deployed = releases.filter((r) => isDeployedIn(r, period));
  const failed = deployed.filter(isFailedDeployment);
  const weeks = (period.end - period.start) / WEEK_MS;
  const { durations, unrestored } = restoreDurations(failed);
  const leads = deployed
    .filter((r): r is Release & { committedAt: Instant; deployedAt: Instant } => r.committedAt !== undefined)
    .map((r) => r.deployedAt - r.committedAt)
    .filter((d) => d >= 0);
  return {
    period,
    deployments: { count: deployed.length, weeks, perWeek: deployed.length / weeks },
    changeFailureRate: changeFailureRate(releases, period),
    timeToRestore: { ...durationStats(durations, failed.length), unrestored },
    leadTime: durationStats(leads, deployed.length),
  };
}

/** One row per UTC calendar month the period touches, each clipped to the period. */
export function monthlyTrend(releases: readonly Release[], period: TimeWindow): MonthlyRow[] {
  if (!(period.start < period.end)) throw new RangeError('the period must end after it starts');
  const rows: MonthlyRow[] = [];
  const first = new Date(period.start);
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  for (;;) {
    const monthStart = Date.UTC(y, m, 1);
    if (monthStart >= period.end) break;
    const monthEnd = Date.UTC(y, m + 1, 1);
    const window = { start: Math.max(monthStart, period.start), end: Math.min(monthEnd, period.end) };
    const deployed = releases.filter((r) => isDeployedIn(r, window));
    const { durations } = restoreDurations(deployed.filter(isFailedDeployment));
    rows.push({
      month: `${y}-${String(m + 1).padStart(2, '0')}`,
      window,
      deployments: deployed.length,
      changeFailureRate: changeFailureRate(releases, window),
      medianTimeToRestoreMinutes: toMinutes(quantile(durations, 0.5)),
    });
    m++;
    if (m === 12) {
      m = 0;
      y++;
    }
  }
  return rows;
}
