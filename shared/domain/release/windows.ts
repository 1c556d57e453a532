// Calendar conflicts: freezes, overlapping releases on the same or dependent services, and releases
// that leave a service's maintenance windows. All windows are half-open [start, end) instants in UTC
// milliseconds, so windows that merely touch (one ends when the other starts) never conflict.

import type { Instant, Release, ReleaseStatus, TimeWindow } from './types';

/** What a freeze covers: everything, the services of some tiers (by rank), or named services. */
export type FreezeScope =
  { kind: 'everything' } | { kind: 'tiers'; tierRanks: number[] } | { kind: 'nodes'; nodeIds: string[] };

export interface FreezeWindow {
  id: string;
  name: string;
  window: TimeWindow;
  scope: FreezeScope;
}

/**
 * One concrete maintenance window of a service. Recurring schedules are expanded by the caller:
 * keeping occurrences concrete keeps this module free of calendars and time-zone rules.
 */
export interface MaintenanceWindow {
  id: string;
  nodeId: string;
  window: TimeWindow;
}

/** Just what the calendar needs to know about a service: its name for messages and its tier. */
export interface CalendarNode {
  id: string;
  name: string;
  /** Rank of the node's tier (0 most stringent); absent when the node has no tier. */
  tierRank?: number;
}

/** Whether two services depend on each other in either direction (directly or transitively — the caller decides). */
export type Related = (a: string, b: string) => boolean;

export const CONFLICT_KINDS = [
  'invalid-window',
  'freeze',
  'same-node-overlap',
  'dependent-node-overlap',
  'outside-maintenance',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** 'overridden' keeps an emergency override visible instead of silently dropping the conflict. */
export type ConflictStatus = 'conflict' | 'overridden';

export interface Conflict {
  kind: ConflictKind;
  status: ConflictStatus;
  releaseId: string;
  /** The freeze, the other release, or the maintenance window involved. */
  otherId?: string;
  nodeIds: string[];
  message: string;
}

export interface CalendarInput {
  releases: readonly Release[];
  freezes?: readonly FreezeWindow[];
  maintenanceWindows?: readonly MaintenanceWindow[];
  nodes?: readonly CalendarNode[];
  related?: Related;
  /**
   * Releases that still occupy the calendar. Finished releases (deployed, failed, rolled back) are
   * history: they are neither checked nor block others.
   */
  activeStatuses?: readonly ReleaseStatus[];
}

export const DEFAULT_ACTIVE_STATUSES: readonly ReleaseStatus[] = ['planned', 'approved', 'in-progress'];

export function isValidWindow(w: TimeWindow): boolean {
  return Number.isFinite(w.start) && Number.isFinite(w.end) && w.start < w.end;
}

/** Half-open overlap: [a.start, a.end) ∩ [b.start, b.end) is non-empty. */
export function windowsOverlap(a: TimeWindow, b: TimeWindow): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether inner lies entirely inside outer (both half-open). */
export function windowContains(outer: TimeWindow, inner: TimeWindow): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Parses an ISO 8601 date-time that carries its offset ("Z" or "+02:00") into an instant. A string
 * without an offset is refused: it would be read in the machine's local zone and mean different
 * instants on different machines.
 */
export function parseInstant(iso: string): Instant {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso.trim())) {
    throw new RangeError(`"${iso}" has no UTC offset; write it as e.g. 2025-03-01T08:00:00Z`);
  }
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`"${iso}" is not an ISO 8601 date-time`);
  return t;
}

