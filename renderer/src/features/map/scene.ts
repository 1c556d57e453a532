// The map as a picture model (shared/domain's SvgNode and SvgEdge): where each node stands, how it
// is coloured and what the edges say. The SVG export and the overview canvas draw from the same
// scene, so the first picture of a big map and its exported file look alike.
import type { DependencyMap, EdgeView, MapNode } from '../../../../shared/contract';
import type { SvgEdge, SvgNode } from '../../../../shared/domain/graph/layout/svg';
import { formatDuration } from '../../../../shared/format/duration';
import { COLORS, KIND_STYLES } from './cy-style';
import type { MapIndex } from './elements';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Scene {
  nodes: SvgNode[];
  edges: SvgEdge[];
}

/** "Tier 1 · RTO 4 h", with SPOF appended so the badge is in words as well as colour. */
export function nodeSubLabel(n: MapNode, spof: boolean): string {
  const parts = [n.tierName ?? 'No tier', `RTO ${formatDuration(n.rtoMinutes)}`];
  if (spof) parts.push('SPOF');
  return parts.join(' · ');
}

/** Each node's box: its saved position, else where the server's layered layout put it. */
export function placedBoxes(map: DependencyMap): Map<string, Box> {
  const placed = new Map(map.layout.nodes.map((l) => [l.id, l]));
  return new Map(
    map.nodes.map((n) => {
      const box = placed.get(n.id);
      const at = n.position ?? { x: box?.x ?? 0, y: box?.y ?? 0 };
      return [n.id, { x: at.x, y: at.y, width: box?.width ?? 180, height: box?.height ?? 44 }];
    }),
  );
}

/** What an edge says on the map: its worst RTO inversion, else its redundancy group. */
export function edgeLabels(e: EdgeView, index: MapIndex): { inversion: string; group: string } {
  const worst = index.inversionByEdge
    .get(e.id)
    ?.reduce((a, b) => (b.excessMinutes > a.excessMinutes ? b : a));
  return {
    inversion: worst ? `RTO inversion +${formatDuration(worst.excessMinutes)}` : '',
    group: e.groupId ? `redundant: ${e.groupId}` : '',
  };
}

/**
 * The scene of the nodes `place` puts somewhere (null leaves a node out) and of the edges between
 * two placed nodes.
 */
export function mapScene(map: DependencyMap, index: MapIndex, place: (id: string) => Box | null): Scene {
  const nodes: SvgNode[] = [];
  for (const n of map.nodes) {
    const box = place(n.id);
    if (!box) continue;
    const k = KIND_STYLES[n.kind];
    const spof = index.spof.has(n.id);
    const node: SvgNode = {
      id: n.id,
      ...box,
      shape: k.shape,
      fill: k.fill,
      stroke: spof ? COLORS.spof : k.stroke,
      strokeWidth: spof ? 3.5 : 1.5,
      label: n.name,
      sublabel: nodeSubLabel(n, false),
    };
    if (spof) node.badge = { text: 'SPOF', fill: COLORS.spof, color: '#ffffff' };
    if (index.cycleNodes.has(n.id)) node.outline = COLORS.cycle;
    nodes.push(node);
  }
  const placed = new Set(nodes.map((n) => n.id));
  const edges: SvgEdge[] = [];
  for (const e of map.edges) {
    if (!placed.has(e.consumerId) || !placed.has(e.providerId)) continue;
    const inversion = index.inversionByEdge.has(e.id);
    const labels = edgeLabels(e, index);
    const edge: SvgEdge = {
      id: e.id,
      from: e.consumerId,
      to: e.providerId,
      stroke: inversion ? COLORS.inversion : e.groupId ? COLORS.group : e.hard ? COLORS.edge : COLORS.soft,
      width: inversion ? 3 : 1.5,
      dashed: Boolean(e.groupId) || !e.hard,
    };
    const label = labels.inversion || labels.group;
    if (label) edge.label = label;
    edges.push(edge);
  }
  return { nodes, edges };
}
