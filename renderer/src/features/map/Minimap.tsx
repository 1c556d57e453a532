// The minimap: the whole map in a corner, with the part on screen outlined, for orientation when the
// map opens zoomed in far enough to read. Shown only while part of the map is off screen: over a map
// seen whole it would only hide nodes. Click or drag in it to move the view there. It draws node
// positions from cytoscape as dots (no labels), so it costs one small canvas per redraw, throttled to
// one per frame.
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { MAP_COLORS } from '../../../../shared/presentation/palette';

const WIDTH = 200;
const HEIGHT = 130;
const PAD = 6;

interface Fit {
  scale: number;
  x0: number;
  y0: number;
}

/** Model → minimap: the whole visible map fitted into the minimap with PAD pixels around. */
function fitOf(cy: Core): Fit | null {
  const bb = cy.nodes(':visible').boundingBox({ includeLabels: false });
  if (!Number.isFinite(bb.x1) || bb.w + bb.h === 0) return null;
  const scale = Math.min((WIDTH - 2 * PAD) / (bb.w || 1), (HEIGHT - 2 * PAD) / (bb.h || 1));
  return {
    scale,
    x0: PAD + (WIDTH - 2 * PAD - bb.w * scale) / 2 - bb.x1 * scale,
    y0: PAD + (HEIGHT - 2 * PAD - bb.h * scale) / 2 - bb.y1 * scale,
  };
}

/** Whether every visible node is inside the view. */
function wholeInView(cy: Core): boolean {
  const bb = cy.nodes(':visible').boundingBox({ includeLabels: false });
  const e = cy.extent();
  return bb.w + bb.h === 0 || (bb.x1 >= e.x1 && bb.x2 <= e.x2 && bb.y1 >= e.y1 && bb.y2 <= e.y2);
}

function draw(cy: Core, canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  const fit = fitOf(cy);
  if (!fit) return;
  const { scale, x0, y0 } = fit;
  ctx.fillStyle = MAP_COLORS.edge;
  for (const n of cy.nodes(':visible')) {
    const p = n.position();
    const w = Math.max(2, n.width() * scale);
    const h = Math.max(2, n.height() * scale);
    ctx.fillStyle = n.hasClass('spof') ? MAP_COLORS.spof : MAP_COLORS.edge;
    ctx.fillRect(x0 + p.x * scale - w / 2, y0 + p.y * scale - h / 2, w, h);
  }
  const e = cy.extent();
  ctx.strokeStyle = MAP_COLORS.group;
  ctx.lineWidth = 2;
  ctx.strokeRect(x0 + e.x1 * scale, y0 + e.y1 * scale, e.w * scale, e.h * scale);
  canvas.dataset.view = [e.x1, e.y1, e.x2, e.y2].map((v) => Math.round(v)).join(',');
}

export function Minimap({ cy }: { cy: Core | null }) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const canvas = ref.current;
    if (!cy || !canvas) return;
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        setShown(!wholeInView(cy));
        draw(cy, canvas);
      });
    };
    redraw();
    cy.on('viewport resize add remove position style', redraw);
    return () => {
      cancelAnimationFrame(frame);
      if (!cy.destroyed()) cy.off('viewport resize add remove position style', redraw);
    };
  }, [cy]);

  /** Centres the map's view on the model point under the pointer. */
  const moveTo = (e: PointerEvent<HTMLCanvasElement>) => {
    const fit = cy && fitOf(cy);
    if (!cy || !fit) return;
    const box = e.currentTarget.getBoundingClientRect();
    const mx = (e.clientX - box.left - fit.x0) / fit.scale;
    const my = (e.clientY - box.top - fit.y0) / fit.scale;
    const z = cy.zoom();
    cy.pan({ x: cy.width() / 2 - mx * z, y: cy.height() / 2 - my * z });
  };

  return (
    <canvas
      ref={ref}
      className="map-minimap"
      width={WIDTH}
      height={HEIGHT}
      data-testid="map-minimap"
      hidden={!shown}
      aria-label="Minimap: the whole map, the part on screen outlined. Click or drag to move there."
      role="img"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) moveTo(e);
      }}
    />
  );
}
