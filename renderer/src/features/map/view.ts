// The map's viewport, as cytoscape keeps it, and the view that first shows a map: the overview of a
// big map and the editor open on the same one.
import { sceneBounds, type Box } from '../../../../shared/presentation/map-scene';

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
  nodes: readonly Box[],
  width: number,
  height: number,
  limits: { padding: number; minZoom: number; maxZoom: number },
): View {
  const b = sceneBounds({ nodes });
  if (!b) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const { x1, y1, x2, y2 } = b;
  const { padding, minZoom, maxZoom } = limits;
  const fit = Math.min((width - 2 * padding) / (x2 - x1 || 1), (height - 2 * padding) / (y2 - y1 || 1));
  const zoom = Math.max(minZoom, Math.min(maxZoom, fit));
  return { zoom, pan: { x: width / 2 - (zoom * (x1 + x2)) / 2, y: height / 2 - (zoom * (y1 + y2)) / 2 } };
}
