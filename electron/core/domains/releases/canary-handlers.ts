// Canary comparisons: baseline and canary samples per metric imported from CSV (metric, group, value).
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { CanaryMetricInput } from '../../store/canary';
import { CsvTable } from '../../csv/table';
import { listCanaries, toCanaryView } from './canary-read';

/** Samples per metric name, in file order; unknown groups and non-numbers are reported by row. */
export function parseCanaryCsv(text: string): Map<string, { baseline: number[]; canary: number[] }> {
  const table = new CsvTable(text, ['metric', 'group', 'value']);
  const out = new Map<string, { baseline: number[]; canary: number[] }>();
  for (const rec of table.records) {
    const metric = rec.get('metric');
    const group = rec.get('group').toLowerCase();
    if (metric === '') table.problem(rec.row, 'metric', 'names no metric.');
    if (group !== 'baseline' && group !== 'canary')
      table.problem(rec.row, 'group', `"${rec.get('group')}" must be baseline or canary.`);
    const value = table.number(rec, 'value');
    if (metric === '' || value === null || (group !== 'baseline' && group !== 'canary')) continue;
    const entry = out.get(metric) ?? { baseline: [], canary: [] };
    entry[group].push(value);
    out.set(metric, entry);
  }
  if (table.records.length === 0) table.problem(1, 'metric', 'the file has a header but no samples.');
  table.assertClean();
  return out;
}

export const canaryHandlers = {
  'canary.list': (input, ctx) => listCanaries(requireWorkspace(ctx).store, input.releaseId),
  'canary.import': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.store.releases.get(input.releaseId);
    const samples = parseCanaryCsv(input.csv);
    const settings = new Map(input.metrics.map((m) => [m.name, m]));
    const metrics = [...samples].map(([name, s]): CanaryMetricInput => {
      // A metric without settings is judged as "higher is worse, 10% tolerance": the common case of latency and errors.
      const set = settings.get(name) ?? { direction: 'higher-is-worse', tolerance: 0.1, critical: false };
      return { name, direction: set.direction, tolerance: set.tolerance, critical: set.critical, ...s };
    });
    const id = ws.write(w, (s) =>
      s.canary.import(
        w,
        {
          releaseId: input.releaseId,
          name: input.name,
          passThreshold: input.passThreshold,
          marginalThreshold: input.marginalThreshold,
        },
        metrics,
      ),
    );
    const row = ws.store.canary.get(id);
    if (!row) throw new AppError('INTERNAL', 'The canary comparison was saved but cannot be read back.');
    return toCanaryView(ws.store, row);
  },
} satisfies Partial<Handlers>;
