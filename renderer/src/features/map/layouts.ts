// Layouts. The layered layout is the server's (computed in the main process or the host, never on
// this thread); fcose and ELK run here in the page, so they are offered for small maps only
// (TOOLCHAIN.md: 9 s and 8 s at 2,000 nodes, minutes at 5,000).
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import elk from 'cytoscape-elk';
import fcose from 'cytoscape-fcose';
import type { GraphLayout } from '../../../../shared/domain/graph/layout/types';

export const IN_PAGE_LAYOUT_LIMIT = 300;

let registered = false;
function register(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(elk);
  registered = true;
}

export type LayoutName = 'layered' | 'fcose' | 'elk';

/** Moves every node to the server's layered position (centres, as cytoscape's preset wants). */
export function applyLayered(cy: Core, layout: GraphLayout): void {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = at.get(n.id());
      if (p) n.position({ x: p.x, y: p.y });
    });
  });
}

/** Runs fcose or ELK's layered algorithm on the visible map; resolves when it has stopped. */
export function runInPageLayout(cy: Core, name: 'fcose' | 'elk'): Promise<void> {
  register();
  const options =
    name === 'fcose'
      ? {
          name: 'fcose',
          animate: false,
          randomize: true,
          nodeSeparation: 120,
          idealEdgeLength: 140,
          fit: true,
          padding: 30,
        }
      : {
          name: 'elk',
          animate: false,
          fit: true,
          padding: 30,
          nodeDimensionsIncludeLabels: false,
          elk: {
            algorithm: 'layered',
            'elk.direction': 'DOWN',
            'elk.spacing.nodeNode': 30,
            'elk.layered.spacing.nodeNodeBetweenLayers': 60,
          },
        };
  return new Promise((resolve) => {
    const layout = cy.elements(':visible').layout(options as LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
