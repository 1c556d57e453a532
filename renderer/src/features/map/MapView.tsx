// The dependency map: a cytoscape canvas drawn from the server's layered layout and analysis, edited
// by mouse and keyboard, with a side panel for the selection. No React component per node: the
// canvas holds 5,000 nodes, React holds the panel.
import { plural } from '../../../../shared/format/plural';
import { useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { recordAddress, useRoute } from '../../routing/navigate';
import { AddNodeForm } from './AddNodeForm';
import { ConfirmBar } from './ConfirmBar';
import { ConnectBar } from './ConnectBar';
import { EdgePanel } from './EdgePanel';
import { HelpPopover } from './HelpPopover';
import { LARGE_MAP } from './cy-style';
import { Legend } from './Legend';
import { MapOverview } from './MapOverview';
import { Minimap } from './Minimap';
import { NodePanel } from './NodePanel';
import type { View } from './view';
import { OverviewPanel } from './OverviewPanel';
import { Toolbar } from './Toolbar';
import { useCanvasSync, type Selection } from './use-canvas-sync';
import { useCytoscape } from './use-cy';
import { useBlastRadius, useMapData } from './use-map';
import { focusCanvas, useMapCommands } from './use-map-commands';
import { NO_FILTERS, visibleNodeIds, type MapFilters } from './view-classes';
import { ServiceFilter, serviceNodeIds, useServices } from './service-filter';

export function MapView({ title = 'Dependency map' }: { title?: string }) {
  const { map, index, tiers, error: loadError } = useMapData();
  const { cy, mount } = useCytoscape(map?.nodes.length ?? 0);
  // The selected node is in the address (replaced, not pushed: clicking around the map should not
  // fill the history; and silently: the map holds the selection itself), so a reload or a link such
  // as #/map/<node> opens it selected.
  const route = useRoute();
  const routeId = route.id;
  const serviceId = route.query.service ?? '';
  const services = useServices();
  const [selection, setSelectionState] = useState<Selection>(() =>
    routeId ? { kind: 'node', id: routeId } : null,
  );
  const setSelection = useCallback((s: Selection) => {
    setSelectionState(s);
    recordAddress({ area: 'map', id: s?.kind === 'node' ? s.id : null });
  }, []);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [focusHops, setFocusHops] = useState(0);
  const [matchId, setMatchId] = useState<string | null>(null);
  const centreRef = useRef<string | null>(null);
  const firstView = useRef<View | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const [overviewPainted, setOverviewPainted] = useState(false);
  const onOverviewPainted = useCallback(() => setOverviewPainted(true), []);
  const large = (map?.nodes.length ?? 0) > LARGE_MAP;
  const onOverviewView = useCallback((view: View) => {
    firstView.current = view;
  }, []);
  const probeRef = useRef<HTMLOutputElement | null>(null);

  // A selection whose element left the map (retired) is no selection.
  const selectedNode = selection?.kind === 'node' ? index?.node.get(selection.id) : undefined;
  const selectedEdge = selection?.kind === 'edge' ? map?.edges.find((e) => e.id === selection.id) : undefined;
  const liveSelection: Selection = selectedNode || selectedEdge ? selection : null;
  const blastQuery = useBlastRadius(selectedNode?.id ?? null);
  const blast = blastQuery.data ?? null;

  const serviceIds = useMemo(
    () =>
      map
        ? serviceNodeIds(
            map,
            services.find((s) => s.id === serviceId),
          )
        : null,
    [map, services, serviceId],
  );
  const visible = useMemo(() => {
    const v = map
      ? visibleNodeIds(map, filters, { hops: focusHops, nodeId: selectedNode?.id ?? null })
      : null;
    // A chosen service narrows whatever the other filters leave.
    if (!serviceIds) return v;
    return v ? new Set([...v].filter((id) => serviceIds.has(id))) : serviceIds;
  }, [map, filters, focusHops, selectedNode?.id, serviceIds]);
  const visibleIds = useMemo(
    () => (map ? map.nodes.map((n) => n.id).filter((id) => !visible || visible.has(id)) : []),
    [map, visible],
  );
  const departments = useMemo(
    () => [...new Set((map?.nodes ?? []).map((n) => n.department).filter(Boolean))].sort(),
    [map],
  );
  const names = useMemo(() => (map?.nodes ?? []).map((n) => n.name).sort(), [map]);
  // Thousands of list options are built after the map is on screen, not before it.
  const listedIds = useDeferredValue(visibleIds);
  const listedNames = useDeferredValue(names);

  const c = useMapCommands({
    cy,
    map,
    index,
    title,
    selection: liveSelection,
    selectedNode,
    selectedEdge,
    setSelection,
    setMatchId,
    setFocusHops,
    requestCentre: (id: string) => {
      centreRef.current = id;
    },
  });

  useCanvasSync({
    cy,
    map,
    index,
    visible,
    blast,
    matchId,
    selection: liveSelection,
    centreRef,
    probeRef,
    firstView,
    // A big map's editor is built once its overview is on screen, never before.
    holdBuild: large && !editorReady && !overviewPainted,
    events: {
      onTapNode: c.tapNode,
      onTapEdge: (id) => c.select({ kind: 'edge', id }),
      onTapBackground: () => c.mode !== 'connect' && c.select(null),
      onSaveError: c.setError,
      onEditorReady: () => setEditorReady(true),
    },
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const onCanvas = e.target instanceof HTMLElement && e.target.classList.contains('map-canvas');
    if (c.handleKey(e, onCanvas)) e.preventDefault();
  };

  if (!map || !index) {
    return loadError ? <ErrorNotice message={loadError} /> : <p className="loading">Loading the map…</p>;
  }

  return (
    <section className="map" aria-labelledby="map-title" onKeyDown={onKeyDown}>
      <div className="row spread map-head">
        <h1 id="map-title">Dependency map</h1>
        <span className="muted small">
          {plural(map.nodes.length, 'node')} · {plural(map.edges.length, 'dependency', 'dependencies')} ·
          layout by the app ({plural(map.layout.layerCount, 'layer')})
        </span>
      </div>
      {services.length > 0 && (
        <ServiceFilter
          services={services}
          serviceId={serviceId}
          shown={serviceIds ? serviceIds.size : null}
        />
      )}
      <Toolbar
        nodeCount={map.nodes.length}
        tiers={tiers}
        departments={departments}
        names={listedNames}
        filters={filters}
        onFilters={setFilters}
        focusHops={focusHops}
        onFocusHops={setFocusHops}
        focusEnabled={Boolean(selectedNode)}
        onSearch={c.search}
        onLayout={(name) => void c.relayout(name)}
        layoutBusy={c.layoutBusy}
        onExport={c.exportAs}
        onAdd={() => c.setMode('add')}
        onHelp={() => c.setHelp(true)}
      />
      {c.mode === 'connect' && selectedNode && (
        <ConnectBar
          consumer={selectedNode}
          nodes={map.nodes}
          onConnect={(p, hard) => void c.connectTo(p, hard)}
          onCancel={() => {
            c.setMode('idle');
            focusCanvas();
          }}
        />
      )}
      {c.confirm && (
        <ConfirmBar
          message={c.confirm.message}
          onConfirm={() => void c.retireConfirmed()}
          onCancel={() => {
            c.setConfirm(null);
            focusCanvas();
          }}
        />
      )}
      <div className="map-body">
        <div className="map-stage">
          {/* Over the canvas, not above it: a message that pushed the map down would resize the
              canvas, and cytoscape redraws all of a big map when its canvas changes size. */}
          <div className="map-notices">
            <ErrorNotice message={c.error} onDismiss={() => c.setError(undefined)} />
            <InfoNotice message={c.info} />
            {focusHops > 0 && !selectedNode && (
              <InfoNotice message="Focus mode: select a node to see the hops around it." />
            )}
          </div>
          <div className="map-canvas-wrap">
            <div
              ref={mount}
              className="map-canvas"
              tabIndex={0}
              role="application"
              aria-label="Dependency map canvas. Arrow keys move the selection; press ? for every key."
              aria-describedby="map-selection-text"
            />
            {large && !editorReady && (
              <MapOverview map={map} index={index} onView={onOverviewView} onPainted={onOverviewPainted} />
            )}
            {editorReady && <Minimap cy={cy} />}
          </div>
          {c.help && (
            <HelpPopover
              onClose={() => {
                c.setHelp(false);
                focusCanvas();
              }}
            />
          )}
          {c.mode === 'add' && (
            <AddNodeForm
              tiers={tiers}
              onAdd={c.add}
              onClose={() => {
                c.setMode('idle');
                focusCanvas();
              }}
            />
          )}
          <p id="map-selection-text" className="visually-hidden" aria-live="polite">
            {selectedNode
              ? `Selected ${selectedNode.name}`
              : selectedEdge
                ? 'Selected a dependency'
                : 'Nothing selected'}
          </p>
          <output ref={probeRef} data-testid="map-drawn" hidden />
          <Legend />
        </div>
        {selectedNode ? (
          <NodePanel
            key={selectedNode.id}
            node={selectedNode}
            map={map}
            index={index}
            blast={blast ?? undefined}
            onSelect={c.selectAndShow}
            onGroup={(edges) => void c.group(edges)}
            onUngroup={(edges) => void c.ungroup(edges)}
            onConnect={() => c.setMode('connect')}
            onRetire={c.askRetire}
          />
        ) : selectedEdge ? (
          <EdgePanel
            key={selectedEdge.id}
            edge={selectedEdge}
            index={index}
            onSelect={c.selectAndShow}
            onToggleHard={() => void c.toggleHard(selectedEdge)}
            onUngroup={() => void c.ungroup([selectedEdge])}
            onRetire={c.askRetire}
          />
        ) : (
          <OverviewPanel map={map} index={index} visibleIds={listedIds} onSelect={c.selectAndShow} />
        )}
      </div>
    </section>
  );
}
