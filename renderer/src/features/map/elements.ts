// From graph.map's answer to cytoscape elements: each node at its saved position, else where the
// server's layered layout put it; the analysis becomes classes (spof, inversion, cycle, grouped).
import type { ElementDefinition } from 'cytoscape';
import type { DependencyMap, MapNode } from '../../../../shared/contract';
import type { RecoveryTime, RtoInversion } from '../../../../shared/domain/graph';
import { KIND_STYLES } from './cy-style';
import { edgeLabels, nodeSubLabel, placedBoxes } from './scene';

/** Lookups over one map answer, built once per load. */
export interface MapIndex {
  node: Map<string, MapNode>;
  spof: Set<string>;
  /** Direct edge id → the inversions drawn on it. */
  inversionByEdge: Map<string, RtoInversion[]>;
  /** Node id → inversions it takes part in (as consumer, provider or on the path). */
  inversionsByNode: Map<string, RtoInversion[]>;
  cycleNodes: Set<string>;
  recovery: Map<string, RecoveryTime>;
}

export function indexMap(map: DependencyMap): MapIndex {
  const inversionByEdge = new Map<string, RtoInversion[]>();
  const inversionsByNode = new Map<string, RtoInversion[]>();
  const add = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
    const list = m.get(k);
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else m.set(k, [v]);
  };
  for (const inv of map.analysis.rtoInversions) {
    for (const e of inv.edgeIds) add(inversionByEdge, e, inv);
    add(inversionsByNode, inv.consumer.id, inv);
    for (const p of inv.providers) add(inversionsByNode, p.id, inv);
    for (const p of inv.path) add(inversionsByNode, p.id, inv);
  }
  return {
    node: new Map(map.nodes.map((n) => [n.id, n])),
    spof: new Set(map.analysis.singlePointsOfFailure.map((s) => s.id)),
    inversionByEdge,
    inversionsByNode,
    cycleNodes: new Set(map.analysis.cycles.flatMap((c) => c.members.map((m) => m.id))),
    recovery: new Map(map.analysis.recoveryTimes.map((r) => [r.id, r])),
  };
}

export function toElements(map: DependencyMap, index: MapIndex): ElementDefinition[] {
  const boxes = placedBoxes(map);
  const out: ElementDefinition[] = [];
  for (const n of map.nodes) {
    const { x, y, width, height } = boxes.get(n.id)!;
    const k = KIND_STYLES[n.kind];
    const spof = index.spof.has(n.id);
    const classes: string[] = [n.kind];
    if (spof) classes.push('spof');
    if (index.cycleNodes.has(n.id)) classes.push('cycle');
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: `${n.name}\n${nodeSubLabel(n, spof)}`,
        name: n.name,
        kind: n.kind,
        tierId: n.tierId ?? '',
        department: n.department,
        shape: k.shape,
        fill: k.fill,
        stroke: k.stroke,
        w: width,
        h: height,
        textWidth: width - 12,
      },
      position: { x, y },
      classes,
    });
  }
  for (const e of map.edges) {
    const classes: string[] = [];
    if (!e.hard) classes.push('soft');
    if (e.groupId) classes.push('grouped');
    const inversions = index.inversionByEdge.get(e.id);
    if (inversions) classes.push('inversion');
    if (index.cycleNodes.has(e.consumerId) && index.cycleNodes.has(e.providerId)) classes.push('cycle');
    const labels = edgeLabels(e, index);
    out.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.consumerId,
        target: e.providerId,
        groupId: e.groupId ?? '',
        groupLabel: labels.group,
        inversionLabel: labels.inversion,
      },
      classes,
    });
  }
  return out;
}
