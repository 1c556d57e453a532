// The map as files: a PNG from cytoscape's own renderer, and an SVG drawn by shared/domain's
// renderMapSvg from the positions on screen (the PDF evidence pack draws with the same function).
import type { Core } from 'cytoscape';
import type { DependencyMap } from '../../../../shared/contract';
import { renderMapSvg } from '../../../../shared/domain/graph/layout/svg';
import { COLORS, KIND_STYLES } from './cy-style';
import type { MapIndex } from './elements';
import { mapScene } from './scene';

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
  const { nodes, edges } = mapScene(map, index, (id) => {
    const el = cy.getElementById(id);
    if (el.empty() || !el.visible()) return null;
    return { ...el.position(), width: el.width(), height: el.height() };
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
