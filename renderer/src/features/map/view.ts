// The map's viewport, as cytoscape keeps it, and the view that first shows a map: the overview of a
// big map and the editor open on the same one.
import type { SvgNode } from '../../../../shared/domain/graph/layout/svg';

/** cytoscape's viewport: a model point p is drawn at p × zoom + pan. */
export interface View {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The view that shows every node with `padding` pixels around, centred, within the zoom limits
 * (like cytoscape's fit: a map too wide for the smallest zoom shows its middle).
 */
export function fitView(
  nodes: readonly SvgNode[],
  width: number,
  height: number,
  limits: { padding: number; minZoom: number; maxZoom: number },
): View {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.width / 2);
    x2 = Math.max(x2, n.x + n.width / 2);
    y1 = Math.min(y1, n.y - n.height / 2);
    y2 = Math.max(y2, n.y + n.height / 2);
  }
  if (!Number.isFinite(x1)) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const { padding, minZoom, maxZoom } = limits;
  const fit = Math.min((width - 2 * padding) / (x2 - x1 || 1), (height - 2 * padding) / (y2 - y1 || 1));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}
