// The map as files: a PNG from cytoscape's own renderer, and an SVG drawn by shared/domain's
// renderMapSvg from the positions on screen (the PDF evidence pack draws with the same function).
import type { Core } from 'cytoscape';
import type { DependencyMap } from '../../../../shared/contract';
import { renderMapSvg, type SvgEdge, type SvgNode } from '../../../../shared/domain/graph/layout/svg';
import { COLORS, KIND_STYLES } from './cy-style';
import { nodeSubLabel, type MapIndex } from './elements';

/** Offers a blob as a download: an <a download> with a blob URL works in browsers and Electron. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke later so slow file pickers still get it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function exportPng(cy: Core, fileName: string): void {
  // Canvas size is capped by the browser (about 16k px a side): scale big maps down to fit.
  const blob = cy.png({
    full: true,
    scale: 2,
    maxWidth: 12_000,
    maxHeight: 12_000,
    bg: '#ffffff',
    output: 'blob',
  });
  download(blob, fileName);
}

/** What is visible now (filters and focus respected), where it stands now. */
export function mapSvg(cy: Core, map: DependencyMap, index: MapIndex, title: string): string {
  const nodes: SvgNode[] = [];
  cy.nodes(':visible').forEach((el) => {
    const n = index.node.get(el.id());
    if (!n) return;
    const k = KIND_STYLES[n.kind];
    const p = el.position();
    const spof = index.spof.has(n.id);
    const node: SvgNode = {
      id: n.id,
      x: p.x,
      y: p.y,
      width: el.width(),
      height: el.height(),
      shape: k.shape,
      fill: k.fill,
      stroke: spof ? COLORS.spof : k.stroke,
      strokeWidth: spof ? 3.5 : 1.5,
      label: n.name,
      sublabel: nodeSubLabel(n, false),
    };
    if (spof) node.badge = { text: 'SPOF', fill: COLORS.spof, color: '#ffffff' };
    if (index.cycleNodes.has(n.id)) node.outline = COLORS.cycle;
    nodes.push(node);
  });
  const byId = new Map(map.edges.map((e) => [e.id, e]));
  const edges: SvgEdge[] = [];
  cy.edges(':visible').forEach((el) => {
    const e = byId.get(el.id());
    if (!e) return;
    const inversion = index.inversionByEdge.get(e.id);
    const edge: SvgEdge = {
      id: e.id,
      from: e.consumerId,
      to: e.providerId,
      stroke: inversion ? COLORS.inversion : e.groupId ? COLORS.group : e.hard ? COLORS.edge : COLORS.soft,
      width: inversion ? 3 : 1.5,
      dashed: Boolean(e.groupId) || !e.hard,
    };
    const label = (el.data('inversionLabel') as string) || (el.data('groupLabel') as string);
    if (label) edge.label = label;
    edges.push(edge);
  });
  const legend = Object.values(KIND_STYLES).map((k) => ({ label: k.label, fill: k.fill, stroke: k.stroke }));
  legend.push(
    { label: 'SPOF (red border)', fill: '#ffffff', stroke: COLORS.spof },
    { label: 'RTO inversion edge', fill: COLORS.inversion, stroke: COLORS.inversion },
    { label: 'Redundant group (dashed)', fill: '#ffffff', stroke: COLORS.group },
    { label: 'Dependency cycle', fill: '#ffffff', stroke: COLORS.cycle },
  );
  return renderMapSvg({ title, nodes, edges, legend });
}

export function exportSvg(
  cy: Core,
  map: DependencyMap,
  index: MapIndex,
  title: string,
  fileName: string,
): void {
  download(new Blob([mapSvg(cy, map, index, title)], { type: 'image/svg+xml' }), fileName);
}
