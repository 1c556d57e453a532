// A big map's first picture: the whole scene on one canvas, drawn before the browser first paints
// the screen, with a line saying the editor is on its way. MapView shows it over the cytoscape
// canvas until cytoscape has drawn the same map in the same view, then takes it away.
import { useLayoutEffect, useRef } from 'react';
import type { DependencyMap } from '../../../../shared/contract';
import { afterNextPaint } from './after-paint';
import { placedScene, type MapIndex } from '../../../../shared/presentation/map-scene';
import { drawOverview } from './overview-draw';
import { fitView, type View } from './view';
import { ZOOM_LIMITS } from './use-cy';

/** Performance marks the benchmark reads: the overview drawn on its canvas, and on screen. */
export const OVERVIEW_DRAWN = 'steadfast:map-overview-drawn';
export const OVERVIEW_PAINTED = 'steadfast:map-overview-painted';

export function MapOverview({
  map,
  index,
  onView,
  onPainted,
}: {
  map: DependencyMap;
  index: MapIndex;
  /** The view drawn, so the editor can open on exactly the same picture. */
  onView: (view: View) => void;
  /** The overview is on screen: the editor may be built now. */
  onPainted: () => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = canvas.clientWidth;
    canvas.height = canvas.clientHeight;
    const scene = placedScene(map, index);
    // The editor's first view (showAll): the whole map with 40 px around, no larger than 110 %.
    const view = fitView(scene.nodes, canvas.width, canvas.height, {
      padding: 40,
      minZoom: ZOOM_LIMITS.minZoom,
      maxZoom: 1.1,
    });
    drawOverview(ctx, scene, view);
    canvas.dataset.zoom = view.zoom.toFixed(4);
    onView(view);
    performance.mark(OVERVIEW_DRAWN);
    return afterNextPaint(() => {
      canvas.dataset.painted = 'true';
      performance.mark(OVERVIEW_PAINTED);
      onPainted();
    });
  }, [map, index, onView, onPainted]);

  return (
    <div className="map-overview">
      <canvas ref={canvasRef} data-testid="map-overview" aria-hidden="true" />
      <p className="map-overview-status" role="status">
        <progress aria-hidden="true" /> Preparing the editor for {map.nodes.length.toLocaleString('en-GB')}{' '}
        nodes… the whole map is shown meanwhile.
      </p>
    </div>
  );
}
