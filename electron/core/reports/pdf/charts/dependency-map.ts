// The dependency map drawn as vectors from the layered layout computed in services/graph.ts (node
// centres, edge bend points), scaled to fit the page: boxes coloured by kind, RTO-inversion edges in
// red, soft edges dashed, single points of failure marked. Below a readable scale only the overview
// is drawn, without labels; the section then lists the nodes.
import type { DependencyMap } from '../../../../../shared/contract';
import { NODE_KINDS, type NodeKind } from '../../../../../shared/domain/model';
import { INK, KIND_FILL, KIND_STROKE, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

/** Below this scale a node's name would be under about 5 pt: draw the overview only. */
export const LABEL_SCALE = 0.5;
/** Below this even names alone are unreadable when zoomed: boxes only. */
const OVERVIEW_SCALE = 0.12;

export function drawDependencyMap(
  w: PdfWriter,
  map: DependencyMap,
  area: { height: number },
): { scale: number } {
  const doc = w.doc;
  const nodes = map.layout.nodes;
  if (nodes.length === 0) return { scale: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.width / 2);
    maxX = Math.max(maxX, n.x + n.width / 2);
    minY = Math.min(minY, n.y - n.height / 2);
    maxY = Math.max(maxY, n.y + n.height / 2);
  }
  const scale = Math.min(w.width / (maxX - minX || 1), area.height / (maxY - minY || 1), 1);
  const ox = w.left + (w.width - (maxX - minX) * scale) / 2;
  const oy = w.y;
  const px = (x: number) => ox + (x - minX) * scale;
  const py = (y: number) => oy + (y - minY) * scale;

  const inversionEdges = new Set(map.analysis.rtoInversions.flatMap((i) => i.edgeIds));
  const hard = new Map(map.edges.map((e) => [e.id, e.hard]));
  const spofs = new Set(map.analysis.singlePointsOfFailure.map((s) => s.id));
  const byId = new Map(map.nodes.map((n) => [n.id, n]));

  // Edges first, so boxes sit on top.
  const edgeWidth = Math.max(0.3, 0.9 * scale);
  for (const e of map.layout.edges) {
    const pts = e.points;
    if (pts.length < 2) continue;
    const red = inversionEdges.has(e.id);
    doc.moveTo(px(pts[0]!.x), py(pts[0]!.y));
    for (const p of pts.slice(1)) doc.lineTo(px(p.x), py(p.y));
    if (hard.get(e.id) === false) doc.dash(3 * Math.max(scale, 0.4), { space: 2 * Math.max(scale, 0.4) });
    doc
      .lineWidth(red ? edgeWidth * 2.2 : edgeWidth)
      .strokeColor(red ? INK.danger : '#8a93a3')
      .stroke()
      .undash();
    arrowHead(
      doc,
      pts[pts.length - 2]!,
      pts[pts.length - 1]!,
      px,
      py,
      Math.max(2, 6 * scale),
      red ? INK.danger : '#8a93a3',
    );
  }

  // Full labels when readable; names alone (small, but vector, so they zoom) down to OVERVIEW_SCALE.
  const full = scale >= LABEL_SCALE;
  const labels = scale >= OVERVIEW_SCALE;
  for (const n of nodes) {
    const node = byId.get(n.id);
    const kind: NodeKind = node?.kind ?? 'process';
    const x = px(n.x - n.width / 2);
    const y = py(n.y - n.height / 2);
    const bw = n.width * scale;
    const bh = n.height * scale;
    const spof = spofs.has(n.id);
    doc
      .roundedRect(x, y, bw, bh, 4 * scale)
      .lineWidth(spof ? Math.max(0.8, 2.2 * scale) : Math.max(0.3, 0.8 * scale))
      .fillAndStroke(KIND_FILL[kind], spof ? INK.danger : KIND_STROKE[kind]);
    if (labels && !full && node) {
      const size = Math.min(9, Math.max(2.5, 13 * scale));
      w.font(false, size);
      doc.text(w.fit(node.name, bw - 4 * scale), x + 2 * scale, y + (bh - size * 1.2) / 2 + size * 0.1, {
        lineBreak: false,
      });
    }
    if (full && node) {
      const size = Math.max(5, 9 * scale);
      w.font(true, size);
      doc.text(w.fit(node.name, bw - 8 * scale), x + 4 * scale, y + 5 * scale, { lineBreak: false });
      w.font(false, size * 0.85, INK.muted);
      const sub = [
        node.kind,
        node.tierName,
        node.rtoMinutes !== null ? `RTO ${Math.round(node.rtoMinutes)} min` : null,
      ]
        .filter(Boolean)
        .join(' · ');
      doc.text(w.fit(sub, bw - 8 * scale), x + 4 * scale, y + bh / 2 + 2 * scale, { lineBreak: false });
    }
    if (spof) {
      const r = Math.max(2.5, 7 * scale);
      doc.circle(x + bw, y, r).fill(INK.danger);
      if (r >= 4) {
        w.font(true, r * 1.5, '#ffffff');
        doc.text('!', x + bw - doc.widthOfString('!') / 2, y - r * 0.85, { lineBreak: false });
      }
    }
  }
  w.y = oy + (maxY - minY) * scale + 12;
  return { scale };
}

function arrowHead(
  doc: PDFKit.PDFDocument,
  from: { x: number; y: number },
  to: { x: number; y: number },
  px: (x: number) => number,
  py: (y: number) => number,
  size: number,
  colour: string,
): void {
  const ax = px(to.x);
  const ay = py(to.y);
  const angle = Math.atan2(ay - py(from.y), ax - px(from.x));
  const spread = Math.PI / 7;
  doc
    .moveTo(ax, ay)
    .lineTo(ax - size * Math.cos(angle - spread), ay - size * Math.sin(angle - spread))
    .lineTo(ax - size * Math.cos(angle + spread), ay - size * Math.sin(angle + spread))
    .closePath()
    .fill(colour);
}

export function drawMapLegend(w: PdfWriter): void {
  const doc = w.doc;
  let x = w.left;
  const y = w.y;
  w.font(false, SIZE.tiny, INK.muted);
  for (const kind of NODE_KINDS) {
    doc.rect(x, y, 10, 8).lineWidth(0.6).fillAndStroke(KIND_FILL[kind], KIND_STROKE[kind]);
    w.font(false, SIZE.tiny, INK.muted);
    doc.text(kind, x + 13, y + 0.5, { lineBreak: false });
    x += 13 + doc.widthOfString(kind) + 10;
  }
  doc
    .moveTo(x, y + 4)
    .lineTo(x + 18, y + 4)
    .lineWidth(2)
    .strokeColor(INK.danger)
    .stroke();
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('RTO inversion', x + 22, y + 0.5, { lineBreak: false });
  x += 22 + doc.widthOfString('RTO inversion') + 10;
  doc
    .moveTo(x, y + 4)
    .lineTo(x + 18, y + 4)
    .dash(3, { space: 2 })
    .lineWidth(0.8)
    .strokeColor('#8a93a3')
    .stroke()
    .undash();
  doc.text('soft dependency', x + 22, y + 0.5, { lineBreak: false });
  x += 22 + doc.widthOfString('soft dependency') + 10;
  doc.circle(x + 4, y + 4, 4).fill(INK.danger);
  w.font(false, SIZE.tiny, INK.muted);
  doc.text('single point of failure', x + 11, y + 0.5, { lineBreak: false });
  doc.lineWidth(1);
  w.y = y + 16;
}
