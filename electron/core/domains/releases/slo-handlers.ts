// SLOs per service with their measurements, entered one by one or imported from CSV.
import type { SliMeasurement } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { CsvTable } from '../../csv/table';
import { assertLiveNodes } from './calendar-read';
import { sloView } from './slo-read';

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
    const store = requireWorkspace(ctx).store;
    const now = ctx.session.clock.now().getTime();
    const names = store.releases.nodeNames();
    return store.slos.list().map((r) => sloView(store, r, now, names));
  },
  'slos.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.write(w, (s) => {
      assertLiveNodes(s, [input.nodeId]);
      return s.slos.save(w, input);
    });
    return sloView(ws.store, ws.store.slos.get(id), w.now.getTime());
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
    ws.write(w, (s) => s.slos.addMeasurement(w, input.sloId, m));
    return sloView(ws.store, ws.store.slos.get(input.sloId), w.now.getTime());
  },
  'slos.importCsv': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.store.slos.get(input.sloId);
    const rows = parseMeasurementsCsv(input.csv);
    return ws.write(w, (s) => s.slos.importMeasurements(w, input.sloId, rows));
  },
} satisfies Partial<Handlers>;
