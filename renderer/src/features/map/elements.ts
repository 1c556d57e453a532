// From graph.map's answer to cytoscape elements: each node at its saved position, else where the
// server's layered layout put it; the analysis becomes classes (spof, inversion, cycle, grouped).
import type { ElementDefinition } from 'cytoscape';
import type { DependencyMap } from '../../../../shared/contract';
import {
  edgeLabels,
  nodeSubLabel,
  placedBoxes,
  type MapIndex,
} from '../../../../shared/presentation/map-scene';
import { KIND_STYLES } from '../../../../shared/presentation/palette';

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
