// Each node shape as an outline in map coordinates, so the SVG export and the PDF draw the same
// outline from the same numbers (the app's cytoscape draws the same shapes by name).
import type { Box } from './map-scene';
import type { NodeShape } from './palette';

export type Outline =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  /** rx, ry: corner radii (0 for square corners). */
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; ry: number }
  | { kind: 'polygon'; points: [number, number][] };

export function shapeOutline(node: Box & { shape: NodeShape }): Outline {
  const { x, y, width: w, height: h } = node;
  const l = x - w / 2;
  const t = y - h / 2;
  const r = x + w / 2;
  const b = y + h / 2;
  const c = Math.min(10, h / 4);
  const rect = (rx: number, ry: number): Outline => ({
    kind: 'rect',
    x: l,
    y: t,
    width: w,
    height: h,
    rx,
    ry,
  });
  switch (node.shape) {
    case 'ellipse':
      return { kind: 'ellipse', cx: x, cy: y, rx: w / 2, ry: h / 2 };
    case 'round-rectangle':
      return rect(8, 8);
    case 'barrel':
      return rect(w / 10, h / 3);
    case 'hexagon':
      return {
        kind: 'polygon',
        points: [
          [l + c * 1.5, t],
          [r - c * 1.5, t],
          [r, y],
          [r - c * 1.5, b],
          [l + c * 1.5, b],
          [l, y],
        ],
      };
    case 'cut-rectangle':
      return {
        kind: 'polygon',
        points: [
          [l + c, t],
          [r - c, t],
          [r, t + c],
          [r, b - c],
          [r - c, b],
          [l + c, b],
          [l, b - c],
          [l, t + c],
        ],
      };
    case 'tag':
      return {
        kind: 'polygon',
        points: [
          [l, t],
          [r - c * 1.5, t],
          [r, y],
          [r - c * 1.5, b],
          [l, b],
        ],
      };
    default:
      return rect(0, 0);
  }
}
