// The calendar's data: freezes, maintenance windows (weekly ones expanded into occurrences) and the
// conflicts of every active release against them and against each other.
import type Database from 'better-sqlite3';
import type { FreezeView, MaintenanceOccurrence, MaintenanceView } from '../../../shared/contract';
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
} from '../../../shared/domain/release';
import type { ReleaseGraph } from './release-graph';
import { iso, isoOrNull, nodeNames, releaseRows, toDomainRelease } from './release-rows';
import { readIds } from '../domains/runbooks/read';

interface FreezeRow {
  id: string;
  name: string;
  reason: string;
  window_start: number;
  window_end: number;
  scope_kind: FreezeView['scope']['kind'];
  scope_ids: string;
}

interface MaintenanceRow {
  id: string;
  node_id: string;
  name: string;
  window_start: number;
  window_end: number;
  recurrence: 'none' | 'weekly';
  until: number | null;
}

const WEEK_MS = 7 * DAY_MS;

export function freezeRows(db: Database.Database): FreezeRow[] {
  return db
    .prepare('SELECT * FROM freeze_window WHERE retired_at IS NULL ORDER BY window_start')
    .all() as FreezeRow[];
}

export function maintenanceRows(db: Database.Database): MaintenanceRow[] {
  return db
    .prepare('SELECT * FROM maintenance_window WHERE retired_at IS NULL ORDER BY window_start')
    .all() as MaintenanceRow[];
}

export function toFreezeView(db: Database.Database, r: FreezeRow, names = nodeNames(db)): FreezeView {
  const ids = readIds(r.scope_ids);
  const tierNames = new Map(
    (db.prepare('SELECT id, name FROM tier').all() as { id: string; name: string }[]).map((t) => [
      t.id,
      t.name,
    ]),
  );
  const scopeLabel =
    r.scope_kind === 'everything'
      ? 'everything'
      : ids.map((id) => (r.scope_kind === 'tiers' ? tierNames.get(id) : names.get(id)) ?? id).join(', ');
  return {
    id: r.id,
    name: r.name,
    reason: r.reason,
    start: iso(r.window_start),
    end: iso(r.window_end),
    scope: { kind: r.scope_kind, ids },
    scopeLabel,
  };
}

export function toMaintenanceView(r: MaintenanceRow, names: Map<string, string>): MaintenanceView {
  return {
    id: r.id,
    nodeId: r.node_id,
    nodeName: names.get(r.node_id) ?? r.node_id,
    name: r.name,
    start: iso(r.window_start),
    end: iso(r.window_end),
    recurrence: r.recurrence,
    until: isoOrNull(r.until),
  };
}

/**
 * Concrete occurrences overlapping `range`. A weekly window repeats every 7 × 24 hours in UTC: a
 * window set in a zone with daylight saving moves by an hour in local time twice a year, which is
 * stated rather than hidden (schedules that must follow local time use one-off windows).
 */
export function occurrences(rows: readonly MaintenanceRow[], range: TimeWindow): MaintenanceWindow[] {
  const out: MaintenanceWindow[] = [];
  for (const r of rows) {
    const length = r.window_end - r.window_start;
    if (r.recurrence === 'none') {
      if (r.window_start < range.end && range.start < r.window_end)
        out.push({ id: r.id, nodeId: r.node_id, window: { start: r.window_start, end: r.window_end } });
      continue;
    }
    const first = Math.max(0, Math.floor((range.start - r.window_end) / WEEK_MS));
    for (let k = first; ; k++) {
      const start = r.window_start + k * WEEK_MS;
      if (start >= range.end || (r.until !== null && start >= r.until)) break;
      if (start + length > range.start)
        out.push({ id: r.id, nodeId: r.node_id, window: { start, end: start + length } });
    }
  }
  return out;
}

export function freezeWindows(db: Database.Database, graph: ReleaseGraph): FreezeWindow[] {
  const rankById = new Map(graph.tiers.map((t) => [t.id, t.rank]));
  return freezeRows(db).map((r) => {
    const ids = readIds(r.scope_ids);
    return {
      id: r.id,
      name: r.name,
      window: { start: r.window_start, end: r.window_end },
      scope:
        r.scope_kind === 'everything'
          ? { kind: 'everything' }
          : r.scope_kind === 'tiers'
            ? { kind: 'tiers', tierRanks: ids.flatMap((id) => rankById.get(id) ?? []) }
            : { kind: 'nodes', nodeIds: ids },
    };
  });
}

/** The calendar every conflict check sees: all active releases, freezes and nearby maintenance. */
export function calendarInput(
  db: Database.Database,
  graph: ReleaseGraph,
  releases?: Release[],
): CalendarInput {
  const all = releases ?? releaseRows(db).map(toDomainRelease);
  const span = all.reduce(
    (w, r) => ({ start: Math.min(w.start, r.window.start), end: Math.max(w.end, r.window.end) }),
    { start: Infinity, end: -Infinity },
  );
  return {
    releases: all,
    freezes: freezeWindows(db, graph),
    maintenanceWindows: all.length ? occurrences(maintenanceRows(db), span) : [],
    nodes: graph.calendarNodes,
    related: graph.related,
  };
}

export function releaseConflicts(db: Database.Database, graph: ReleaseGraph, release: Release): Conflict[] {
  const input = calendarInput(db, graph);
  // A finished release is history; its own conflicts are still shown while it is active only.
  const others = input.releases.filter((r) => r.id !== release.id);
  return conflictsForRelease(release, { ...input, releases: [...others, release] });
}

export function allConflicts(db: Database.Database, graph: ReleaseGraph): Conflict[] {
  return findConflicts(calendarInput(db, graph));
}

export function toOccurrenceViews(
  windows: readonly MaintenanceWindow[],
  rows: readonly MaintenanceRow[],
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
