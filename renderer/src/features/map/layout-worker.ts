// fcose and ELK in a worker: at a few hundred nodes they compute for a second or more, which would
// freeze the map and every button meanwhile. A headless cytoscape here lays out the map's boxes and
// posts back where each node goes; the page only moves them.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import './elk-worker-shim';
import elk from 'cytoscape-elk';
import fcose from 'cytoscape-fcose';
import { inPageLayoutOptions, type LayoutRequest, type LayoutResult } from './layout-protocol';

cytoscape.use(fcose);
cytoscape.use(elk);

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (m: LayoutResult) => void;
};

scope.onmessage = (e) => {
  const { name, nodes, edges } = e.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h } })),
        ...edges.map((x) => ({
          group: 'edges' as const,
          data: { id: x.id, source: x.source, target: x.target },
        })),
      ],
    });
    const layout = cy.layout({ ...inPageLayoutOptions(name), fit: false } as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions: LayoutResult['positions'] = {};
      cy.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      cy.destroy();
      scope.postMessage({ positions });
    });
    layout.run();
  } catch (err) {
    scope.postMessage({ positions: {}, error: err instanceof Error ? err.message : String(err) });
  }
};
