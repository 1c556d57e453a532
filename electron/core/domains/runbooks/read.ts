// Reading runbooks: the list, one runbook at a version, and the timing of a version (critical path
// and a seeded Monte Carlo against the tightest RTO of the nodes it targets).
import {
  AppError,
  type RunbookDetail,
  type RunbookListRow,
  type RunbookTiming,
  type RunbookVersionView,
} from '../../../../shared/contract';
import { criticalPath, monteCarlo, validateRunbook } from '../../../../shared/domain/runbook';
import type { RunbookStep } from '../../../../shared/domain/runbook/types';
import type { CompiledGraph } from '../../../../shared/domain/graph';
import type { Workspace } from '../../app/workspace';
import { compiledWorkspaceGraph } from '../graph/read';
import { domainSteps } from '../../store/runbooks';

/**
 * What the read models need: the store, and the connection services/graph still compiles the graph
 * from (until the graph domain reads through the store too).
 */
export type Reader = Pick<Workspace, 'store'>;

/** The Monte Carlo every runbook figure uses; an evidence pack records it beside the estimates. */
export const MONTE_CARLO = { runs: 10_000, seed: 1 } as const;

function timing(r: Reader, v: RunbookVersionView, steps: RunbookStep[]): RunbookTiming {
  const graph = v.targetNodeIds.length > 0 ? compiledWorkspaceGraph(r.store).graph : null;
  return runbookTiming(graph, v.targetNodeIds, steps, MONTE_CARLO);
}

/**
 * Critical path and Monte Carlo against the tightest RTO of the targeted nodes: the app's reads and
 * `verify --recompute` both call this.
 */
export function runbookTiming(
  graph: CompiledGraph | null,
  targetNodeIds: readonly string[],
  steps: RunbookStep[],
  mc: { runs: number; seed: number },
): RunbookTiming {
  let rtoMinutes: number | null = null;
  let rtoFrom: string | null = null;
  if (graph) {
    for (const nodeId of targetNodeIds) {
      const n = graph.nodes[graph.indexOf.get(nodeId) ?? -1];
      if (n?.rtoMinutes !== undefined && (rtoMinutes === null || n.rtoMinutes < rtoMinutes)) {
        rtoMinutes = n.rtoMinutes;
        rtoFrom = n.name;
      }
    }
  }
  return {
    criticalPath: criticalPath(steps),
    monteCarlo: monteCarlo(steps, {
      runs: mc.runs,
      seed: mc.seed,
      ...(rtoMinutes === null ? {} : { rtoMinutes }),
    }),
    rtoMinutes,
    rtoFrom,
  };
}

export function runbookList(r: Reader): RunbookListRow[] {
  return r.store.runbooks.liveIds().map((id) => {
    const summary = r.store.runbooks.summary(id);
    const version = r.store.runbooks.versionView(summary.latest.id);
    const steps = domainSteps(version.steps);
    // The list shows the same seeded figure the editor does, so the two never disagree.
    const t = steps.length > 0 && validateRunbook(steps).ok ? timing(r, version, steps) : null;
    return {
      ...summary,
      pMeetRto: t?.monteCarlo.pMeetRto ?? null,
      rtoMinutes: t?.rtoMinutes ?? null,
      criticalPathMinutes: t?.criticalPath.total ?? null,
    };
  });
}

/** A runbook at a version (the latest unless named), with its timing or the issues that prevent it. */
export function runbookDetail(r: Reader, runbookId: string, versionId?: string): RunbookDetail {
  const summary = r.store.runbooks.summary(runbookId);
  const version = r.store.runbooks.versionView(versionId ?? summary.latest.id);
  if (version.runbookId !== runbookId)
    throw new AppError('NOT_FOUND', 'That version belongs to another runbook.');
  const versions = r.store.runbooks.versions(runbookId).map((v) => ({
    id: v.id,
    version: v.version,
    status: v.status,
    authorName: v.authorName,
    approvedBy: v.approvedBy,
    approvedAt: v.approvedAt,
  }));
  const steps = domainSteps(version.steps);
  const check = validateRunbook(steps);
  return {
    summary,
    versions,
    version,
    timing: check.ok && steps.length > 0 ? timing(r, version, steps) : null,
    issues: check.ok ? [] : check.issues,
  };
}
