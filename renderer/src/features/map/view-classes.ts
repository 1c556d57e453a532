// Applies what the person asked to see: filters, focus on N hops, the selected node's blast radius
// and a search match, as classes in one batch (one redraw, however many of 5,000 nodes change).
import type { CollectionReturnValue, Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
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
  /**
   * Dim what the blast radius leaves standing. Off on big maps: restyling the other 11,000
   * elements doubled the time to show a radius at 5,000 nodes, and the failed nodes' red stands out
   * on its own.
   */
  dimRest: boolean;
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

/** The classes this module owns; the element classes from the map (spof, inversion…) are not. */
export const VIEW_CLASSES = ['hidden', 'dimmed', 'failed', 'origin', 'match'] as const;
type ViewClass = (typeof VIEW_CLASSES)[number];

/** The view classes one element should carry. */
function wantedClasses(
  el: SingularElementArgument,
  view: ViewState,
  failed: Set<string> | null,
): ViewClass[] {
  const want: ViewClass[] = [];
  const id = el.id();
  if (el.isNode()) {
    if (view.visible && !view.visible.has(id)) want.push('hidden');
    if (failed?.has(id)) want.push('failed');
    else if (failed && view.dimRest) want.push('dimmed');
    if (view.blast && id === view.blast.origin.id && failed) want.push('origin');
    if (id === view.matchId) want.push('match');
  } else if (failed) {
    const edge = el as EdgeSingular;
    if (failed.has(edge.source().id()) && failed.has(edge.target().id())) want.push('failed');
    else if (view.dimRest) want.push('dimmed');
  }
  return want;
}

/**
 * Puts the view's classes on in one batch, touching only the elements whose classes change:
 * cytoscape restyles (and re-rasterises) every element a class call is made on, changed or not,
 * which at 12,000 elements costs most of a second per selection.
 */
export function applyViewClasses(cy: Core, view: ViewState): number {
  // Dimming the whole map to say "nothing else fails" would hide it: only a real radius dims.
  const failed =
    view.blast && view.blast.failedCount > 0 ? new Set(view.blast.failed.map((f) => f.id)) : null;
  const adds = new Map<ViewClass, CollectionReturnValue>();
  const removes = new Map<ViewClass, CollectionReturnValue>();
  const note = (into: typeof adds, cls: ViewClass, el: SingularElementArgument) => {
    const list = into.get(cls);
    // merge adds to the collection in place.
    if (list) list.merge(el);
    else into.set(cls, cy.collection().merge(el));
  };
  let touched = 0;
  cy.elements().forEach((el) => {
    const want = wantedClasses(el, view, failed);
    let changed = false;
    for (const cls of VIEW_CLASSES) {
      const has = el.hasClass(cls);
      if (has === want.includes(cls)) continue;
      note(has ? removes : adds, cls, el);
      changed = true;
    }
    if (changed) touched++;
  });
  if (touched > 0)
    cy.batch(() => {
      for (const [cls, els] of removes) els.removeClass(cls);
      for (const [cls, els] of adds) els.addClass(cls);
    });
  return touched;
}

/** Selects exactly the selection, leaving cytoscape alone when it already shows it. */
export function applySelection(cy: Core, selection: { id: string } | null): void {
  const selected = cy.elements(':selected');
  const want = selection ? cy.getElementById(selection.id) : cy.collection();
  if (selected.same(want)) return;
  cy.batch(() => {
    selected.difference(want).unselect();
    want.select();
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
