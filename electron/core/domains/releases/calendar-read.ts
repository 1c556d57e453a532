// The calendar's data: freezes, maintenance windows (weekly ones expanded into occurrences) and the
// conflicts of every active release against them and against each other.
import {
  AppError,
  type FreezeView,
  type MaintenanceOccurrence,
  type MaintenanceView,
} from '../../../../shared/contract';
import {
  DAY_MS,
  conflictsForRelease,
  findConflicts,
  type CalendarInput,
  type Conflict,
  type FreezeWindow,
  type MaintenanceWindow,
  type Release,
  type TimeWindow,
} from '../../../../shared/domain/release';
import type { Store } from '../../store';
import type { FreezeRecord, MaintenanceRecord } from '../../store/calendar';
import type { ReleaseGraph } from './readiness-graph';
import { iso, isoOrNull, toDomainRelease } from './views';

const WEEK_MS = 7 * DAY_MS;

/** Every id must name a live service (releases, SLOs and maintenance windows refer to them). */
export function assertLiveNodes(store: Store, nodeIds: readonly string[]): void {
  for (const id of nodeIds)
    if (!store.releases.isLiveNode(id))
      throw new AppError('INVALID_INPUT', `Service ${id} does not exist (or was retired).`);
}

export function toFreezeView(store: Store, r: FreezeRecord, names = store.releases.nodeNames()): FreezeView {
  const ids = r.scopeIds;
  const tierNames = store.releases.tierNames();
  const scopeLabel =
    r.scopeKind === 'everything'
      ? 'everything'
      : ids.map((id) => (r.scopeKind === 'tiers' ? tierNames.get(id) : names.get(id)) ?? id).join(', ');
  return {
    id: r.id,
    name: r.name,
    reason: r.reason,
    start: iso(r.windowStart),
    end: iso(r.windowEnd),
    scope: { kind: r.scopeKind, ids },
    scopeLabel,
  };
}

export function toMaintenanceView(r: MaintenanceRecord, names: Map<string, string>): MaintenanceView {
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: names.get(r.nodeId) ?? r.nodeId,
    name: r.name,
    start: iso(r.windowStart),
    end: iso(r.windowEnd),
    recurrence: r.recurrence,
    until: isoOrNull(r.until),
  };
}

/**
 * Concrete occurrences overlapping `range`. A weekly window repeats every 7 × 24 hours in UTC: a
 * window set in a zone with daylight saving moves by an hour in local time twice a year, which is
 * stated rather than hidden (schedules that must follow local time use one-off windows).
 */
export function occurrences(rows: readonly MaintenanceRecord[], range: TimeWindow): MaintenanceWindow[] {
  const out: MaintenanceWindow[] = [];
  for (const r of rows) {
    const length = r.windowEnd - r.windowStart;
    if (r.recurrence === 'none') {
      if (r.windowStart < range.end && range.start < r.windowEnd)
        out.push({ id: r.id, nodeId: r.nodeId, window: { start: r.windowStart, end: r.windowEnd } });
      continue;
    }
    const first = Math.max(0, Math.floor((range.start - r.windowEnd) / WEEK_MS));
    for (let k = first; ; k++) {
      const start = r.windowStart + k * WEEK_MS;
      if (start >= range.end || (r.until !== null && start >= r.until)) break;
      if (start + length > range.start)
        out.push({ id: r.id, nodeId: r.nodeId, window: { start, end: start + length } });
    }
  }
  return out;
}

export function freezeWindows(store: Store, graph: ReleaseGraph): FreezeWindow[] {
  const rankById = new Map(graph.tiers.map((t) => [t.id, t.rank]));
  return store.calendar.freezes().map((r) => {
    const ids = r.scopeIds;
    return {
      id: r.id,
      name: r.name,
      window: { start: r.windowStart, end: r.windowEnd },
      scope:
        r.scopeKind === 'everything'
          ? { kind: 'everything' }
          : r.scopeKind === 'tiers'
            ? { kind: 'tiers', tierRanks: ids.flatMap((id) => rankById.get(id) ?? []) }
            : { kind: 'nodes', nodeIds: ids },
    };
  });
}

/** The calendar every conflict check sees: all active releases, freezes and nearby maintenance. */
export function calendarInput(store: Store, graph: ReleaseGraph, releases?: Release[]): CalendarInput {
  const all = releases ?? store.releases.list().map(toDomainRelease);
  const span = all.reduce(
    (w, r) => ({ start: Math.min(w.start, r.window.start), end: Math.max(w.end, r.window.end) }),
    { start: Infinity, end: -Infinity },
  );
  return {
    releases: all,
    freezes: freezeWindows(store, graph),
    maintenanceWindows: all.length ? occurrences(store.calendar.maintenance(), span) : [],
    nodes: graph.calendarNodes,
    related: graph.related,
  };
}

export function releaseConflicts(store: Store, graph: ReleaseGraph, release: Release): Conflict[] {
  const input = calendarInput(store, graph);
  // A finished release is history; its own conflicts are still shown while it is active only.
  const others = input.releases.filter((r) => r.id !== release.id);
  return conflictsForRelease(release, { ...input, releases: [...others, release] });
}

export function allConflicts(store: Store, graph: ReleaseGraph): Conflict[] {
  return findConflicts(calendarInput(store, graph));
}

export function toOccurrenceViews(
  windows: readonly MaintenanceWindow[],
  rows: readonly MaintenanceRecord[],
  names: Map<string, string>,
): MaintenanceOccurrence[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return windows.map((w) => ({
    windowId: w.id,
    nodeId: w.nodeId,
    nodeName: names.get(w.nodeId) ?? w.nodeId,
    name: byId.get(w.id)?.name ?? '',
    start: iso(w.window.start),
    end: iso(w.window.end),
  }));
}
