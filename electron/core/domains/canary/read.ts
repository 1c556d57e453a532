// Canary comparisons: baseline and canary samples per metric imported from CSV (metric, group,
// value), judged by the domain's Mann-Whitney analysis with each metric's tolerance and direction.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CanaryMetricView, CanaryView } from '../../../../shared/contract';
import { analyseCanary, type MetricDirection } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { CsvTable } from '../../services/csv-table';
import { releaseRow } from '../releases/views';

interface ComparisonRow {
  id: string;
  release_id: string;
  name: string;
  pass_threshold: number;
  marginal_threshold: number;
  created_at: string;
}

interface MetricRow {
  id: string;
  name: string;
  direction: MetricDirection;
  tolerance: number;
  critical: number;
  baseline: string;
  canary: string;
}

const numbers = (json: string): number[] => {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
  } catch {
    return [];
  }
};

function toView(db: Database.Database, c: ComparisonRow): CanaryView {
  const metrics: CanaryMetricView[] = (
    db.prepare('SELECT * FROM canary_metric WHERE comparison_id = ? ORDER BY rowid').all(c.id) as MetricRow[]
  ).map((m) => ({
    id: m.id,
    name: m.name,
    direction: m.direction,
    tolerance: m.tolerance,
    critical: m.critical === 1,
    baseline: numbers(m.baseline),
    canary: numbers(m.canary),
  }));
  return {
    id: c.id,
    releaseId: c.release_id,
    name: c.name,
    passThreshold: c.pass_threshold,
    marginalThreshold: c.marginal_threshold,
    createdAt: c.created_at,
    metrics,
    result: analyseCanary(metrics, {
      passThreshold: c.pass_threshold,
      marginalThreshold: c.marginal_threshold,
    }),
  };
}

export function listCanaries(db: Database.Database, releaseId?: string): CanaryView[] {
  const rows = db
    .prepare(
      `SELECT * FROM canary_comparison WHERE retired_at IS NULL ${releaseId ? 'AND release_id = ?' : ''} ORDER BY created_at DESC, rowid DESC`,
    )
    .all(...(releaseId ? [releaseId] : [])) as ComparisonRow[];
  return rows.map((r) => toView(db, r));
}

/** The latest comparison of a release decides its gate's canary check. */
export function latestCanary(db: Database.Database, releaseId: string): CanaryView | null {
  return listCanaries(db, releaseId)[0] ?? null;
}

type Settings = { name: string; direction: MetricDirection; tolerance: number; critical: boolean };

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
  'canary.list': (input, ctx) => listCanaries(requireWorkspace(ctx).db, input.releaseId),
  'canary.import': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    releaseRow(ws.db, input.releaseId);
    const samples = parseCanaryCsv(input.csv);
    const settings = new Map(input.metrics.map((m) => [m.name, m]));
    const id = ws.mutate(w, () => {
      const comparisonId = randomUUID();
      const at = w.now.toISOString();
      ws.db
        .prepare(
          'INSERT INTO canary_comparison (id, release_id, name, pass_threshold, marginal_threshold, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(comparisonId, input.releaseId, input.name, input.passThreshold, input.marginalThreshold, at, at);
      const insert = ws.db.prepare(
        'INSERT INTO canary_metric (id, comparison_id, name, direction, tolerance, critical, baseline, canary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const [name, s] of samples) {
        // A metric without settings is judged as "higher is worse, 10% tolerance": the common case of latency and errors.
        const set: Settings = settings.get(name) ?? {
          name,
          direction: 'higher-is-worse',
          tolerance: 0.1,
          critical: false,
        };
        insert.run(
          randomUUID(),
          comparisonId,
          name,
          set.direction,
          set.tolerance,
          set.critical ? 1 : 0,
          JSON.stringify(s.baseline),
          JSON.stringify(s.canary),
        );
      }
      return {
        value: comparisonId,
        audit: {
          action: 'canary.import',
          entity: 'release',
          entityId: input.releaseId,
          after: { comparisonId, name: input.name, metrics: [...samples.keys()] },
        },
      };
    });
    const row = ws.db.prepare('SELECT * FROM canary_comparison WHERE id = ?').get(id) as ComparisonRow;
    return toView(ws.db, row);
  },
} satisfies Partial<Handlers>;
