// Keyboard shortcuts of the map, listed once: the handler and the help popover read the same table.
import type { Core, NodeSingular } from 'cytoscape';

export type MapCommand =
  | 'new'
  | 'connect'
  | 'retire'
  | 'focus'
  | 'search'
  | 'help'
  | 'escape'
  | 'fit'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'zoomIn'
  | 'zoomOut';

export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'N', does: 'Add a node (opens the form)' },
  { keys: 'C', does: 'Connect: the selected node needs the next node you click or pick' },
  { keys: 'Delete / Backspace', does: 'Retire the selected node or edge (asks first)' },
  { keys: '↑ / ↓', does: 'Select a consumer above / a provider below (map focused)' },
  { keys: '← / →', does: 'Select the neighbour to the left / right in the same row' },
  { keys: 'F', does: 'Focus mode on / off: only the hops around the selection' },
  { keys: '/', does: 'Search by name' },
  { keys: '+ / − / 0', does: 'Zoom in / out / fit the whole map' },
  { keys: 'Esc', does: 'Cancel connecting, close the help, clear the selection' },
  { keys: '?', does: 'Show these keys' },
  { keys: 'Tab', does: 'Move through the toolbar, the map, the node list and the panel' },
];

const ARROWS: Record<string, MapCommand> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const LETTERS: Record<string, MapCommand> = {
  n: 'new',
  c: 'connect',
  f: 'focus',
  '/': 'search',
  '?': 'help',
  Delete: 'retire',
  Backspace: 'retire',
  Escape: 'escape',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '0': 'fit',
};

/** Typing in a field is typing, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

export function commandFor(e: KeyLike, onCanvas: boolean): MapCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTyping(e.target)) return e.key === 'Escape' ? 'escape' : null;
  if (onCanvas && ARROWS[e.key]) return ARROWS[e.key]!;
  return LETTERS[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
}

/**
 * The node an arrow key moves to. Up and down prefer the selected node's consumers (above) and
 * providers (below), nearest first; left and right take the nearest visible node in the same row.
 * With nothing in that direction, the selection stays.
 */
export function step(
  cy: Core,
  from: NodeSingular,
  direction: 'up' | 'down' | 'left' | 'right',
): NodeSingular | null {
  const p = from.position();
  const dist = (n: NodeSingular) => Math.hypot(n.position().x - p.x, n.position().y - p.y);
  const nearest = (nodes: NodeSingular[]) => nodes.sort((a, b) => dist(a) - dist(b))[0] ?? null;
  const visible = (n: NodeSingular) => n.visible() && n.id() !== from.id();
  if (direction === 'up' || direction === 'down') {
    const linked = (direction === 'up' ? from.incomers('node') : from.outgoers('node')).filter(visible);
    if (linked.nonempty()) return nearest(linked.toArray() as NodeSingular[]);
    const sign = direction === 'up' ? -1 : 1;
    return nearest(
      cy
        .nodes()
        .filter((n) => visible(n) && (n.position().y - p.y) * sign > from.height() / 2)
        .toArray() as NodeSingular[],
    );
  }
  const sign = direction === 'left' ? -1 : 1;
  const row = cy
    .nodes()
    .filter(
      (n) =>
        visible(n) && (n.position().x - p.x) * sign > 1 && Math.abs(n.position().y - p.y) < from.height(),
    )
    .toArray() as NodeSingular[];
  return nearest(row);
}
