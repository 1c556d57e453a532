// Cuts the dependency map down to chosen processes and every node they depend on (hard and soft
// edges, followed transitively), keeping the computed positions so the drawing matches the app's.
import type { DependencyMap } from '../../../shared/contract';
import type { GraphAnalysis } from '../../../shared/domain/graph';

export function reachableFrom(
  map: { edges: readonly { consumerId: string; providerId: string }[] },
  start: ReadonlySet<string>,
): Set<string> {
  const providers = new Map<string, string[]>();
  for (const e of map.edges) {
    const list = providers.get(e.consumerId);
    if (list) list.push(e.providerId);
    else providers.set(e.consumerId, [e.providerId]);
  }
  const seen = new Set(start);
  const stack = [...start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const p of providers.get(id) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen;
}

export function scopeMap(map: DependencyMap, processIds: ReadonlySet<string>): DependencyMap {
  const keep = reachableFrom(map, processIds);
  const has = (id: string) => keep.has(id);
  const edges = map.edges.filter((e) => has(e.consumerId) && has(e.providerId));
  const edgeIds = new Set(edges.map((e) => e.id));
  const nodes = map.layout.nodes.filter((n) => has(n.id));
  return {
    nodes: map.nodes.filter((n) => has(n.id)),
    edges,
    layout: { ...map.layout, nodes, edges: map.layout.edges.filter((e) => edgeIds.has(e.id)) },
    analysis: scopeAnalysis(map.analysis, keep, edgeIds, processIds),
  };
}

/** The analysis cut to the kept nodes and edges; SPOFs count only the chosen processes they take down. */
export function scopeAnalysis(
  a: GraphAnalysis,
  keep: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
  processIds: ReadonlySet<string>,
): GraphAnalysis {
  const has = (id: string) => keep.has(id);
  return {
    ...a,
    nodeCount: keep.size,
    edgeCount: edgeIds.size,
    issues: a.issues.filter((i) => has(i.id) || edgeIds.has(i.id)),
    blastRadius: a.blastRadius.filter((b) => has(b.id)),
    singlePointsOfFailure: a.singlePointsOfFailure
      .filter((s) => has(s.id) && s.takesDown.some((p) => processIds.has(p.id)))
      .map((s) => ({ ...s, takesDown: s.takesDown.filter((p) => processIds.has(p.id)) })),
    rtoInversions: a.rtoInversions.filter((i) => has(i.consumer.id)),
    recoveryTimes: a.recoveryTimes.filter((r) => has(r.id)),
    cycles: a.cycles.filter((c) => c.members.some((m) => has(m.id))),
    recoveryOrder: {
      ...a.recoveryOrder,
      waves: a.recoveryOrder.waves
        .map((w) => ({ ...w, units: w.units.filter((u) => u.nodeIds.some(has)) }))
        .filter((w) => w.units.length > 0),
    },
  };
}
