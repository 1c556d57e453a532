// Keeps cytoscape in step with React: elements when the map reloads, classes when the view changes,
// the selection, pointer events (tap, drag), and the drawn-state probe the tests read.
import type { Core, EventObject, NodeCollection, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DependencyMap } from '../../../../shared/contract';
import type { BlastRadius } from '../../../../shared/domain/graph';
import { savePositions } from './actions';
import { afterNextPaint } from './after-paint';
import { LARGE_MAP } from './cy-style';
import type { MapIndex } from '../../../../shared/presentation/map-scene';
import { toElements } from './elements';
import type { View } from './view';
import { syncElements } from './sync-elements';
import { applySelection, applyViewClasses, describeDrawn } from './view-classes';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface CanvasEvents {
  onTapNode: (id: string) => void;
  onTapEdge: (id: string) => void;
  onTapBackground: () => void;
  onSaveError: (message: string) => void;
  /** The canvas shows the map's elements (for a big map's first load, once cytoscape has drawn). */
  onEditorReady: () => void;
}

const DRAG_SAVE_DELAY_MS = 600;
/** A performance mark the benchmark reads: cytoscape has drawn a big map built after its overview. */
export const EDITOR_DRAWN = 'steadfast:map-editor-drawn';
const SHOW_WHOLE = 40;

/** Whether every one of these nodes is inside the current view. */
export function inView(cy: Core, nodes: NodeCollection): boolean {
  const bb = cy.extent();
  return nodes.every((n) => {
    const p = (n as NodeSingular).position();
    return p.x >= bb.x1 && p.x <= bb.x2 && p.y >= bb.y1 && p.y <= bb.y2;
  });
}

const someOffScreen = (cy: Core) => !inView(cy, cy.nodes(':visible'));

/** Fits the map, but never blows a handful of nodes up beyond reading size. */
export function showAll(cy: Core): void {
  cy.fit(cy.elements(':visible'), 40);
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center(cy.elements(':visible'));
  }
}

/** Whether the whole visible map fits the canvas (40 px around) with its names readable. */
function fitsReadable(cy: Core): boolean {
  const bb = cy.elements(':visible').boundingBox({});
  if (bb.w === 0 && bb.h === 0) return true;
  return Math.min((cy.width() - 80) / (bb.w || 1), (cy.height() - 80) / (bb.h || 1)) >= READABLE_ZOOM;
}

/** Node names are 12 px in the model; at this zoom they are 11 px on screen, the least one reads. */
export const READABLE_ZOOM = 11 / 12;

/**
 * The view a map opens on: the whole map when its names are readable that way; otherwise readable
 * names, on the selected node if there is one, else the top of the map (where the processes are in
 * the layered layout), centred across. The minimap shows where that is in the whole.
 */
export function openView(cy: Core, selectedId: string | null): void {
  if (fitsReadable(cy)) return showAll(cy);
  const visible = cy.elements(':visible');
  const selected = selectedId ? cy.getElementById(selectedId) : null;
  cy.zoom(READABLE_ZOOM);
  if (selected && selected.nonempty() && selected.visible()) {
    cy.center(selected);
    return;
  }
  const bb = visible.boundingBox({});
  cy.pan({ x: cy.width() / 2 - ((bb.x1 + bb.x2) / 2) * READABLE_ZOOM, y: 40 - bb.y1 * READABLE_ZOOM });
}

