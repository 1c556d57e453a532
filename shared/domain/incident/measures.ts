// Measures from real outages: time to restore (restored − started, the outage's start and not its
// detection), MTTR with the median beside it and the count it averages over; availability of a
// service per month from the union of its incidents' outage intervals (overlaps counted once,
// planned maintenance excluded and shown separately); change failure rate counting a release as
// failed when it was marked failed or rolled back, or when an incident names it as the cause.
import type { EpochMs } from '../drtest/types';

const MINUTE_MS = 60_000;

export interface Interval {
  from: EpochMs;
  to: EpochMs;
}

/** Minutes from the outage's start to its restoration; null while it is not restored. */
export function timeToRestoreMinutes(i: { startedAt: EpochMs; restoredAt: EpochMs | null }): number | null {
  return i.restoredAt === null ? null : (i.restoredAt - i.startedAt) / MINUTE_MS;
}

export interface Mttr {
  /** Restored incidents averaged over; open ones are left out and counted apart. */
  count: number;
  openCount: number;
  meanMinutes: number | null;
  medianMinutes: number | null;
}

export function mttr(incidents: readonly { startedAt: EpochMs; restoredAt: EpochMs | null }[]): Mttr {
  const times = incidents.flatMap((i) => {
    const t = timeToRestoreMinutes(i);
    return t === null ? [] : [t];
  });
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    count: n,
    openCount: incidents.length - n,
    meanMinutes: n === 0 ? null : sorted.reduce((s, t) => s + t, 0) / n,
    medianMinutes: median,
  };
}

/** The union of intervals, merged and sorted: overlapping outages count once. */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ from: i.from, to: i.to });
  }
  return out;
}

const totalMs = (xs: readonly Interval[]): number => xs.reduce((s, i) => s + (i.to - i.from), 0);

/** `a` minus `b`, both unions (sorted, disjoint). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    let from = x.from;
    for (const y of b) {
      if (y.to <= from || y.from >= x.to) continue;
      if (y.from > from) out.push({ from, to: y.from });
      from = Math.max(from, y.to);
    }
    if (from < x.to) out.push({ from, to: x.to });
  }
  return out;
}

const clip = (xs: readonly Interval[], p: Interval): Interval[] =>
  xs.flatMap((i) => {
    const from = Math.max(i.from, p.from);
    const to = Math.min(i.to, p.to);
    return to > from ? [{ from, to }] : [];
  });

export interface Availability {
  periodMinutes: number;
  /** Outage minutes outside planned maintenance: the numerator of unavailability. */
  downtimeMinutes: number;
  /** Outage minutes that fell inside an agreed maintenance window: shown, not counted. */
  maintenanceMinutes: number;
  /** 1 − downtime ÷ period. */
  availability: number;
  /** Incidents with an outage inside the period. */
  incidentCount: number;
}

/**
 * Availability over `period` from outage intervals (an open outage runs to `now`), excluding the time
 * inside `maintenance` windows.
 */
export function availability(
  outages: readonly Interval[],
  period: Interval,
  maintenance: readonly Interval[] = [],
): Availability {
  const inPeriod = clip(outages, period);
  const down = unionIntervals(inPeriod);
  const maint = unionIntervals(clip(maintenance, period));
  const counted = subtractIntervals(down, maint);
  const periodMs = period.to - period.from;
  const downMs = totalMs(counted);
  return {
    periodMinutes: periodMs / MINUTE_MS,
    downtimeMinutes: downMs / MINUTE_MS,
    maintenanceMinutes: (totalMs(down) - downMs) / MINUTE_MS,
    availability: periodMs <= 0 ? 1 : 1 - downMs / periodMs,
    incidentCount: inPeriod.length,
  };
}

/** The UTC calendar month [start, end) containing `at`, and its label (YYYY-MM). */
export function monthOf(at: EpochMs): Interval & { label: string } {
  const d = new Date(at);
  const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return { from, to, label: new Date(from).toISOString().slice(0, 7) };
}

/** Every UTC month from the one containing `from` to the one containing `to`. */
export function monthsBetween(from: EpochMs, to: EpochMs): (Interval & { label: string })[] {
  const out: (Interval & { label: string })[] = [];
  let m = monthOf(from);
  while (m.from <= to) {
    out.push(m);
    m = monthOf(m.to);
  }
  return out;
}

export interface ChangeFailureRate {
  deployed: number;
  failed: number;
  /** failed ÷ deployed, never above 1; null with nothing deployed. */
  rate: number | null;
  /** Failed only because an incident names them as the cause. */
  failedByIncident: string[];
}

/**
 * A release counts as deployed once it reached production (deployed, failed or rolled back); it failed
 * when marked failed or rolled back, or when an incident names it as the cause.
 */
export function changeFailureRate(
  releases: readonly { id: string; status: string }[],
  incidentCauses: readonly (string | null | undefined)[],
): ChangeFailureRate {
  const DEPLOYED = new Set(['deployed', 'failed', 'rolled-back']);
  const named = new Set(incidentCauses.filter((c): c is string => !!c));
  const deployed = releases.filter((r) => DEPLOYED.has(r.status));
  const marked = (r: { status: string }) => r.status === 'failed' || r.status === 'rolled-back';
  const failed = deployed.filter((r) => marked(r) || named.has(r.id));
  return {
    deployed: deployed.length,
    failed: failed.length,
    rate: deployed.length === 0 ? null : failed.length / deployed.length,
    failedByIncident: failed.filter((r) => !marked(r)).map((r) => r.id),
  };
}
