// One cytoscape instance per mounted canvas, created from a callback ref so it lives exactly as
// long as its container (for a big map, from the frame after its overview is on screen). Big maps
// get the renderer's cheap modes: a cached texture while panning and zooming, no edges while
// moving, and one device pixel per CSS pixel.
import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { afterNextPaint } from './after-paint';
import { LARGE_MAP, mapStylesheet } from './cy-style';

/** How far out and in the map zooms; the overview of a big map keeps to the same limits. */
export const ZOOM_LIMITS = { minZoom: 0.02, maxZoom: 3 };

export function useCytoscape(nodeCount: number): {
  cy: Core | null;
  mount: (el: HTMLDivElement | null) => (() => void) | undefined;
} {
  const [cy, setCy] = useState<Core | null>(null);
  const large = nodeCount > LARGE_MAP;
  const mount = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el) return;
      let instance: Core | null = null;
      const create = () => {
        instance = cytoscape({
          container: el,
          style: mapStylesheet(large),
          layout: { name: 'preset' },
          ...ZOOM_LIMITS,
          wheelSensitivity: 0.3,
          boxSelectionEnabled: false,
          selectionType: 'single',
          textureOnViewport: large,
          hideEdgesOnViewport: large,
          motionBlur: false,
          pixelRatio: large ? 1 : 'auto',
        });
        setCy(instance);
      };
      // A big map's overview paints first; even an empty cytoscape costs a tenth of a second.
      const cancel = large ? afterNextPaint(create) : (create(), undefined);
      return () => {
        cancel?.();
        instance?.destroy();
        setCy(null);
      };
    },
    [large],
  );
  return { cy, mount };
}