export function useCanvasSync(opts: {
  cy: Core | null;
  map: DependencyMap | undefined;
  index: MapIndex | undefined;
  visible: ReadonlySet<string> | null;
  blast: BlastRadius | null;
  matchId: string | null;
  selection: Selection;
  /** A node to centre on once it appears (one just added). */
  centreRef: RefObject<string | null>;
  probeRef: RefObject<HTMLElement | null>;
  /** The view the overview drew a big map in, for the editor to open on. */
  firstView: RefObject<View | null>;
  /** Wait: a big map's overview is not on screen yet. */
  holdBuild: boolean;
  events: CanvasEvents;
}): void {
  const { cy, map, index, visible, blast, matchId, selection, centreRef, probeRef, firstView, holdBuild } =
    opts;

  // Handlers change every render; cytoscape keeps the first ones it was given, so it calls these.
  const events = useRef(opts.events);
  const layers = useRef(-1);
  // Counts the big maps built after their first paint: the view's classes go on once they exist.
  const [built, setBuilt] = useState(0);
  const selectionRef = useRef(selection);
  useEffect(() => {
    events.current = opts.events;
    selectionRef.current = selection;
  });

  useEffect(() => {
    if (!cy || !map || !index || holdBuild) return;
    const first = cy.elements().empty();
    if (first && map.nodes.length > LARGE_MAP) {
      // A big map's first load: the overview is on screen already; build the editor after that
      // frame is painted (cytoscape blocks for seconds at thousands of nodes), open it on the
      // overview's view so nothing jumps, and say when it has drawn.
      return afterNextPaint(() => {
        cy.batch(() => cy.add(toElements(map, index)));
        layers.current = map.layout.layerCount;
        if (firstView.current) cy.viewport(firstView.current);
        else showAll(cy);
        cy.one('render', () => {
          performance.mark(EDITOR_DRAWN);
          setBuilt((b) => b + 1);
          events.current.onEditorReady();
        });
      });
    }
    // On a big map, nodes stay where the person last saw them while they edit (one new node
    // reshuffles whole rows of the layered layout, and moving thousands costs seconds); Re-layout
    // or reopening the map applies the server's layout again.
    syncElements(cy, toElements(map, index), { keepPositions: map.nodes.length > LARGE_MAP });
    const centre = centreRef.current;
    centreRef.current = null;
    // A small map is shown whole whenever an edit moved something out of view (the layered layout
    // moves unplaced nodes as the graph changes); a big one scrolls to the node just added.
    const small = cy.nodes().length <= SHOW_WHOLE;
    const reshaped = layers.current !== map.layout.layerCount;
    layers.current = map.layout.layerCount;
    // A map too big to read whole opens readable (openView); later edits re-show a small map whole
    // only while it still fits readably, so a person who panned a big one is not thrown back.
    const selected = selectionRef.current?.kind === 'node' ? selectionRef.current.id : null;
    if (first) openView(cy, selected);
    else if (small && (centre || reshaped || (someOffScreen(cy) && fitsReadable(cy))))
      openView(cy, centre ?? selected);
    else if (centre) {
      // Only when it is out of sight; a big map jumps there, where 200 ms of animation would be a
      // dozen full redraws of thousands of nodes.
      const added = cy.getElementById(centre);
      if (added.nonempty() && !inView(cy, added)) {
        if (map.nodes.length > LARGE_MAP) cy.center(added);
        else cy.animate({ center: { eles: added } }, { duration: 200 });
      }
    }
    events.current.onEditorReady();
    return undefined;
  }, [cy, map, index, centreRef, firstView, holdBuild]);

  useEffect(() => {
    if (!cy || !map) return;
    applyViewClasses(cy, { visible, blast, matchId, dimRest: map.nodes.length <= LARGE_MAP });
    applySelection(cy, selection);
    if (probeRef.current) describeDrawn(cy, probeRef.current);
  }, [cy, map, visible, blast, matchId, selection, probeRef, built]);

  useEffect(() => {
    if (!cy) return;
    const dragged = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      const ids = [...dragged];
      dragged.clear();
      savePositions(cy, ids).catch((err: unknown) =>
        events.current.onSaveError(err instanceof Error ? err.message : String(err)),
      );
    };
    let frame = 0;
    const reprobe = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => probeRef.current && describeDrawn(cy, probeRef.current));
    };
    const onNode = (e: EventObject) => events.current.onTapNode(e.target.id() as string);
    const onEdge = (e: EventObject) => events.current.onTapEdge(e.target.id() as string);
    const onBackground = (e: EventObject) => e.target === cy && events.current.onTapBackground();
    const onDragFree = (e: EventObject) => {
      dragged.add(e.target.id() as string);
      clearTimeout(timer);
      timer = setTimeout(flush, DRAG_SAVE_DELAY_MS);
    };
    // Small maps only: the probe lists rendered positions, which change with every pan and zoom.
    const onMove = () => cy.nodes().length <= 60 && reprobe();
    // cytoscape swallows the mousedown that would focus its container: focus it, so keys work.
    const onTapStart = () => cy.container()?.focus({ preventScroll: true });
    cy.on('tapstart', onTapStart);
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('dragfree', 'node', onDragFree);
    cy.on('viewport position', onMove);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      // The canvas may already be gone (unmounting): then the last drag is not saved.
      if (cy.destroyed()) return;
      cy.off('tapstart', onTapStart);
      cy.off('tap', 'node', onNode);
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', onBackground);
      cy.off('dragfree', 'node', onDragFree);
      cy.off('viewport position', onMove);
      if (dragged.size > 0) flush();
    };
  }, [cy, probeRef]);
}
