// The change calendar: freeze windows (everything, some tiers or some services, with a reason) and
// maintenance windows per service, each write audited; the month/week views read calendar.get.
import { AppError } from '../../../../shared/contract';
import { findConflicts } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Store } from '../../store';
import { releaseGraph } from './readiness-graph';
import { toDomainRelease, toReleaseView } from './views';
import {
  assertLiveNodes,
  calendarInput,
  freezeOccurrences,
  occurrences,
  toFreezeView,
  toMaintenanceView,
  toOccurrenceViews,
} from './calendar-read';

function assertTiers(store: Store, tierIds: readonly string[]): void {
  for (const id of tierIds)
    if (!store.releases.tierExists(id)) throw new AppError('INVALID_INPUT', `Tier ${id} does not exist.`);
}

export const calendarHandlers = {
  'calendar.get': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const store = ws.store;
    const graph = releaseGraph(ws);
    const names = store.releases.nodeNames();
    const range = { start: input.from, end: input.to };
    const rows = store.releases.list();
    const cal = calendarInput(store, graph, rows.map(toDomainRelease));
    const mRows = store.calendar.maintenance();
    const fRows = store.calendar.freezes();
    const frozen = freezeOccurrences(fRows, range);
    const inRange = (s: number, e: number): boolean => s < range.end && range.start < e;
    return {
      from: new Date(input.from).toISOString(),
      to: new Date(input.to).toISOString(),
      releases: rows
        .filter((r) => inRange(r.windowStart, r.windowEnd))
        .map((r) => toReleaseView(store, r, names)),
      freezes: fRows
        .filter((f) => frozen.some((o) => o.freezeId === f.id))
        .map((f) => toFreezeView(store, f, names)),
      maintenanceWindows: mRows.map((m) => toMaintenanceView(m, names)),
      occurrences: toOccurrenceViews(occurrences(mRows, range), mRows, names),
      freezeOccurrences: frozen,
      timeZone: store.workspace.timeZone(),
      conflicts: findConflicts(cal),
    };
  },
  'calendar.saveFreeze': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.write(w, (s) => {
      if (input.scope.kind === 'nodes') assertLiveNodes(s, input.scope.ids);
      if (input.scope.kind === 'tiers') assertTiers(s, input.scope.ids);
      return s.calendar.saveFreeze(w, input);
    });
    const row = ws.store.calendar.freezes().find((f) => f.id === id);
    if (!row) throw new AppError('INTERNAL', 'The freeze was saved but cannot be read back.');
    return toFreezeView(ws.store, row);
  },
  'calendar.retireFreeze': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.calendar.retireFreeze(w, input.id));
  },
  'calendar.saveMaintenance': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.write(w, (s) => {
      assertLiveNodes(s, [input.nodeId]);
      return s.calendar.saveMaintenance(w, input);
    });
    const row = ws.store.calendar.maintenance().find((m) => m.id === id);
    if (!row) throw new AppError('INTERNAL', 'The maintenance window was saved but cannot be read back.');
    return toMaintenanceView(row, ws.store.releases.nodeNames());
  },
  'calendar.retireMaintenance': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.calendar.retireMaintenance(w, input.id));
  },
} satisfies Partial<Handlers>;
