// The calendar's data: freezes and maintenance windows (repeating ones expanded into occurrences by
// shared/domain/release/recurrence.ts) and the conflicts of every active release against them and
// against each other.
import {
  AppError,
  type FreezeOccurrence,
  type FreezeView,
  type MaintenanceOccurrence,
  type MaintenanceView,
} from '../../../../shared/contract';
import {
  conflictsForRelease,
  seriesOccurrences,
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
    recurrence: r.recurrence,
    until: isoOrNull(r.until),
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

/** A stored window as a series: its first occurrence, its recurrence and its end. */
const series = (r: { windowStart: number; windowEnd: number; recurrence: string; until: number | null }) => ({
  start: r.windowStart,
  end: r.windowEnd,
  recurrence: r.recurrence,
  until: r.until,
});

/** Concrete maintenance occurrences overlapping `range`, in each rule's own time zone. */
export function occurrences(rows: readonly MaintenanceRecord[], range: TimeWindow): MaintenanceWindow[] {
  return rows.flatMap((r) =>
    seriesOccurrences(series(r), range).map((window) => ({ id: r.id, nodeId: r.nodeId, window })),
  );
}

/** Concrete freeze occurrences overlapping `range` (a one-off freeze is one). */
export function freezeOccurrences(rows: readonly FreezeRecord[], range: TimeWindow): FreezeOccurrence[] {
  return rows.flatMap((r) =>
    seriesOccurrences(series(r), range).map((w) => ({
      freezeId: r.id,
      name: r.name,
      start: iso(w.start),
      end: iso(w.end),
    })),
  );
}

/** The freezes' occurrences overlapping `range`, as the conflict check sees them. */
export function freezeWindows(store: Store, graph: ReleaseGraph, range: TimeWindow): FreezeWindow[] {
  const rankById = new Map(graph.tiers.map((t) => [t.id, t.rank]));
  return store.calendar.freezes().flatMap((r) => {
    const ids = r.scopeIds;
    const scope: FreezeWindow['scope'] =
      r.scopeKind === 'everything'
        ? { kind: 'everything' }
        : r.scopeKind === 'tiers'
          ? { kind: 'tiers', tierRanks: ids.flatMap((id) => rankById.get(id) ?? []) }
          : { kind: 'nodes', nodeIds: ids };
    return seriesOccurrences(series(r), range).map((window) => ({ id: r.id, name: r.name, window, scope }));
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
    freezes: all.length ? freezeWindows(store, graph, span) : [],
    maintenanceWindows: all.length ? occurrences(store.calendar.maintenance(), span) : [],
    nodes: graph.calendarNodes,
    related: graph.related,
  };
}

export function releaseConflicts(store: Store, graph: ReleaseGraph, release: Release): Conflict[] {
  // The release itself is in the span that repeating freezes and windows are expanded over.
  const others = store.releases
    .list()
    .map(toDomainRelease)
    .filter((r) => r.id !== release.id);
  const input = calendarInput(store, graph, [...others, release]);
  // A finished release is history; its own conflicts are still shown while it is active only.
  return conflictsForRelease(release, input);
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
