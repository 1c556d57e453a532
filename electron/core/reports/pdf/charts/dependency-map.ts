// The dependency map on paper: the same scene the app's overview and its SVG/PNG export draw
// (shared/presentation/map-scene.ts: shapes, colours, labels, SPOF badges, routes), scaled to fit the
// page. Below a readable scale only names are drawn, then only boxes; the section then lists the nodes.
import type { DependencyMap } from '../../../../../shared/contract';
import {
  mapLegend,
  placedScene,
  sceneBounds,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from '../../../../../shared/presentation/map-scene';
import { shapeOutline } from '../../../../../shared/presentation/shapes';
import { borderPoint } from '../../../../../shared/presentation/svg';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

/** Below this scale a node's name would be under about 5 pt: draw the overview only. */
export const LABEL_SCALE = 0.5;
/** Below this even names alone are unreadable when zoomed: boxes only. */
const OVERVIEW_SCALE = 0.12;

/** The scene the PDF draws: the map where it stands in the app, as the overview shows it. */
export function pdfMapScene(map: DependencyMap): Scene {
  return placedScene(map);
}

type Doc = PDFKit.PDFDocument;
type Project = (x: number, y: number) => [number, number];

function outlinePath(doc: Doc, node: SceneNode, at: Project, scale: number): Doc {
  const o = shapeOutline(node);
  switch (o.kind) {
    case 'ellipse': {
      const [cx, cy] = at(o.cx, o.cy);
      return doc.ellipse(cx, cy, o.rx * scale, o.ry * scale);
    }
    case 'polygon':
      return doc.polygon(...o.points.map(([x, y]) => at(x, y)));
    default: {
      const [x, y] = at(o.x, o.y);
      const r = Math.min(o.rx, o.ry) * scale;
      return r > 0
        ? doc.roundedRect(x, y, o.width * scale, o.height * scale, r)
        : doc.rect(x, y, o.width * scale, o.height * scale);
    }
  }
}

function drawEdge(
  doc: Doc,
  e: SceneEdge,
  byId: ReadonlyMap<string, SceneNode>,
  at: Project,
  scale: number,
): void {
  const a = byId.get(e.from);
  const b = byId.get(e.to);
  if (!a || !b) return;
  const bends = e.bends ?? [];
  const towardB = bends[0] ?? b;
  const fromA = bends[bends.length - 1] ?? a;
  const points = [borderPoint(a, towardB.x, towardB.y), ...bends, borderPoint(b, fromA.x, fromA.y)].map((p) =>
    at(p.x, p.y),
  );
  const [x0, y0] = points[0]!;
  doc.moveTo(x0, y0);
  for (const [x, y] of points.slice(1)) doc.lineTo(x, y);
  const unit = Math.max(scale, 0.4);
  if (e.dashed) doc.dash(4 * unit, { space: 3 * unit });
  doc
    .lineWidth(Math.max(0.3, (e.width ?? 1.5) * 0.6 * scale))
    .strokeColor(e.stroke)
    .stroke()
    .undash();
  const [fx, fy] = points[points.length - 2]!;
  const [tx, ty] = points[points.length - 1]!;
  const angle = Math.atan2(ty - fy, tx - fx);
  const size = Math.max(2, 6 * scale);
  const spread = Math.PI / 7;
  doc
    .moveTo(tx, ty)
    .lineTo(tx - size * Math.cos(angle - spread), ty - size * Math.sin(angle - spread))
    .lineTo(tx - size * Math.cos(angle + spread), ty - size * Math.sin(angle + spread))
    .closePath()
    .fill(e.stroke);
}

export function drawDependencyMap(w: PdfWriter, scene: Scene, area: { height: number }): { scale: number } {
  const doc = w.doc;
  const bounds = sceneBounds(scene, { badgeRoom: 10 });
  if (!bounds) return { scale: 1 };
  const { x1, y1, x2, y2 } = bounds;
  const scale = Math.min(w.width / (x2 - x1 || 1), area.height / (y2 - y1 || 1), 1);
  const ox = w.left + (w.width - (x2 - x1) * scale) / 2;
  const oy = w.y;
  const at: Project = (x, y) => [ox + (x - x1) * scale, oy + (y - y1) * scale];

  // Edges first, so nodes sit on top.
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  for (const e of scene.edges) drawEdge(doc, e, byId, at, scale);

  // Full labels when readable; names alone (small, but vector, so they zoom) down to OVERVIEW_SCALE.
  const full = scale >= LABEL_SCALE;
  const labels = scale >= OVERVIEW_SCALE;
  for (const n of scene.nodes) {
    const [x, y] = at(n.x - n.width / 2, n.y - n.height / 2);
    const bw = n.width * scale;
    const bh = n.height * scale;
    if (n.outline) {
      const [ox1, oy1] = at(n.x - n.width / 2 - 5, n.y - n.height / 2 - 5);
      doc
        .roundedRect(ox1, oy1, bw + 10 * scale, bh + 10 * scale, 6 * scale)
        .dash(3 * Math.max(scale, 0.4), { space: 2 * Math.max(scale, 0.4) })
        .lineWidth(Math.max(0.4, 1.2 * scale))
        .strokeColor(n.outline)
        .stroke()
        .undash();
    }
    outlinePath(doc, n, at, scale)
      .lineWidth(Math.max(0.3, (n.strokeWidth ?? 1.5) * 0.6 * scale))
      .fillAndStroke(n.fill, n.stroke);
    if (labels && !full) {
      const size = Math.min(9, Math.max(2.5, 13 * scale));
      w.font(false, size);
      // Centred, so names stay inside ellipses and hexagons as they do on screen.
      const name = w.fit(n.label, bw - 12 * scale);
      doc.text(name, x + (bw - doc.widthOfString(name)) / 2, y + (bh - size * 1.2) / 2 + size * 0.1, {
        lineBreak: false,
      });
    }
    if (full) {
      const size = Math.max(5, 11 * scale);
      const inner = bw - 12 * scale;
      w.font(true, size);
      const name = w.fit(n.label, inner);
      doc.text(name, x + (bw - doc.widthOfString(name)) / 2, y + bh / 2 - size * 1.15, { lineBreak: false });
      if (n.sublabel) {
        w.font(false, size * 0.85, INK.muted);
        const sub = w.fit(n.sublabel, inner);
        doc.text(sub, x + (bw - doc.widthOfString(sub)) / 2, y + bh / 2 + size * 0.1, { lineBreak: false });
      }
    }
    if (n.badge && labels) {
      const size = Math.max(3, 8 * scale);
      w.font(true, size, n.badge.color);
      const tw = doc.widthOfString(n.badge.text);
      const bx = x + bw - tw - 4 * scale;
      const by = y - size * 0.9;
      doc
        .roundedRect(bx - 3 * scale, by - 1.5 * scale, tw + 6 * scale, size * 1.4, 2 * scale)
        .fill(n.badge.fill);
      w.font(true, size, n.badge.color);
      doc.text(n.badge.text, bx, by, { lineBreak: false });
    } else if (n.badge) {
      doc.circle(x + bw, y, Math.max(1.5, 6 * scale)).fill(n.badge.fill);
    }
  }
  w.y = oy + (y2 - y1) * scale + 12;
  return { scale };
}

/** The legend every picture of the map carries (shared/presentation's mapLegend), in one line. */
export function drawMapLegend(w: PdfWriter): void {
  const doc = w.doc;
  let x = w.left;
  let y = w.y;
  for (const item of mapLegend()) {
    w.font(false, SIZE.tiny, INK.muted);
    const width = 13 + doc.widthOfString(item.label) + 10;
    if (x + width > w.right) {
      x = w.left;
      y += 12;
    }
    doc.rect(x, y, 10, 8).lineWidth(0.8).fillAndStroke(item.fill, item.stroke);
    w.font(false, SIZE.tiny, INK.muted);
    doc.text(item.label, x + 13, y + 0.5, { lineBreak: false });
    x += width;
  }
  doc.lineWidth(1);
  w.y = y + 16;
}
