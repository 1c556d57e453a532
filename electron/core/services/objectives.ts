// The objectives overview: every process derived at once, for the heat map, the RTO-against-MTD
// chart and the list of every conflict.
import type Database from 'better-sqlite3';
import type { ObjectivesConflict, ObjectivesOverview, ObjectivesRow } from '../../../shared/contract';
import { deriveAll } from '../../../shared/domain/bia';
import { buildGraph, rtoInversions } from '../../../shared/domain/graph';
import { requireWorkspace } from '../context';
import type { Handlers } from '../router';
import { prepareFromRegisters, processInput, toBiaRecord } from './bia-read';
import { loadGraphInput, type ProcessObjectives } from './graph-input';
import { loadRegisters } from './registers';

export function objectivesOverview(db: Database.Database): ObjectivesOverview {
  const registers = loadRegisters(db);
  const prepared = prepareFromRegisters(registers);
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const processes = db
    .prepare(
      `SELECT n.id, n.name, n.department, n.owner, b.* FROM node n JOIN bia b ON b.process_id = n.id
       WHERE n.kind = 'process' AND n.retired_at IS NULL ORDER BY n.department, n.name`,
    )
    .all() as (Parameters<typeof toBiaRecord>[0] & {
    id: string;
    name: string;
    department: string;
    owner: string;
  })[];

  const ratings = new Map<string, Record<string, (number | null)[]>>();
  const losses = new Map<string, (number | null)[]>();
  const empty = () => registers.buckets.map(() => null as number | null);
  for (const p of processes) ratings.set(p.id, {});
  for (const r of db
    .prepare('SELECT process_id, category_id, bucket_id, severity FROM bia_rating')
    .iterate() as IterableIterator<{
    process_id: string;
    category_id: string;
    bucket_id: string;
    severity: number;
  }>) {
    const m = ratings.get(r.process_id);
    const i = bucketIndex.get(r.bucket_id);
    if (!m || i === undefined) continue;
    (m[r.category_id] ??= empty())[i] = r.severity;
  }
  for (const l of db
    .prepare('SELECT process_id, bucket_id, amount FROM bia_loss')
    .iterate() as IterableIterator<{
    process_id: string;
    bucket_id: string;
    amount: number;
  }>) {
    const i = bucketIndex.get(l.bucket_id);
    if (i === undefined || !ratings.has(l.process_id)) continue;
    let row = losses.get(l.process_id);
    if (!row) losses.set(l.process_id, (row = empty()));
    row[i] = l.amount;
  }

  const records = processes.map(toBiaRecord);
  const derived = deriveAll(
    records.map((rec) =>
      processInput(rec, ratings.get(rec.processId) ?? {}, losses.get(rec.processId) ?? empty()),
    ),
    prepared,
  );
  const rows: ObjectivesRow[] = [];
  const conflicts: ObjectivesConflict[] = [];
  processes.forEach((p, i) => {
    const o = derived[i]!;
    rows.push({
      processId: p.id,
      name: p.name,
      department: p.department,
      owner: p.owner,
      status: records[i]!.status,
      mtd: o.mtd,
      rto: o.effectiveRto,
      rpo: o.effectiveRpo,
      wrt: o.wrtMinutes,
      tierName: o.tier?.name ?? null,
      worstSeverityByBucket: [...o.worstSeverityByBucket],
      conflictCount: o.conflicts.length,
      warningCount: o.warnings.length,
    });
    for (const c of [...o.conflicts, ...o.warnings]) {
      conflicts.push({
        processId: p.id,
        processName: p.name,
        subjectKind: 'process',
        code: c.code,
        severity: c.severity,
        message: c.message,
      });
    }
  });
  conflicts.push(...dependencyConflicts(db, processes, derived, registers.tiers));
  return { buckets: registers.buckets, rows, conflicts };
}

/**
 * Providers slower than what needs them, anywhere down the dependency graph: the demand comes from
 * a process's RTO or from a resource's own target, whichever is tighter.
 */
function dependencyConflicts(
  db: Database.Database,
  processes: readonly { id: string }[],
  derived: readonly { effectiveRto: number | null; tier: ProcessObjectives['tier'] }[],
  tiers: Parameters<typeof loadGraphInput>[2],
): ObjectivesConflict[] {
  const objectives = new Map<string, ProcessObjectives>(
    processes.map((p, i) => [p.id, { rto: derived[i]!.effectiveRto, tier: derived[i]!.tier }]),
  );
  const graph = buildGraph(loadGraphInput(db, objectives, tiers));
  const kindOf = (id: string) => graph.nodes[graph.indexOf.get(id) ?? -1]?.kind ?? 'process';
  return rtoInversions(graph).map((inv) => ({
    processId: inv.demandOrigin.id,
    processName: inv.demandOrigin.name,
    subjectKind: kindOf(inv.demandOrigin.id),
    code: 'rto-inversion',
    severity: 'error' as const,
    message: inv.explanation,
    path: inv.path.map((n) => n.name),
  }));
}

export const objectivesHandlers = {
  'objectives.overview': (_input, ctx) => objectivesOverview(requireWorkspace(ctx).db),
} satisfies Partial<Handlers>;
