// What the map's buttons, clicks and keys do: select, search, add, connect, retire, group, lay out,
// export. One place, so a key and its button always do the same thing.
import type { Core, NodeSingular } from 'cytoscape';
import { useState, type Dispatch, type SetStateAction } from 'react';
import type { DependencyMap, EdgeView, MapNode } from '../../../../shared/contract';
import type { NodeKind } from '../../../../shared/domain/model';
import { errorMessage } from '../../api/client';
import * as actions from './actions';
import type { MapIndex } from '../../../../shared/presentation/map-scene';
import { exportMap } from './export';
import { commandFor, step } from './keyboard';
import { applyLayered, runInPageLayout, type LayoutName } from './layouts';
import { SEARCH_INPUT_ID } from './Toolbar';
import { inView, READABLE_ZOOM, showAll, type Selection } from './use-canvas-sync';

type Mode = 'idle' | 'add' | 'connect';

/** Back to the canvas, so the next key works without a click. */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>('.map-canvas')?.focus();
}

function fileStem(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'map'
  );
}

export function useMapCommands(o: {
  cy: Core | null;
  map: DependencyMap | undefined;
  index: MapIndex | undefined;
  title: string;
  selection: Selection;
  selectedNode: MapNode | undefined;
  selectedEdge: EdgeView | undefined;
  setSelection: (s: Selection) => void;
  setMatchId: (id: string | null) => void;
  setFocusHops: Dispatch<SetStateAction<number>>;
  /** Centre the view on this node once the reloaded map has it. */
  requestCentre: (id: string) => void;
}) {
  const { cy, map, index } = o;
  const [mode, setMode] = useState<Mode>('idle');
  const [help, setHelp] = useState(false);
  const [confirm, setConfirm] = useState<{ kind: 'node' | 'edge'; id: string; message: string } | null>(null);
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [layoutBusy, setLayoutBusy] = useState(false);
  const name = (id: string) => index?.node.get(id)?.name ?? 'that node';

  /** Runs a write; a failure becomes a message a person can act on. */
  async function run<T>(what: () => Promise<T>, done?: (value: T) => string): Promise<T | undefined> {
    setError(undefined);
    try {
      const value = await what();
      setInfo(done?.(value));
      return value;
    } catch (err) {
      setInfo(undefined);
      setError(errorMessage(err));
      return undefined;
    }
  }

  function select(s: Selection) {
    o.setSelection(s);
    if (s === null) o.setMatchId(null);
  }

  /** Selects and, if it is off screen, brings it into view. */
  function selectAndShow(id: string) {
    select({ kind: 'node', id });
    const el = cy?.getElementById(id);
    if (!cy || !el || el.empty()) return;
    if (!inView(cy, el)) cy.animate({ center: { eles: el } }, { duration: 200 });
  }

  async function connectTo(providerId: string, hard: boolean) {
    const consumer = o.selectedNode;
    if (!consumer) return;
    setMode('idle');
    focusCanvas();
    await run(
      () => actions.connect(consumer.id, providerId, hard),
      () => `${consumer.name} now needs ${name(providerId)}.`,
    );
  }

  function tapNode(id: string) {
    if (mode === 'connect' && o.selectedNode && id !== o.selectedNode.id) void connectTo(id, true);
    else select({ kind: 'node', id });
  }

  function search(text: string): boolean {
    const t = text.trim().toLowerCase();
    if (!t || !map) return false;
    const hit =
      map.nodes.find((n) => n.name.toLowerCase() === t) ??
      map.nodes.find((n) => n.name.toLowerCase().includes(t));
    if (!hit) return false;
    o.setMatchId(hit.id);
    o.setSelection({ kind: 'node', id: hit.id });
    const el = cy?.getElementById(hit.id);
    if (cy && el?.nonempty())
      cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), READABLE_ZOOM) }, { duration: 250 });
    // Found: the keys act on the map now (C connects, Delete retires…), not on the search box.
    focusCanvas();
    return true;
  }

  async function add(input: { kind: NodeKind; name: string; tierId: string | null }): Promise<boolean> {
    const id = await run(
      () => actions.addNode(input),
      () => `Added ${input.name}. Press C to connect it, or add the next one.`,
    );
    if (id === undefined) return false;
    o.requestCentre(id);
    o.setSelection({ kind: 'node', id });
    return true;
  }

  function askRetire() {
    if (o.selectedNode) {
      const n = o.selectedNode;
      const edges = map?.edges.filter((e) => e.consumerId === n.id || e.providerId === n.id).length ?? 0;
      setConfirm({
        kind: 'node',
        id: n.id,
        message: `Retire “${n.name}” and its ${edges} ${edges === 1 ? 'dependency' : 'dependencies'}? They leave the map; the audit log keeps them.`,
      });
    } else if (o.selectedEdge) {
      const e = o.selectedEdge;
      setConfirm({
        kind: 'edge',
        id: e.id,
        message: `Retire the dependency “${name(e.consumerId)} needs ${name(e.providerId)}”?`,
      });
    }
  }

  async function retireConfirmed() {
    const c = confirm;
    if (!c) return;
    setConfirm(null);
    select(null);
    await run(
      () => (c.kind === 'node' ? actions.retireNode(c.id) : actions.retireEdge(c.id)),
      () => (c.kind === 'node' ? 'Node retired.' : 'Dependency retired.'),
    );
    focusCanvas();
  }

  async function group(edges: EdgeView[]) {
    const groupId = actions.suggestGroupId(edges.map((e) => name(e.providerId)));
    await run(
      () => actions.setGroup(edges, groupId),
      () => `Grouped as redundant (“${groupId}”): any one of ${edges.length} suffices.`,
    );
  }

  async function ungroup(edges: EdgeView[]) {
    await run(
      () => actions.setGroup(edges, null),
      () => `Ungrouped: each of ${edges.length} is required on its own again.`,
    );
  }

  async function toggleHard(edge: EdgeView) {
    await run(
      () => actions.setHard(edge, !edge.hard),
      () => (edge.hard ? 'Now a soft dependency.' : 'Now a hard dependency.'),
    );
  }

  async function relayout(layout: LayoutName) {
    if (!cy || !map) return;
    if (layout === 'layered') {
      applyLayered(cy, map.layout);
      showAll(cy);
      // Nodes placed by hand go back to their layered place, and stay there after a reload.
      const placed = map.nodes.filter((n) => n.position).map((n) => n.id);
      if (placed.length > 0) await run(() => actions.savePositions(cy, placed));
      setInfo('Layered layout applied (computed by the app, consumers above providers).');
      return;
    }
    setLayoutBusy(true);
    setInfo(
      `Running ${layout === 'elk' ? 'ELK' : 'fcose'} in the background (small maps only); the map stays usable…`,
    );
    await run(
      async () => {
        await runInPageLayout(cy, layout);
        return actions.savePositions(
          cy,
          cy.nodes(':visible').map((n) => n.id()),
        );
      },
      (saved) => `${layout === 'elk' ? 'ELK layered' : 'fcose'} layout applied; ${saved} positions saved.`,
    );
    setLayoutBusy(false);
  }

  function exportAs(format: 'png' | 'svg') {
    if (!cy || !map || !index) return;
    const stem = fileStem(o.title);
    exportMap(format, cy, map, index, o.title, `${stem}-map.${format}`).then(
      () => setInfo(`Downloading ${stem}-map.${format}.`),
      (err: unknown) => setError(errorMessage(err)),
    );
  }

  function move(direction: 'up' | 'down' | 'left' | 'right') {
    if (!cy) return;
    const from = o.selection?.kind === 'node' ? cy.getElementById(o.selection.id) : null;
    let next: NodeSingular | null;
    if (from && from.nonempty() && from.isNode()) next = step(cy, from, direction);
    else {
      // Nothing selected yet: start at the top-left node on screen.
      const nodes = cy.nodes(':visible').toArray() as NodeSingular[];
      next =
        nodes.sort((a, b) => a.position().y - b.position().y || a.position().x - b.position().x)[0] ?? null;
    }
    if (next) selectAndShow(next.id());
  }

  /** True when the key was a map command (the caller then stops the browser's default). */
  function handleKey(e: Parameters<typeof commandFor>[0], onCanvas: boolean): boolean {
    const command = commandFor(e, onCanvas);
    if (!command) return false;
    switch (command) {
      case 'new':
        setMode('add');
        break;
      case 'connect':
        if (o.selectedNode) setMode('connect');
        else setInfo('Select the node that needs something first, then press C.');
        break;
      case 'retire':
        askRetire();
        break;
      case 'focus':
        o.setFocusHops((h) => (h > 0 ? 0 : 1));
        break;
      case 'search':
        document.getElementById(SEARCH_INPUT_ID)?.focus();
        break;
      case 'help':
        setHelp(true);
        break;
      case 'escape':
        if (help) setHelp(false);
        else if (confirm) setConfirm(null);
        else if (mode !== 'idle') setMode('idle');
        else select(null);
        focusCanvas();
        break;
      case 'fit':
        if (cy) showAll(cy);
        break;
      case 'zoomIn':
      case 'zoomOut':
        if (cy) {
          const level = cy.zoom() * (command === 'zoomIn' ? 1.25 : 0.8);
          cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        }
        break;
      default:
        move(command);
    }
    return true;
  }

  return {
    mode,
    setMode,
    help,
    setHelp,
    confirm,
    setConfirm,
    error,
    setError,
    info,
    layoutBusy,
    select,
    selectAndShow,
    tapNode,
    search,
    add,
    connectTo,
    askRetire,
    retireConfirmed,
    group,
    ungroup,
    toggleHard,
    relayout,
    exportAs,
    handleKey,
  };
}
