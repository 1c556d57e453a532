// Draws a dependency map as a standalone SVG document from node centres and edges: what the map
// screen exports and what the PDF evidence pack can embed, so both show the same picture. Pure: no
// DOM, string in, string out; the caller decides colours and shapes.

export type SvgShape =
  'rectangle' | 'round-rectangle' | 'ellipse' | 'hexagon' | 'cut-rectangle' | 'barrel' | 'tag';

export interface SvgNode {
  id: string;
  /** Centre, as in GraphLayout. */
  x: number;
  y: number;
  width: number;
  height: number;
  shape: SvgShape;
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

export interface SvgEdge {
  id: string;
  /** Consumer and provider node ids: the line runs from the consumer's border to the provider's. */
  from: string;
  to: string;
  /** Bend points between the two ends (e.g. GraphLayout's), when the nodes have not moved. */
  bends?: { x: number; y: number }[];
  stroke: string;
  width?: number;
  dashed?: boolean;
  label?: string;
}

export interface SvgMap {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  title?: string;
  /** Legend entries drawn in the top-left corner. */
  legend?: { label: string; fill: string; stroke: string }[];
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

function shapeElement(node: SvgNode, attrs: string): string {
  const { x, y, width: w, height: h } = node;
  const l = x - w / 2;
  const t = y - h / 2;
  const r = x + w / 2;
  const b = y + h / 2;
  const c = Math.min(10, h / 4);
  switch (node.shape) {
    case 'ellipse':
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attrs}/>`;
    case 'round-rectangle':
      return `<rect x="${n(l)}" y="${n(t)}" width="${n(w)}" height="${n(h)}" rx="8" ${attrs}/>`;
    case 'barrel':
      return `<rect x="${n(l)}" y="${n(t)}" width="${n(w)}" height="${n(h)}" rx="${n(w / 10)}" ry="${n(h / 3)}" ${attrs}/>`;
    case 'hexagon':
      return `<polygon points="${polygon([
        [l + c * 1.5, t],
        [r - c * 1.5, t],
        [r, y],
        [r - c * 1.5, b],
        [l + c * 1.5, b],
        [l, y],
      ])}" ${attrs}/>`;
    case 'cut-rectangle':
      return `<polygon points="${polygon([
        [l + c, t],
        [r - c, t],
        [r, t + c],
        [r, b - c],
        [r - c, b],
        [l + c, b],
        [l, b - c],
        [l, t + c],
      ])}" ${attrs}/>`;
    case 'tag':
      return `<polygon points="${polygon([
        [l, t],
        [r - c * 1.5, t],
        [r, y],
        [r - c * 1.5, b],
        [l, b],
      ])}" ${attrs}/>`;
    default:
      return `<rect x="${n(l)}" y="${n(t)}" width="${n(w)}" height="${n(h)}" ${attrs}/>`;
  }
}

/** Where the segment from the box's centre towards (tx, ty) leaves the box (boxes, not exact shapes). */
export function borderPoint(node: SvgNode, tx: number, ty: number): { x: number; y: number } {
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

function drawEdge(edge: SvgEdge, byId: ReadonlyMap<string, SvgNode>, markers: Map<string, string>): string {
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

function drawNode(node: SvgNode): string {
  const attrs = `fill="${escapeXml(node.fill)}" stroke="${escapeXml(node.stroke)}" stroke-width="${n(node.strokeWidth ?? 1.5)}"`;
  let out = '';
  if (node.outline) {
    out += `<rect x="${n(node.x - node.width / 2 - 5)}" y="${n(node.y - node.height / 2 - 5)}" width="${n(node.width + 10)}" height="${n(node.height + 10)}" rx="10" fill="none" stroke="${escapeXml(node.outline)}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
  out += shapeElement(node, attrs);
  const size = 12;
  const textWidth = node.width - 12;
  if (node.sublabel) {
    out += `<text x="${n(node.x)}" y="${n(node.y - 3)}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="#1d2433">${escapeXml(fit(node.label, textWidth, size))}</text>`;
    out += `<text x="${n(node.x)}" y="${n(node.y + 12)}" font-size="10" text-anchor="middle" fill="#3d4658">${escapeXml(fit(node.sublabel, textWidth, 10))}</text>`;
  } else {
    out += `<text x="${n(node.x)}" y="${n(node.y + 4)}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="#1d2433">${escapeXml(fit(node.label, textWidth, size))}</text>`;
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
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of map.nodes) {
    minX = Math.min(minX, node.x - node.width / 2);
    minY = Math.min(minY, node.y - node.height / 2 - 10);
    maxX = Math.max(maxX, node.x + node.width / 2);
    maxY = Math.max(maxY, node.y + node.height / 2);
  }
  for (const edge of map.edges) {
    for (const p of edge.bends ?? []) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  }
  if (!Number.isFinite(minX)) {
    minX = minY = 0;
    maxX = maxY = 0;
  }
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
    chrome += `<text x="${margin}" y="${margin + 14}" font-size="16" font-weight="bold" fill="#1d2433">${escapeXml(map.title)}</text>`;
  }
  legend.forEach((item, i) => {
    const y = margin + header + i * 20;
    chrome += `<rect x="${margin}" y="${y}" width="14" height="14" rx="3" fill="${escapeXml(item.fill)}" stroke="${escapeXml(item.stroke)}"/>`;
    chrome += `<text x="${margin + 20}" y="${y + 11}" font-size="11" fill="#1d2433">${escapeXml(item.label)}</text>`;
  });

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<defs>${defs}</defs>` +
    `<rect width="100%" height="100%" fill="${escapeXml(map.background ?? '#ffffff')}"/>` +
    chrome +
    `<g transform="translate(${n(dx)},${n(dy)})">${edges}${nodes}</g>` +
    `</svg>\n`
  );
}
