// The cytoscape stylesheet for the map's states (SPOF, inversion, cycle, blast radius, focus,
// filters). Colours and node shapes come from shared/presentation/palette.ts, as in every other picture.
import type { StylesheetStyle } from 'cytoscape';
import { MAP_COLORS as COLORS } from '../../../../shared/presentation/palette';

/** Maps above this size trade looks for speed (no labels on edges, straight lines, cached panning). */
export const LARGE_MAP = 1000;

type Style = Record<string, string | number | number[]>;
interface Rule {
  selector: string;
  style: Style;
}

export function mapStylesheet(large: boolean): StylesheetStyle[] {
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': 'data(fill)',
        'border-color': 'data(stroke)',
        'border-width': 1.5,
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': 'data(textWidth)',
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 12,
        'line-height': 1.25,
        color: COLORS.label,
        // Zoomed far out, labels are unreadable anyway: skipping them keeps 5,000 nodes fluid.
        'min-zoomed-font-size': large ? 8 : 4,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': COLORS.edge,
        'target-arrow-color': COLORS.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': large ? 'straight' : 'bezier',
        'font-size': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 2,
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'edge.soft',
      style: { 'line-style': 'dotted', 'line-color': COLORS.soft, 'target-arrow-color': COLORS.soft },
    },
    {
      selector: 'edge.grouped',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        'line-color': COLORS.group,
        'target-arrow-color': COLORS.group,
        label: 'data(groupLabel)',
        color: COLORS.group,
      },
    },
    {
      selector: 'edge.cycle',
      style: { 'line-color': COLORS.cycle, 'target-arrow-color': COLORS.cycle, width: 2.5 },
    },
    {
      selector: 'edge.inversion',
      style: {
        'line-color': COLORS.inversion,
        'target-arrow-color': COLORS.inversion,
        width: 3.5,
        'z-index': 20,
        label: 'data(inversionLabel)',
        color: COLORS.inversion,
        'font-weight': 'bold',
      },
    },
    {
      // Nodes in a dependency cycle: an outline outside the border, so a SPOF border still shows.
      selector: 'node.cycle',
      style: {
        'outline-width': 3,
        'outline-color': COLORS.cycle,
        'outline-style': 'dashed',
        'outline-offset': 3,
      },
    },
    {
      selector: 'node.spof',
      style: {
        'border-color': COLORS.spof,
        'border-width': 4,
        'underlay-color': COLORS.spof,
        'underlay-opacity': 0.18,
        'underlay-padding': 7,
        'underlay-shape': 'round-rectangle',
      },
    },
    {
      selector: 'node.failed',
      style: { 'background-color': COLORS.failed, 'border-color': COLORS.spof, 'border-width': 3 },
    },
    { selector: 'node.origin', style: { 'border-color': '#1d2433', 'border-width': 5 } },
    {
      selector: 'edge.failed',
      style: { 'line-color': COLORS.spof, 'target-arrow-color': COLORS.spof, width: 2.5 },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'node.match',
      style: { 'overlay-color': COLORS.selected, 'overlay-opacity': 0.25, 'overlay-padding': 8 },
    },
    {
      selector: 'node.connect-source',
      style: { 'border-style': 'double', 'border-width': 6, 'border-color': COLORS.group },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': COLORS.selected, 'overlay-opacity': 0.3, 'overlay-padding': 6 },
    },
    {
      selector: 'edge:selected',
      style: { 'overlay-color': COLORS.selected, 'overlay-opacity': 0.35, 'overlay-padding': 5, width: 4 },
    },
  ];
  // @types/cytoscape (3.21) lags the library (3.34): outline-* and underlay-* are real properties it
  // does not list, so the rules are typed here and handed over as the library's JSON type.
  return rules as unknown as StylesheetStyle[];
}
