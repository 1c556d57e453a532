// Applies what the person asked to see: filters, focus on N hops, the selected node's blast radius
// and a search match, as classes in one batch (one redraw, however many of 5,000 nodes change).
import type { Core } from 'cytoscape';
import type { DependencyMap } from '../../../../shared/contract';
import type { BlastRadius } from '../../../../shared/domain/graph';

export interface MapFilters {
  /** '' for every tier, 'none' for nodes without one, else a tier id. */
  tier: string;
  kind: string;
  department: string;
}

export const NO_FILTERS: MapFilters = { tier: '', kind: '', department: '' };

export interface ViewState {
  /** Nodes to show; null shows every node. */
  visible: ReadonlySet<string> | null;
  blast: BlastRadius | null;
  matchId: string | null;
}

/**
 * Which nodes the filters and focus mode leave on screen (null: all). Worked out over the map's
 * arrays, not cytoscape, so the node list beside the canvas shows exactly the same set.
 */
export function visibleNodeIds(
  map: DependencyMap,
  filters: MapFilters,
  focus: { hops: number; nodeId: string | null },
): Set<string> | null {
  const filtered = filters.tier !== '' || filters.kind !== '' || filters.department !== '';
  const focused = focus.hops > 0 && focus.nodeId !== null && map.nodes.some((n) => n.id === focus.nodeId);
  if (!filtered && !focused) return null;
  let keep = new Set(
    map.nodes
      .filter(
        (n) =>
          (filters.tier === '' || (n.tierId ?? 'none') === filters.tier) &&
          (filters.kind === '' || n.kind === filters.kind) &&
          (filters.department === '' || n.department === filters.department),
      )
      .map((n) => n.id),
  );
  if (focused) {
    const near = new Map<string, string[]>();
    const link = (a: string, b: string) => {
      const list = near.get(a);
      if (list) list.push(b);
      else near.set(a, [b]);
    };
    for (const e of map.edges) {
      link(e.consumerId, e.providerId);
      link(e.providerId, e.consumerId);
    }
    const reached = new Set([focus.nodeId!]);
    let frontier = [focus.nodeId!];
    for (let hop = 0; hop < focus.hops; hop++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const m of near.get(id) ?? [])
          if (!reached.has(m)) {
            reached.add(m);
            next.push(m);
          }
      frontier = next;
    }
    // Focus narrows what the filters leave; the selected node itself always stays.
    keep = filtered ? new Set([...reached].filter((id) => keep.has(id))) : reached;
    keep.add(focus.nodeId!);
  }
  return keep;
}

export function applyViewClasses(cy: Core, view: ViewState): void {
  cy.batch(() => {
    cy.elements().removeClass('hidden dimmed failed origin match');
    if (view.visible) {
      const visible = view.visible;
      cy.nodes()
        .filter((n) => !visible.has(n.id()))
        .addClass('hidden');
    }
    // Dimming the whole map to say "nothing else fails" would hide it: only a real radius dims.
    if (view.blast && view.blast.failedCount > 0) {
      const failed = new Set(view.blast.failed.map((f) => f.id));
      cy.nodes().forEach((n) => {
        n.addClass(failed.has(n.id()) ? 'failed' : 'dimmed');
      });
      cy.edges().forEach((e) => {
        const inside = failed.has(e.source().id()) && failed.has(e.target().id());
        e.addClass(inside ? 'failed' : 'dimmed');
      });
      cy.getElementById(view.blast.origin.id).addClass('origin');
    }
    if (view.matchId) cy.getElementById(view.matchId).addClass('match');
  });
}

/**
 * What cytoscape is drawing, written onto a hidden element as data attributes: the end-to-end test
 * reads the canvas's real state from there rather than trusting what React meant to draw.
 */
export function describeDrawn(cy: Core, el: HTMLElement): void {
  // Names, not ids: a test knows the map by what a person reads on it. '|' separates them.
  const names = (selector: string) =>
    cy
      .$(selector)
      .map((x) =>
        x.isNode()
          ? (x.data('name') as string)
          : `${x.source().data('name') as string}→${x.target().data('name') as string}`,
      )
      .sort()
      .join('|');
  el.dataset.nodes = String(cy.nodes().length);
  el.dataset.edges = String(cy.edges().length);
  el.dataset.spof = names('node.spof');
  el.dataset.inversionEdges = names('edge.inversion');
  el.dataset.groupedEdges = names('edge.grouped');
  el.dataset.failed = names('node.failed');
  el.dataset.dimmed = String(cy.$('.dimmed').length);
  el.dataset.hidden = String(cy.$('node.hidden').length);
  el.dataset.selected = names(':selected');
  el.dataset.zoom = cy.zoom().toFixed(4);
  // Where each node is on screen (small maps only), so a test can click it like a person would.
  if (cy.nodes().length <= 60) {
    const box = cy.container()?.getBoundingClientRect();
    el.dataset.rendered = JSON.stringify(
      Object.fromEntries(
        cy.nodes(':visible').map((n) => {
          const p = n.renderedPosition();
          return [
            n.data('name') as string,
            { x: Math.round((box?.left ?? 0) + p.x), y: Math.round((box?.top ?? 0) + p.y) },
          ];
        }),
      ),
    );
  }
}
