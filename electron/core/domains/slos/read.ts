// SLOs per service with their measurements (entered one by one or imported from CSV), read as an
// error budget over the SLO's window, burn rates over a short and a long window, and a burn-down.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError, type SloView } from '../../../../shared/contract';
import {
  DAY_MS,
  burnRates,
  errorBudget,
  type ErrorBudget,
  type Instant,
  type SliKind,
  type SliMeasurement,
  type Slo,
} from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { WriteContext } from '../../app/workspace';
import { assertLiveNodes } from '../calendar/handlers';
import { CsvTable } from '../../services/csv-table';
import { nodeNames } from '../releases/views';

interface SloRow {
  id: string;
  node_id: string;
  name: string;
  sli_kind: SliKind;
  target_percent: number;
  window_days: number;
  policy_min_remaining: number;
}

/** Burn-rate windows scaled to the SLO: a day and a week, the pair a daily-measured service can show. */
export const BURN_WINDOWS = { shortMs: DAY_MS, longMs: 7 * DAY_MS } as const;

export function sloRows(db: Database.Database): SloRow[] {
  return db.prepare('SELECT * FROM slo WHERE retired_at IS NULL ORDER BY name').all() as SloRow[];
}

export function toSlo(r: SloRow): Slo {
  return {
    nodeId: r.node_id,
    sliKind: r.sli_kind,
    targetPercent: r.target_percent,
    windowDays: r.window_days,
    policyMinRemainingFraction: r.policy_min_remaining,
  };
}

export function measurements(db: Database.Database, sloId: string): SliMeasurement[] {
  return (
    db
      .prepare(
        'SELECT period_start, period_end, good, total FROM slo_measurement WHERE slo_id = ? ORDER BY period_end',
      )
      .all(sloId) as { period_start: number; period_end: number; good: number; total: number }[]
  ).map((m) => ({ periodStart: m.period_start, periodEnd: m.period_end, good: m.good, total: m.total }));
}

export function sloView(db: Database.Database, r: SloRow, now: Instant, names = nodeNames(db)): SloView {
  const ms = measurements(db, r.id);
  const slo = toSlo(r);
  return {
    id: r.id,
    nodeId: r.node_id,
    nodeName: names.get(r.node_id) ?? r.node_id,
    name: r.name,
    sliKind: r.sli_kind,
    targetPercent: r.target_percent,
    windowDays: r.window_days,
    policyMinRemaining: r.policy_min_remaining,
    measurementCount: ms.length,
    budget: errorBudget(slo, ms, now),
    burn: burnRates(slo, ms, now, BURN_WINDOWS),
  };
}

/** The error budgets of every SLO on the given services, for the gate. */
export function budgetsFor(db: Database.Database, nodeIds: readonly string[], now: Instant): ErrorBudget[] {
  const touched = new Set(nodeIds);
  return sloRows(db)
    .filter((r) => touched.has(r.node_id))
    .map((r) => errorBudget(toSlo(r), measurements(db, r.id), now));
}

function loadSlo(db: Database.Database, sloId: string): SloRow {
  const row = sloRows(db).find((r) => r.id === sloId);
  if (!row) throw new AppError('NOT_FOUND', 'That SLO does not exist (or was retired).');
  return row;
}

function upsertMeasurement(db: Database.Database, w: WriteContext, sloId: string, m: SliMeasurement): void {
  db.prepare(
    `INSERT INTO slo_measurement (id, slo_id, period_start, period_end, good, total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(slo_id, period_start, period_end) DO UPDATE SET good = excluded.good, total = excluded.total`,
  ).run(randomUUID(), sloId, m.periodStart, m.periodEnd, m.good, m.total, w.now.toISOString());
}

/** Reads `period_start, period_end, good, total`; every bad cell is reported before anything is written. */
export function parseMeasurementsCsv(text: string): SliMeasurement[] {
  const table = new CsvTable(text, ['period_start', 'period_end', 'good', 'total']);
  const out: SliMeasurement[] = [];
  for (const rec of table.records) {
    const start = table.instant(rec, 'period_start');
    const end = table.instant(rec, 'period_end');
    const good = table.number(rec, 'good', { integer: true, min: 0 });
    const total = table.number(rec, 'total', { integer: true, min: 0 });
    if (start !== null && end !== null && end <= start)
      table.problem(rec.row, 'period_end', 'the period must end after it starts.');
    if (good !== null && total !== null && good > total)
      table.problem(rec.row, 'good', `${good} good events exceed the ${total} total.`);
    if (start !== null && end !== null && good !== null && total !== null)
      out.push({ periodStart: start, periodEnd: end, good, total });
  }
  if (table.records.length === 0)
    table.problem(1, 'period_start', 'the file has a header but no measurements.');
  table.assertClean();
  return out;
}

export const sloHandlers = {
  'slos.list': (_input, ctx) => {
    const db = requireWorkspace(ctx).db;
    const now = ctx.session.clock.now().getTime();
    const names = nodeNames(db);
    return sloRows(db).map((r) => sloView(db, r, now, names));
  },
  'slos.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutate(w, () => {
      assertLiveNodes(ws.db, [input.nodeId]);
      const before = input.id ? loadSlo(ws.db, input.id) : undefined;
      const sloId = input.id ?? randomUUID();
      const at = w.now.toISOString();
      const values = [
        input.nodeId,
        input.name,
        input.sliKind,
        input.targetPercent,
        input.windowDays,
        input.policyMinRemaining,
      ];
      if (before)
        ws.db
          .prepare(
            'UPDATE slo SET node_id = ?, name = ?, sli_kind = ?, target_percent = ?, window_days = ?, policy_min_remaining = ?, updated_at = ? WHERE id = ?',
          )
          .run(...values, at, sloId);
      else
        ws.db
          .prepare(
            'INSERT INTO slo (id, node_id, name, sli_kind, target_percent, window_days, policy_min_remaining, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(sloId, ...values, at, at);
      return {
        value: sloId,
        audit: {
          action: before ? 'slo.update' : 'slo.create',
          entity: 'slo',
          entityId: sloId,
          before,
          after: { ...input, id: sloId },
        },
      };
    });
    return sloView(ws.db, loadSlo(ws.db, id), w.now.getTime());
  },
  'slos.addMeasurement': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const m = {
      periodStart: input.measurement.start,
      periodEnd: input.measurement.end,
      good: input.measurement.good,
      total: input.measurement.total,
    };
    ws.mutate(w, () => {
      loadSlo(ws.db, input.sloId);
      upsertMeasurement(ws.db, w, input.sloId, m);
      return {
        value: null,
        audit: { action: 'slo.measurement', entity: 'slo', entityId: input.sloId, after: m },
      };
    });
    return sloView(ws.db, loadSlo(ws.db, input.sloId), w.now.getTime());
  },
  'slos.importCsv': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    loadSlo(ws.db, input.sloId);
    const rows = parseMeasurementsCsv(input.csv);
    return ws.mutate(w, () => {
      for (const m of rows) upsertMeasurement(ws.db, w, input.sloId, m);
      return {
        value: { imported: rows.length },
        audit: {
          action: 'slo.import',
          entity: 'slo',
          entityId: input.sloId,
          after: { measurements: rows.length },
        },
      };
    });
  },
} satisfies Partial<Handlers>;
