// Draws a map scene (shared/presentation/map-scene.ts) as a standalone SVG document: the map
// screen's SVG export, and the picture its PNG export rasterises. Pure: no DOM, string in, string out.
import {
  sceneBounds,
  type Box,
  type LegendEntry,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from './map-scene';
import { MAP_COLORS } from './palette';
import { shapeOutline } from './shapes';

export interface SvgMap extends Scene {
  title?: string;
  /** Legend entries drawn in the top-left corner. */
  legend?: LegendEntry[];
  margin?: number;
  background?: string;
}

const FONT = 'Helvetica, Arial, sans-serif';

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

function polygon(points: [number, number][]): string {
  return points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

function shapeElement(node: SceneNode, attrs: string): string {
  const o = shapeOutline(node);
  switch (o.kind) {
    case 'ellipse':
      return `<ellipse cx="${n(o.cx)}" cy="${n(o.cy)}" rx="${n(o.rx)}" ry="${n(o.ry)}" ${attrs}/>`;
    case 'polygon':
      return `<polygon points="${polygon(o.points)}" ${attrs}/>`;
    default: {
      const corners = o.rx > 0 ? ` rx="${n(o.rx)}"${o.ry !== o.rx ? ` ry="${n(o.ry)}"` : ''}` : '';
      return `<rect x="${n(o.x)}" y="${n(o.y)}" width="${n(o.width)}" height="${n(o.height)}"${corners} ${attrs}/>`;
    }
  }
}

/** Where the segment from the box's centre towards (tx, ty) leaves the box (boxes, not exact shapes). */
export function borderPoint(node: Box, tx: number, ty: number): { x: number; y: number } {
  const dx = tx - node.x;
  const dy = ty - node.y;
  if (dx === 0 && dy === 0) return { x: node.x, y: node.y };
  const sx = dx === 0 ? Infinity : node.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : node.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return { x: node.x + dx * s, y: node.y + dy * s };
}

/** Cuts a label to fit about `width` points at the given font size (average glyph ≈ 0.55 em). */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(4, Math.floor(width / (size * 0.55)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function drawEdge(
  edge: SceneEdge,
  byId: ReadonlyMap<string, SceneNode>,
  markers: Map<string, string>,
): string {
  const a = byId.get(edge.from);
  const b = byId.get(edge.to);
  if (!a || !b) return '';
  const bends = edge.bends ?? [];
  const first = bends[0] ?? b;
  const last = bends[bends.length - 1] ?? a;
  const start = borderPoint(a, first.x, first.y);
  const end = borderPoint(b, last.x, last.y);
  const points = [start, ...bends, end];
  let marker = markers.get(edge.stroke);
  if (marker === undefined) {
    marker = `arrow${markers.size}`;
    markers.set(edge.stroke, marker);
  }
  const dash = edge.dashed ? ' stroke-dasharray="6 4"' : '';
  let out = `<polyline points="${polygon(points.map((p) => [p.x, p.y]))}" fill="none" stroke="${escapeXml(edge.stroke)}" stroke-width="${n(edge.width ?? 1.5)}"${dash} marker-end="url(#${marker})"/>`;
  if (edge.label) {
    const mid = points[Math.floor(points.length / 2)]!;
    const prev = points[Math.floor(points.length / 2) - 1] ?? mid;
    out += `<text x="${n((mid.x + prev.x) / 2)}" y="${n((mid.y + prev.y) / 2 - 3)}" font-size="10" text-anchor="middle" fill="${escapeXml(edge.stroke)}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(edge.label)}</text>`;
  }
  return out;
}

function drawNode(node: SceneNode): string {
  const attrs = `fill="${escapeXml(node.fill)}" stroke="${escapeXml(node.stroke)}" stroke-width="${n(node.strokeWidth ?? 1.5)}"`;
  let out = '';
  if (node.outline) {
    out += `<rect x="${n(node.x - node.width / 2 - 5)}" y="${n(node.y - node.height / 2 - 5)}" width="${n(node.width + 10)}" height="${n(node.height + 10)}" rx="10" fill="none" stroke="${escapeXml(node.outline)}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
  out += shapeElement(node, attrs);
  const size = 12;
  const textWidth = node.width - 12;
  if (node.sublabel) {
    out += `<text x="${n(node.x)}" y="${n(node.y - 3)}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="${MAP_COLORS.label}">${escapeXml(fit(node.label, textWidth, size))}</text>`;
    out += `<text x="${n(node.x)}" y="${n(node.y + 12)}" font-size="10" text-anchor="middle" fill="${MAP_COLORS.sublabel}">${escapeXml(fit(node.sublabel, textWidth, 10))}</text>`;
  } else {
    out += `<text x="${n(node.x)}" y="${n(node.y + 4)}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="${MAP_COLORS.label}">${escapeXml(fit(node.label, textWidth, size))}</text>`;
  }
  if (node.badge) {
    const w = node.badge.text.length * 6.5 + 10;
    const bx = node.x + node.width / 2 - w + 6;
    const by = node.y - node.height / 2 - 9;
    out += `<rect x="${n(bx)}" y="${n(by)}" width="${n(w)}" height="14" rx="3" fill="${escapeXml(node.badge.fill)}"/>`;
    out += `<text x="${n(bx + w / 2)}" y="${n(by + 10.5)}" font-size="10" font-weight="bold" text-anchor="middle" fill="${escapeXml(node.badge.color)}">${escapeXml(node.badge.text)}</text>`;
  }
  return `<g data-id="${escapeXml(node.id)}">${out}</g>`;
}

/** The whole map as an SVG document, sized to its content plus a margin (and room for a legend). */
export function renderMapSvg(map: SvgMap): string {
  const margin = map.margin ?? 24;
  const legend = map.legend ?? [];
  const legendWidth = legend.length > 0 ? 170 : 0;
  const header = map.title ? 28 : 0;
  // Badges stand 9 points above their node: leave them room.
  const b = sceneBounds(map, { badgeRoom: 10 }) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const minX = b.x1;
  const minY = b.y1;
  const maxX = b.x2;
  const maxY = b.y2;
  // Content moves right of the legend and below the title; nothing is drawn at negative coordinates.
  const dx = margin + legendWidth - minX;
  const dy = margin + header - minY;
  const width = Math.ceil(maxX - minX + 2 * margin + legendWidth);
  const height = Math.ceil(Math.max(maxY - minY, legend.length * 20) + 2 * margin + header);

  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const markers = new Map<string, string>();
  const edges = map.edges.map((e) => drawEdge(e, byId, markers)).join('');
  const nodes = map.nodes.map(drawNode).join('');
  const defs = [...markers]
    .map(
      ([color, id]) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(color)}"/></marker>`,
    )
    .join('');

  let chrome = '';
  if (map.title) {
    chrome += `<text x="${margin}" y="${margin + 14}" font-size="16" font-weight="bold" fill="${MAP_COLORS.label}">${escapeXml(map.title)}</text>`;
  }
  legend.forEach((item, i) => {
    const y = margin + header + i * 20;
    chrome += `<rect x="${margin}" y="${y}" width="14" height="14" rx="3" fill="${escapeXml(item.fill)}" stroke="${escapeXml(item.stroke)}"/>`;
    chrome += `<text x="${margin + 20}" y="${y + 11}" font-size="11" fill="${MAP_COLORS.label}">${escapeXml(item.label)}</text>`;
  });

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<defs>${defs}</defs>` +
    `<rect width="100%" height="100%" fill="${escapeXml(map.background ?? MAP_COLORS.background)}"/>` +
    chrome +
    `<g transform="translate(${n(dx)},${n(dy)})">${edges}${nodes}</g>` +
    `</svg>\n`
  );
}
