// Layouts. The layered layout is the server's (computed in the main process or the host, never on
// this thread); fcose and ELK run in a worker of this page (layout-worker.ts), and only for small
// maps (TOOLCHAIN.md: 9 s and 8 s at 2,000 nodes, minutes at 5,000).
import type { Core } from 'cytoscape';
import type { GraphLayout } from '../../../../shared/domain/graph/layout/types';
import type { InPageLayout, LayoutRequest, LayoutResult } from './layout-protocol';

export const IN_PAGE_LAYOUT_LIMIT = 300;

export type LayoutName = 'layered' | InPageLayout;

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

/**
 * Runs fcose or ELK's layered algorithm on the visible map in a worker, then moves the nodes there
 * in one batch and fits the view; resolves once they have moved.
 */
export async function runInPageLayout(cy: Core, name: InPageLayout): Promise<void> {
  const nodes = cy.nodes(':visible');
  const request: LayoutRequest = {
    name,
    nodes: nodes.map((n) => ({ id: n.id(), w: n.width(), h: n.height() })),
    edges: nodes
      .edgesWith(nodes)
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url));
  try {
    const result = await new Promise<LayoutResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<LayoutResult>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(`The ${name} layout stopped: ${e.message}`));
      worker.postMessage(request);
    });
    if (result.error) throw new Error(`The ${name} layout failed: ${result.error}`);
    cy.batch(() => {
      nodes.positions((n) => result.positions[n.id()] ?? n.position());
    });
    cy.fit(nodes, 30);
  } finally {
    worker.terminate();
  }
}
