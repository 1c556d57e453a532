// The map as a picture model, computed once and drawn by every painter: the app's overview canvas,
// the SVG and PNG exports and the PDF evidence pack (as Excalidraw's scene/export.ts feeds its
// exporters). A scene holds what each node looks like (box, shape, colours, label, badges) and each
// edge (route, colour, dash, label); painters only translate it to their medium.
import type { DependencyMap, EdgeView, MapNode } from '../contract';
import type { RecoveryTime, RtoInversion } from '../domain/graph';
import type { Point } from '../domain/graph/layout/types';
import { formatDuration } from '../format/duration';
import { KIND_STYLES, MAP_COLORS, type NodeShape } from './palette';

export interface Box {
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneNode extends Box {
  id: string;
  shape: NodeShape;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  /** First line, bold. */
  label: string;
  /** Second line, smaller (tier, RTO). */
  sublabel?: string;
  /** A small flag drawn above the node's top-right corner, e.g. "SPOF". */
  badge?: { text: string; fill: string; color: string };
  /** Drawn as a dashed outline around the node, e.g. a cycle member. */
  outline?: string;
}

export interface SceneEdge {
  id: string;
  /** Consumer and provider node ids: the line runs from the consumer's border to the provider's. */
  from: string;
  to: string;
  /** Bend points between the two ends (the layered layout's), when neither end has moved. */
  bends?: Point[];
  stroke: string;
  width?: number;
  dashed?: boolean;
  label?: string;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface LegendEntry {
  label: string;
  fill: string;
  stroke: string;
}

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
 * two placed nodes. An edge keeps the layout's bend points while both its ends stand where the
 * layout put them.
 */
export function mapScene(map: DependencyMap, index: MapIndex, place: (id: string) => Box | null): Scene {
  const nodes: SceneNode[] = [];
  const laidOut = new Map(map.layout.nodes.map((l) => [l.id, l]));
  const unmoved = new Set<string>();
  for (const n of map.nodes) {
    const box = place(n.id);
    if (!box) continue;
    const at = laidOut.get(n.id);
    if (at && at.x === box.x && at.y === box.y) unmoved.add(n.id);
    const k = KIND_STYLES[n.kind];
    const spof = index.spof.has(n.id);
    const node: SceneNode = {
      id: n.id,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      shape: k.shape,
      fill: k.fill,
      stroke: spof ? MAP_COLORS.spof : k.stroke,
      strokeWidth: spof ? 3.5 : 1.5,
      label: n.name,
      sublabel: nodeSubLabel(n, false),
    };
    if (spof) node.badge = { text: 'SPOF', fill: MAP_COLORS.spof, color: '#ffffff' };
    if (index.cycleNodes.has(n.id)) node.outline = MAP_COLORS.cycle;
    nodes.push(node);
  }
  const placed = new Set(nodes.map((n) => n.id));
  const routes = new Map(map.layout.edges.map((e) => [e.id, e]));
  const edges: SceneEdge[] = [];
  for (const e of map.edges) {
    if (!placed.has(e.consumerId) || !placed.has(e.providerId)) continue;
    const inversion = index.inversionByEdge.has(e.id);
    const labels = edgeLabels(e, index);
    const edge: SceneEdge = {
      id: e.id,
      from: e.consumerId,
      to: e.providerId,
      stroke: inversion
        ? MAP_COLORS.inversion
        : e.groupId
          ? MAP_COLORS.group
          : e.hard
            ? MAP_COLORS.edge
            : MAP_COLORS.soft,
      width: inversion ? 3 : 1.5,
      dashed: Boolean(e.groupId) || !e.hard,
    };
    const route = routes.get(e.id);
    if (route && route.points.length > 2 && unmoved.has(e.consumerId) && unmoved.has(e.providerId)) {
      // The layout routes every edge consumer first, whichever way it was layered.
      edge.bends = route.points.slice(1, -1);
    }
    const label = labels.inversion || labels.group;
    if (label) edge.label = label;
    edges.push(edge);
  }
  return { nodes, edges };
}

/** The whole map where it stands in the app (saved positions, else the layout): overview and PDF. */
export function placedScene(map: DependencyMap, index: MapIndex = indexMap(map)): Scene {
  const boxes = placedBoxes(map);
  return mapScene(map, index, (id) => boxes.get(id) ?? null);
}

/** What every picture of the map explains: the node kinds, then the states drawn on them. */
export function mapLegend(): LegendEntry[] {
  return [
    ...Object.values(KIND_STYLES).map((k) => ({ label: k.label, fill: k.fill, stroke: k.stroke })),
    { label: 'SPOF (red border, badge)', fill: '#ffffff', stroke: MAP_COLORS.spof },
    { label: 'RTO inversion edge', fill: MAP_COLORS.inversion, stroke: MAP_COLORS.inversion },
    { label: 'Redundant group (dashed)', fill: '#ffffff', stroke: MAP_COLORS.group },
    { label: 'Soft dependency (dashed)', fill: '#ffffff', stroke: MAP_COLORS.soft },
    { label: 'Dependency cycle', fill: '#ffffff', stroke: MAP_COLORS.cycle },
  ];
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The one bounding box of a scene's drawing: node boxes, edge bend points and, when asked, the room
 * a badge takes above a node. null for an empty scene.
 */
export function sceneBounds(
  scene: { nodes: readonly Box[]; edges?: readonly { bends?: readonly Point[] }[] },
  opts: { badgeRoom?: number } = {},
): Bounds | null {
  const top = opts.badgeRoom ?? 0;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of scene.nodes) {
    x1 = Math.min(x1, n.x - n.width / 2);
    y1 = Math.min(y1, n.y - n.height / 2 - top);
    x2 = Math.max(x2, n.x + n.width / 2);
    y2 = Math.max(y2, n.y + n.height / 2);
  }
  for (const e of scene.edges ?? []) {
    for (const p of e.bends ?? []) {
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    }
  }
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}