/** ISO 8601 in UTC, without the milliseconds when they are zero (people read these). */
export function formatInstant(t: Instant): string {
  if (!Number.isFinite(t)) return String(t);
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

export function formatWindow(w: TimeWindow): string {
  return `${formatInstant(w.start)} – ${formatInstant(w.end)}`;
}

/** True when an emergency change carries a non-empty override justification and who gave it. */
export function hasValidEmergencyOverride(release: Release): boolean {
  return (
    release.changeType === 'emergency' &&
    release.override !== undefined &&
    release.override.justification.trim() !== '' &&
    release.override.by.trim() !== ''
  );
}

/** The nodes of a release that a freeze covers (empty when it covers none). */
export function freezeCoverage(
  scope: FreezeScope,
  nodeIds: readonly string[],
  tierRankOf: (id: string) => number | undefined,
): string[] {
  switch (scope.kind) {
    case 'everything':
      return [...nodeIds];
    case 'tiers':
      return nodeIds.filter((id) => {
        const rank = tierRankOf(id);
        return rank !== undefined && scope.tierRanks.includes(rank);
      });
    case 'nodes':
      return nodeIds.filter((id) => scope.nodeIds.includes(id));
  }
}

/** Every conflict of every active release. A pair of overlapping releases yields one conflict for each side. */
export function findConflicts(input: CalendarInput): Conflict[] {
  const active = new Set(input.activeStatuses ?? DEFAULT_ACTIVE_STATUSES);
  const releases = input.releases.filter((r) => active.has(r.status));
  const out: Conflict[] = [];
  for (const release of releases) out.push(...conflictsForRelease(release, { ...input, releases }));
  return out;
}

/** The conflicts of one release against the calendar (the release itself is skipped in `releases`). */
export function conflictsForRelease(release: Release, input: CalendarInput): Conflict[] {
  const nodeById = new Map((input.nodes ?? []).map((n) => [n.id, n]));
  const nameOf = (id: string): string => nodeById.get(id)?.name ?? id;
  const names = (ids: readonly string[]): string => ids.map(nameOf).join(', ');
  const label = `Release "${release.name}" ${release.version}`;

  if (!isValidWindow(release.window)) {
    return [
      {
        kind: 'invalid-window',
        status: 'conflict',
        releaseId: release.id,
        nodeIds: [...release.nodeIds],
        message: `${label} has an empty or invalid window (${formatWindow(release.window)}); the end must be after the start.`,
      },
    ];
  }

  const out: Conflict[] = [];
  const overridden = hasValidEmergencyOverride(release);

  for (const freeze of input.freezes ?? []) {
    if (!isValidWindow(freeze.window) || !windowsOverlap(release.window, freeze.window)) continue;
    const covered = freezeCoverage(freeze.scope, release.nodeIds, (id) => nodeById.get(id)?.tierRank);
    if (covered.length === 0) continue;
    const base = `${label} (${formatWindow(release.window)}) falls in freeze "${freeze.name}" (${formatWindow(freeze.window)}), which covers ${names(covered)}.`;
    out.push({
      kind: 'freeze',
      status: overridden ? 'overridden' : 'conflict',
      releaseId: release.id,
      otherId: freeze.id,
      nodeIds: covered,
      message: overridden
        ? `${base} Overridden as an emergency change by ${release.override?.by ?? ''}: ${release.override?.justification.trim() ?? ''}`
        : base,
    });
  }

  const active = new Set(input.activeStatuses ?? DEFAULT_ACTIVE_STATUSES);
  for (const other of input.releases) {
    if (other.id === release.id || !active.has(other.status) || !isValidWindow(other.window)) continue;
    if (!windowsOverlap(release.window, other.window)) continue;
    const otherLabel = `"${other.name}" ${other.version} (${formatWindow(other.window)})`;
    const shared = release.nodeIds.filter((id) => other.nodeIds.includes(id));
    if (shared.length > 0) {
      out.push({
        kind: 'same-node-overlap',
        status: 'conflict',
        releaseId: release.id,
        otherId: other.id,
        nodeIds: shared,
        message: `${label} (${formatWindow(release.window)}) overlaps release ${otherLabel} on ${names(shared)}.`,
      });
      continue;
    }
    const related = input.related;
    if (!related) continue;
    const pairs: string[] = [];
    const involved = new Set<string>();
    for (const a of release.nodeIds) {
      for (const b of other.nodeIds) {
        if (related(a, b)) {
          pairs.push(`${nameOf(a)} ↔ ${nameOf(b)}`);
          involved.add(a);
          involved.add(b);
        }
      }
    }
    if (pairs.length > 0) {
      out.push({
        kind: 'dependent-node-overlap',
        status: 'conflict',
        releaseId: release.id,
        otherId: other.id,
        nodeIds: [...involved],
        message: `${label} (${formatWindow(release.window)}) overlaps release ${otherLabel} on dependent services: ${pairs.join('; ')}.`,
      });
    }
  }

  const maintenance = input.maintenanceWindows ?? [];
  for (const nodeId of release.nodeIds) {
    const own = maintenance.filter((m) => m.nodeId === nodeId && isValidWindow(m.window));
    // A node without maintenance windows accepts changes at any time.
    if (own.length === 0) continue;
    if (own.some((m) => windowContains(m.window, release.window))) continue;
    const listed = own
      .slice()
      .sort((a, b) => a.window.start - b.window.start)
      .map((m) => formatWindow(m.window))
      .join(', ');
    out.push({
      kind: 'outside-maintenance',
      status: 'conflict',
      releaseId: release.id,
      nodeIds: [nodeId],
      message: `${label} (${formatWindow(release.window)}) does not lie entirely inside a maintenance window of ${nameOf(nodeId)} (${listed}).`,
    });
  }
  return out;
}
