// Every colour and node shape Steadfast draws with, on screen and on paper: the map (cytoscape, the
// overview canvas, SVG and PNG export, the PDF), the severity heat maps and status marks. Pure data,
// so the app and the evidence pack cannot drift apart.
// Choices: node kinds use light tints of the Okabe–Ito hues (distinct for colour-blind readers and
// still apart when printed in greyscale by their shape); red is kept for alarms (SPOF, inversion,
// failure) and no kind uses it. Severity is one sequential scale, pale yellow to dark brown (ColorBrewer
// YlOrBr), so it reads by lightness alone; every cell also prints its number. Status colours pair
// with words ("Pass", "Fail") everywhere they appear: colour is never the only signal.
import type { NodeKind, Severity } from '../domain/model';

/** The shapes a map node may take (cytoscape names; SVG, canvas and PDF draw the same outlines). */
export type NodeShape =
  'rectangle' | 'round-rectangle' | 'ellipse' | 'hexagon' | 'cut-rectangle' | 'barrel' | 'tag';

export interface KindStyle {
  label: string;
  shape: NodeShape;
  fill: string;
  stroke: string;
}

export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  process: { label: 'Process', shape: 'round-rectangle', fill: '#d9e8f5', stroke: '#0b5c96' },
  application: { label: 'Application', shape: 'rectangle', fill: '#d3efe4', stroke: '#00705a' },
  infrastructure: { label: 'Infrastructure', shape: 'cut-rectangle', fill: '#e6e8ec', stroke: '#4f5a6e' },
  datastore: { label: 'Data store', shape: 'barrel', fill: '#fce9c4', stroke: '#9a5f00' },
  vendor: { label: 'Vendor', shape: 'hexagon', fill: '#f4e0ec', stroke: '#94487a' },
  site: { label: 'Site', shape: 'tag', fill: '#f6f1c2', stroke: '#7a6d00' },
  people: { label: 'People', shape: 'ellipse', fill: '#dcf0fa', stroke: '#2b78a6' },
};

/** Text and lines that are not data. */
export const INK = {
  text: '#1d2433',
  muted: '#5b6578',
  rule: '#c9ced8',
  accent: '#1f4e8c',
  zebra: '#f4f6f9',
};

/** Outcomes: always beside their word. ok is a bluish green so it stays apart from danger for red–green colour blindness. */
export const STATUS = {
  ok: '#00704f',
  danger: '#b3261e',
  warning: '#9a5f00',
  neutral: '#5b6578',
};

/** The map's states: dependency lines, alarms and selection. */
export const MAP_COLORS = {
  edge: '#8a93a3',
  soft: '#b3bac6',
  inversion: '#c62828',
  spof: STATUS.danger,
  cycle: '#7b3fc4',
  group: '#1f5fbf',
  failed: '#f8d3cf',
  selected: '#f5a300',
  label: INK.text,
  sublabel: '#3d4658',
  background: '#ffffff',
};

/** Severity 0 (none) to 4 (severe), pale to dark. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  0: '#fff7bc',
  1: '#fec44f',
  2: '#fe9929',
  3: '#cc4c02',
  4: '#8c2d04',
};

/** Text on each severity fill, at 4.5:1 contrast or better. */
export const SEVERITY_INK: Readonly<Record<Severity, string>> = {
  0: INK.text,
  1: INK.text,
  2: INK.text,
  3: '#ffffff',
  4: '#ffffff',
};

export const UNRATED = { fill: '#eef0f4', ink: INK.muted };

export function isSeverity(v: unknown): v is Severity {
  return v === 0 || v === 1 || v === 2 || v === 3 || v === 4;
}

/** A cell's fill: its severity's colour, or the unrated grey. */
export function severityFill(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_FILL[v] : UNRATED.fill;
}

export function severityInk(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_INK[v] : UNRATED.ink;
}
