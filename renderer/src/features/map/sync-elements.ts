// Brings cytoscape's elements in line with a reloaded map by changing only what changed: an edit
// to a map of thousands of nodes touches a handful of elements, where rebuilding every element
// would stall the screen for seconds.
import type { Core, ElementDefinition } from 'cytoscape';
import { VIEW_CLASSES } from './view-classes';

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

function classList(classes: ElementDefinition['classes']): string[] {
  const list = Array.isArray(classes) ? classes : (classes ?? '').split(/\s+/);
  return list.filter(Boolean);
}

const OWNED_BY_VIEW: ReadonlySet<string> = new Set(VIEW_CLASSES);

/**
 * Returns how many elements were added, changed or removed. With `keepPositions`, nodes already on
 * the canvas stay where they are (only new ones take their place from the definitions).
 */
export function syncElements(
  cy: Core,
  defs: readonly ElementDefinition[],
  opts: { keepPositions: boolean },
): number {
  let touched = 0;
  const moved = new Map<string, { x: number; y: number }>();
  cy.batch(() => {
    const wanted = new Map(defs.map((d) => [d.data.id!, d]));
    // Gone, or an edge whose ends changed (cytoscape cannot move an edge by its data).
    const stale = cy.elements().filter((el) => {
      const d = wanted.get(el.id());
      if (!d) return true;
      return el.isEdge() && (el.data('source') !== d.data.source || el.data('target') !== d.data.target);
    });
    touched += stale.length;
    stale.remove();
    const added: ElementDefinition[] = [];
    for (const d of defs) {
      const el = cy.getElementById(d.data.id!);
      if (el.empty()) {
        added.push(d);
        continue;
      }
      let changed = false;
      if (!sameData(el.data() as Record<string, unknown>, d.data)) {
        el.data(d.data);
        changed = true;
      }
      // The map's own classes (spof, inversion…); what the view put on (dimmed, hidden…) stays.
      const want = classList(d.classes);
      const has = el.classes().filter((c) => !OWNED_BY_VIEW.has(c));
      const dropped = has.filter((c) => !want.includes(c));
      const missing = want.filter((c) => !has.includes(c));
      if (dropped.length > 0 || missing.length > 0) {
        if (dropped.length > 0) el.removeClass(dropped.join(' '));
        if (missing.length > 0) el.addClass(missing.join(' '));
        changed = true;
      }
      const p = d.position;
      const move = p && !opts.keepPositions && el.isNode();
      if (move && (el.position('x') !== p.x || el.position('y') !== p.y)) moved.set(el.id(), p);
      else if (changed) touched++;
    }
    // One call for every moved node: the layered layout shifts whole rows when one node joins.
    if (moved.size > 0) {
      cy.nodes()
        .filter((n) => moved.has(n.id()))
        .positions((n) => moved.get(n.id())!);
      touched += moved.size;
    }
    touched += added.length;
    // Nodes before edges, as toElements lists them, so every edge finds its ends.
    if (added.length > 0) cy.add(added);
  });
  return touched;
}
