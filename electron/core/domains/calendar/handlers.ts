// The change calendar: freeze windows (everything, some tiers or some services, with a reason) and
// maintenance windows per service, each write audited; the month/week views read calendar.get.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import {
  calendarInput,
  freezeRows,
  maintenanceRows,
  occurrences,
  toFreezeView,
  toMaintenanceView,
  toOccurrenceViews,
} from './read';
import { findConflicts } from '../../../../shared/domain/release';
import { releaseGraph } from '../releases/readiness-graph';
import { nodeNames, releaseRows, toDomainRelease, toReleaseView } from '../releases/views';

export function assertLiveNodes(db: Database.Database, nodeIds: readonly string[]): void {
  const check = db.prepare('SELECT 1 FROM node WHERE id = ? AND retired_at IS NULL');
  for (const id of nodeIds)
    if (!check.get(id)) throw new AppError('INVALID_INPUT', `Service ${id} does not exist (or was retired).`);
}

function assertTiers(db: Database.Database, tierIds: readonly string[]): void {
  const check = db.prepare('SELECT 1 FROM tier WHERE id = ?');
  for (const id of tierIds)
    if (!check.get(id)) throw new AppError('INVALID_INPUT', `Tier ${id} does not exist.`);
}

function retire(table: 'freeze_window' | 'maintenance_window', entity: string) {
  return (input: { id: string }, ctx: Parameters<Handlers['calendar.retireFreeze']>[1]): null => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.mutate(w, () => {
      const changed = ws.db
        .prepare(`UPDATE ${table} SET retired_at = ?, updated_at = ? WHERE id = ? AND retired_at IS NULL`)
        .run(w.now.toISOString(), w.now.toISOString(), input.id).changes;
      if (changed === 0) throw new AppError('NOT_FOUND', `That ${entity} does not exist (or was retired).`);
      return { value: null, audit: { action: `${entity}.retire`, entity, entityId: input.id } };
    });
  };
}

export const calendarHandlers = {
  'calendar.get': (input, ctx) => {
    const db = requireWorkspace(ctx).db;
    const graph = releaseGraph(db);
    const names = nodeNames(db);
    const range = { start: input.from, end: input.to };
    const rows = releaseRows(db);
    const cal = calendarInput(db, graph, rows.map(toDomainRelease));
    const mRows = maintenanceRows(db);
    const inRange = (s: number, e: number): boolean => s < range.end && range.start < e;
    return {
      from: new Date(input.from).toISOString(),
      to: new Date(input.to).toISOString(),
      releases: rows
        .filter((r) => inRange(r.window_start, r.window_end))
        .map((r) => toReleaseView(db, r, names)),
      freezes: freezeRows(db)
        .filter((f) => inRange(f.window_start, f.window_end))
        .map((f) => toFreezeView(db, f, names)),
      maintenanceWindows: mRows.map((m) => toMaintenanceView(m, names)),
      occurrences: toOccurrenceViews(occurrences(mRows, range), mRows, names),
      conflicts: findConflicts(cal),
    };
  },
  'calendar.saveFreeze': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutate(w, () => {
      if (input.scope.kind === 'nodes') assertLiveNodes(ws.db, input.scope.ids);
      if (input.scope.kind === 'tiers') assertTiers(ws.db, input.scope.ids);
      const ids = input.scope.kind === 'everything' ? [] : input.scope.ids;
      const at = w.now.toISOString();
      const values = [
        input.name,
        input.reason,
        input.start,
        input.end,
        input.scope.kind,
        JSON.stringify(ids),
      ];
      const before = input.id ? freezeRows(ws.db).find((f) => f.id === input.id) : undefined;
      if (input.id && !before)
        throw new AppError('NOT_FOUND', 'That freeze does not exist (or was retired).');
      const freezeId = input.id ?? randomUUID();
      if (before) {
        ws.db
          .prepare(
            'UPDATE freeze_window SET name = ?, reason = ?, window_start = ?, window_end = ?, scope_kind = ?, scope_ids = ?, updated_at = ? WHERE id = ?',
          )
          .run(...values, at, freezeId);
      } else {
        ws.db
          .prepare(
            'INSERT INTO freeze_window (id, name, reason, window_start, window_end, scope_kind, scope_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(freezeId, ...values, at, at);
      }
      return {
        value: freezeId,
        audit: {
          action: before ? 'freeze.update' : 'freeze.create',
          entity: 'freeze',
          entityId: freezeId,
          before,
          after: { ...input, id: freezeId },
        },
      };
    });
    const row = freezeRows(ws.db).find((f) => f.id === id);
    if (!row) throw new AppError('INTERNAL', 'The freeze was saved but cannot be read back.');
    return toFreezeView(ws.db, row);
  },
  'calendar.retireFreeze': retire('freeze_window', 'freeze'),
  'calendar.saveMaintenance': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutate(w, () => {
      assertLiveNodes(ws.db, [input.nodeId]);
      const at = w.now.toISOString();
      const values = [input.nodeId, input.name, input.start, input.end, input.recurrence, input.until];
      const before = input.id ? maintenanceRows(ws.db).find((m) => m.id === input.id) : undefined;
      if (input.id && !before)
        throw new AppError('NOT_FOUND', 'That maintenance window does not exist (or was retired).');
      const windowId = input.id ?? randomUUID();
      if (before) {
        ws.db
          .prepare(
            'UPDATE maintenance_window SET node_id = ?, name = ?, window_start = ?, window_end = ?, recurrence = ?, until = ?, updated_at = ? WHERE id = ?',
          )
          .run(...values, at, windowId);
      } else {
        ws.db
          .prepare(
            'INSERT INTO maintenance_window (id, node_id, name, window_start, window_end, recurrence, until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(windowId, ...values, at, at);
      }
      return {
        value: windowId,
        audit: {
          action: before ? 'maintenance.update' : 'maintenance.create',
          entity: 'maintenance',
          entityId: windowId,
          before,
          after: { ...input, id: windowId },
        },
      };
    });
    const row = maintenanceRows(ws.db).find((m) => m.id === id);
    if (!row) throw new AppError('INTERNAL', 'The maintenance window was saved but cannot be read back.');
    return toMaintenanceView(row, nodeNames(ws.db));
  },
  'calendar.retireMaintenance': retire('maintenance_window', 'maintenance'),
} satisfies Partial<Handlers>;
