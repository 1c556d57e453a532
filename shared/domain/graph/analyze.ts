// Runs every analysis over one compiled graph and returns the GraphAnalysis JSON shape. It times
// nothing: the benchmark times the parts, and callers decide where the work runs.

import { blastPass, sortSummary } from './blast-radius';
import { buildGraph } from './build';
import { condense } from './cycles';
import { rtoInversions } from './inversions';
import { recoveryOrder } from './recovery-order';
import { recoveryTimes } from './recovery-time';
import { CRITICAL_TIER_RANK, singlePointsOfFailure } from './spof';
import type { CompiledGraph, GraphAnalysis, GraphInput } from './types';

/** Accepts raw input or an already compiled graph (to share one build between callers). */
export function analyze(graph: GraphInput | CompiledGraph): GraphAnalysis {
  const g = 'nodeCount' in graph ? graph : buildGraph(graph);
  // One condensation and one blast pass serve several analyses.
  const c = condense(g);
  const pass = blastPass(g, CRITICAL_TIER_RANK);
  const order = recoveryOrder(g, c);
  return {
    schemaVersion: 1,
    nodeCount: g.nodeCount,
    edgeCount: g.edges.length,
    issues: [...g.issues],
    blastRadius: sortSummary(g, pass.summary),
    singlePointsOfFailure: singlePointsOfFailure(g, pass),
    rtoInversions: rtoInversions(g),
    recoveryTimes: recoveryTimes(g, c),
    recoveryOrder: order,
    cycles: order.cycles,
  };
}
