// The overview: a big map's whole scene drawn straight onto one canvas, in a few batched paths per
// colour rather than one draw per element. It is what a person sees first while cytoscape builds
// the editable map (which takes seconds at thousands of nodes). Level of detail: boxes and lines
// when far out, arrowheads and names only once they are large enough to read.
import type { Scene, SceneEdge, SceneNode } from '../../../../shared/presentation/map-scene';
import { MAP_COLORS } from '../../../../shared/presentation/palette';
import { borderPoint } from '../../../../shared/presentation/svg';
import type { View } from './view';

/** Smallest line on screen, in pixels: thinner lines vanish when the whole of a big map is shown. */
const MIN_LINE_PX = 0.6;
/** Names are drawn once 12 px text would be at least this tall on screen (the map's own rule). */
const MIN_FONT_PX = 8;
const ARROW_ZOOM = 0.25;

/** Groups items by a style key, so each style is set once and drawn as one path. */
function bucket<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function drawEdges(
  ctx: CanvasRenderingContext2D,
  edges: readonly SceneEdge[],
  byId: ReadonlyMap<string, SceneNode>,
  view: View,
  inView: (x1: number, y1: number, x2: number, y2: number) => boolean,
): void {
  const arrows = view.zoom >= ARROW_ZOOM;
  const groups = bucket(edges, (e) => `${e.stroke}|${e.width ?? 1.5}|${e.dashed ? 1 : 0}`);
  for (const list of groups.values()) {
    const first = list[0]!;
    ctx.strokeStyle = first.stroke;
    ctx.fillStyle = first.stroke;
    ctx.lineWidth = Math.max(first.width ?? 1.5, MIN_LINE_PX / view.zoom);
    ctx.setLineDash(first.dashed && arrows ? [6, 4] : []);
    const heads: [number, number, number, number][] = [];
    ctx.beginPath();
    for (const e of list) {
      const a = byId.get(e.from);
      const b = byId.get(e.to);
      if (!a || !b) continue;
      if (!inView(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y))) continue;
      // The same route the SVG draws: through the layout's bend points while neither end has moved.
      const bends = e.bends ?? [];
      const towardB = bends[0] ?? b;
      const fromA = bends[bends.length - 1] ?? a;
      const start = borderPoint(a, towardB.x, towardB.y);
      const end = borderPoint(b, fromA.x, fromA.y);
      ctx.moveTo(start.x, start.y);
      for (const p of bends) ctx.lineTo(p.x, p.y);
      ctx.lineTo(end.x, end.y);
      if (arrows)
        heads.push([fromA === a ? start.x : fromA.x, fromA === a ? start.y : fromA.y, end.x, end.y]);
    }
    ctx.stroke();
    if (heads.length === 0) continue;
    ctx.beginPath();
    for (const [sx, sy, ex, ey] of heads) {
      const angle = Math.atan2(ey - sy, ex - sx);
      const size = 9;
      ctx.moveTo(ex, ey);
      ctx.lineTo(ex - size * Math.cos(angle - 0.45), ey - size * Math.sin(angle - 0.45));
      ctx.lineTo(ex - size * Math.cos(angle + 0.45), ey - size * Math.sin(angle + 0.45));
      ctx.closePath();
    }
    ctx.fill();
  }
  ctx.setLineDash([]);
}

function drawNodes(ctx: CanvasRenderingContext2D, nodes: readonly SceneNode[], view: View): void {
  for (const list of bucket(nodes, (n) => n.fill).values()) {
    ctx.fillStyle = list[0]!.fill;
    ctx.beginPath();
    for (const n of list) ctx.rect(n.x - n.width / 2, n.y - n.height / 2, n.width, n.height);
    ctx.fill();
  }
  for (const list of bucket(nodes, (n) => `${n.stroke}|${n.strokeWidth ?? 1.5}`).values()) {
    const first = list[0]!;
    ctx.strokeStyle = first.stroke;
    ctx.lineWidth = Math.max(first.strokeWidth ?? 1.5, MIN_LINE_PX / view.zoom);
    ctx.beginPath();
    for (const n of list) ctx.rect(n.x - n.width / 2, n.y - n.height / 2, n.width, n.height);
    ctx.stroke();
  }
  if (12 * view.zoom < MIN_FONT_PX) return;
  ctx.fillStyle = MAP_COLORS.label;
  ctx.font = 'bold 12px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const n of nodes) ctx.fillText(n.label, n.x, n.y - (n.sublabel ? 7 : 0), n.width - 12);
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillStyle = MAP_COLORS.sublabel;
  for (const n of nodes) if (n.sublabel) ctx.fillText(n.sublabel, n.x, n.y + 9, n.width - 12);
}

/** Draws what of the scene lies in the canvas's view; returns how many nodes that was. */
export function drawOverview(ctx: CanvasRenderingContext2D, scene: Scene, view: View): number {
  const { width, height } = ctx.canvas;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(view.zoom, 0, 0, view.zoom, view.pan.x, view.pan.y);
  // The model rectangle on screen; what lies wholly outside it is not drawn.
  const left = -view.pan.x / view.zoom;
  const top = -view.pan.y / view.zoom;
  const right = (width - view.pan.x) / view.zoom;
  const bottom = (height - view.pan.y) / view.zoom;
  const inView = (x1: number, y1: number, x2: number, y2: number) =>
    x2 >= left && x1 <= right && y2 >= top && y1 <= bottom;
  const nodes = scene.nodes.filter((n) =>
    inView(n.x - n.width / 2, n.y - n.height / 2, n.x + n.width / 2, n.y + n.height / 2),
  );
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  drawEdges(ctx, scene.edges, byId, view, (x1, y1, x2, y2) => inView(x1, y1, x2, y2));
  drawNodes(ctx, nodes, view);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return nodes.length;
}
