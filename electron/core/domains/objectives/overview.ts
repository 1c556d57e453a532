// The objectives overview: every process derived at once, for the heat map, the RTO-against-MTD
// chart and the list of every conflict.
import type { ObjectivesConflict, ObjectivesOverview, ObjectivesRow } from '../../../../shared/contract';
import { buildGraph, recoveryTimes, rtoInversions } from '../../../../shared/domain/graph';
import type { Store } from '../../store';
import { deriveEveryProcess, processObjectives, type ProcessObjectives } from '../bia/read-all';
import { CANNOT_MEET_RTO } from '../../../../shared/contract';
import { loadGraphInput } from '../graph/input';
import { conflictKey, inversionKey } from '../../../../shared/domain/exceptions';

/** `source`: the store (a raw connection is accepted while other services move to the store). */
export function objectivesOverview(store: Store): ObjectivesOverview {
  const all = deriveEveryProcess(store);
  const { registers, processes, records, derived } = all;
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
        key: conflictKey(c.code, [p.id]),
      });
    }
  });
  conflicts.push(...dependencyConflicts(store, processObjectives(all), registers.tiers));
  return { buckets: registers.buckets, rows, conflicts };
}

/**
 * Providers slower than what needs them, anywhere down the dependency graph: the demand comes from
 * a process's RTO or from a resource's own target, whichever is tighter. Then every node whose
 * achievable recovery time along its critical path exceeds its RTO: the same analysis the CLI's
 * `analyze` and the PDF report, so the app cannot say "no conflicts" where they list gaps.
 */
function dependencyConflicts(
  store: Store,
  objectives: ReadonlyMap<string, ProcessObjectives>,
  tiers: Parameters<typeof loadGraphInput>[2],
): ObjectivesConflict[] {
  const graph = buildGraph(loadGraphInput(store, objectives, tiers));
  const kindOf = (id: string) => graph.nodes[graph.indexOf.get(id) ?? -1]?.kind ?? 'process';
  const nameOf = (id: string) => graph.nodes[graph.indexOf.get(id) ?? -1]?.name ?? id;
  const inversions = rtoInversions(graph).map((inv) => ({
    processId: inv.demandOrigin.id,
    processName: inv.demandOrigin.name,
    subjectKind: kindOf(inv.demandOrigin.id),
    code: 'rto-inversion',
    severity: 'error' as const,
    message: inv.explanation,
    path: inv.path.map((n) => n.name),
    key: inversionKey(inv),
  }));
  const gaps = recoveryTimes(graph)
    .filter((r) => r.meetsRto === false)
    .map((r) => ({
      processId: r.id,
      processName: r.name,
      subjectKind: kindOf(r.id),
      code: CANNOT_MEET_RTO,
      severity: 'error' as const,
      message: `Cannot meet its RTO. ${r.explanation}`,
      path: r.criticalPath.map(nameOf),
      key: conflictKey(CANNOT_MEET_RTO, [r.id]),
    }));
  return [...inversions, ...gaps];
}
