// A layered (Sugiyama-style) layout of our own, in four steps: break cycles (acyclic.ts), assign
// layers (layering.ts), add dummies and reduce crossings (layered.ts, ordering.ts), place x
// (coordinates.ts). Pure and deterministic: the renderer and the PDF report draw the same picture.

import { backEdges } from './acyclic';
import { assignX } from './coordinates';
import { buildLayered } from './layered';
import { assignLayers } from './layering';
import { reduceCrossings } from './ordering';
import type { GraphLayout, LayoutEdge, LayoutInput, LayoutOptions, Point } from './types';

const DEFAULTS = {
  nodeWidth: 160,
  nodeHeight: 40,
  layerGap: 80,
  nodeGap: 24,
  edgeGap: 8,
  orderingPasses: 4,
  coordinatePasses: 4,
  margin: 16,
} satisfies Required<LayoutOptions>;

/** Lays out the graph. Edges to unknown nodes are left out of the result. */
export function layoutGraph(input: LayoutInput, options: LayoutOptions = {}): GraphLayout {
  const o = { ...DEFAULTS, ...options };
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const width: number[] = [];
  const height: number[] = [];
  for (const node of input.nodes) {
    if (indexOf.has(node.id)) continue;
    indexOf.set(node.id, ids.length);
    ids.push(node.id);
    width.push(node.width ?? o.nodeWidth);
    height.push(node.height ?? o.nodeHeight);
  }
  const n = ids.length;

  // Edges kept, split into self-loops (drawn as a loop) and the rest (layered).
  const edgeIds: string[] = [];
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  for (const edge of input.edges) {
    const a = indexOf.get(edge.from);
    const b = indexOf.get(edge.to);
    if (a === undefined || b === undefined) continue;
    edgeIds.push(edge.id);
    edgeFrom.push(a);
    edgeTo.push(b);
  }
  const proper: number[] = [];
  for (let e = 0; e < edgeIds.length; e++) if (edgeFrom[e] !== edgeTo[e]) proper.push(e);
  const from = Int32Array.from(proper, (e) => edgeFrom[e]!);
  const to = Int32Array.from(proper, (e) => edgeTo[e]!);

  const reversed = backEdges(n, from, to);
  const top = new Int32Array(proper.length);
  const bottom = new Int32Array(proper.length);
  for (let i = 0; i < proper.length; i++) {
    top[i] = reversed[i] ? to[i]! : from[i]!;
    bottom[i] = reversed[i] ? from[i]! : to[i]!;
  }
  const layer = assignLayers(n, top, bottom);
  const lg = buildLayered(n, layer, top, bottom);
  const crossings = reduceCrossings(lg, o.orderingPasses);

  const vertexWidth = new Float64Array(lg.vertexCount);
  for (let v = 0; v < n; v++) vertexWidth[v] = width[v]!;
  const x = assignX(
    lg,
    { width: vertexWidth, nodeGap: o.nodeGap, edgeGap: o.edgeGap, dummyWeight: 2 },
    o.coordinatePasses,
  );

  // Layers are as tall as their tallest node; y is the layer's centre line.
  const layerHeight = new Float64Array(lg.layerCount);
  for (let v = 0; v < n; v++) layerHeight[layer[v]!] = Math.max(layerHeight[layer[v]!]!, height[v]!);
  const layerY = new Float64Array(lg.layerCount);
  let yAcc = o.margin;
  for (let l = 0; l < lg.layerCount; l++) {
    layerY[l] = yAcc + layerHeight[l]! / 2;
    yAcc += layerHeight[l]! + o.layerGap;
  }

  const nodes = ids.map((id, v) => ({
    id,
    x: x[v]! + o.margin,
    y: layerY[layer[v]!]!,
    width: width[v]!,
    height: height[v]!,
    layer: layer[v]!,
  }));
  let right = 0;
  for (let v = 0; v < lg.vertexCount; v++) right = Math.max(right, x[v]! + vertexWidth[v]! / 2);

  const edges: LayoutEdge[] = new Array<LayoutEdge>(edgeIds.length);
  const loopReach = o.nodeGap / 2;
  for (let e = 0; e < edgeIds.length; e++) {
    if (edgeFrom[e] !== edgeTo[e]) continue;
    const nd = nodes[edgeFrom[e]!]!;
    const rx = nd.x + nd.width / 2;
    edges[e] = {
      id: edgeIds[e]!,
      reversed: false,
      points: [
        { x: rx, y: nd.y - nd.height / 4 },
        { x: rx + loopReach, y: nd.y - nd.height / 4 },
        { x: rx + loopReach, y: nd.y + nd.height / 4 },
        { x: rx, y: nd.y + nd.height / 4 },
      ],
    };
    right = Math.max(right, rx + loopReach - o.margin);
  }
  for (let i = 0; i < proper.length; i++) {
    const t = nodes[top[i]!]!;
    const b = nodes[bottom[i]!]!;
    const points: Point[] = [{ x: t.x, y: t.y + t.height / 2 }];
    for (let c = lg.chainStart[i]!; c < lg.chainStart[i + 1]!; c++) {
      const d = lg.chain[c]!;
      points.push({ x: x[d]! + o.margin, y: layerY[lg.layerOf[d]!]! });
    }
    points.push({ x: b.x, y: b.y - b.height / 2 });
    // Points always run consumer → provider, so a reversed edge is drawn pointing up.
    if (reversed[i]) points.reverse();
    edges[proper[i]!] = { id: edgeIds[proper[i]!]!, points, reversed: reversed[i] === 1 };
  }

  return {
    nodes,
    edges,
    width: right + 2 * o.margin,
    height: lg.layerCount === 0 ? 2 * o.margin : yAcc - o.layerGap + o.margin,
    layerCount: lg.layerCount,
    crossings,
  };
}
