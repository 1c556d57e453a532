// Page geometry, type sizes and colours of the PDF pack. Severity colours match the app's
// (renderer/src/components/severity.ts) so the printed heat map reads like the screen.
import type { NodeKind } from '../../../../shared/domain/model';

export const PAGE = {
  size: 'A4' as const,
  margin: { top: 64, bottom: 60, left: 50, right: 50 },
  /** Header and footer baselines, inside the top and bottom margins. */
  headerY: 28,
  footerOffset: 36,
};

export const FONT = { regular: 'body', bold: 'bold' } as const;

export const SIZE = { title: 26, h1: 18, h2: 13, body: 9.5, small: 8, tiny: 6.5 };

export const INK = {
  text: '#1d2433',
  muted: '#5b6578',
  rule: '#c9ced8',
  accent: '#1f4e8c',
  danger: '#b3261e',
  ok: '#2e7d32',
  zebra: '#f4f6f9',
};

export const SEVERITY_FILL = ['#2e8b57', '#9ccc65', '#f2c94c', '#e8772e', '#8b1a1a'] as const;
export const SEVERITY_INK = ['#ffffff', '#1d2433', '#1d2433', '#1d2433', '#ffffff'] as const;
export const UNRATED_FILL = '#eef0f4';

export const KIND_FILL: Record<NodeKind, string> = {
  process: '#dbe8fb',
  application: '#e7ddf7',
  infrastructure: '#e3e6ea',
  datastore: '#d5f0ec',
  vendor: '#fde4cc',
  site: '#efe2d4',
  people: '#dff2d8',
};

export const KIND_STROKE: Record<NodeKind, string> = {
  process: '#1f4e8c',
  application: '#5b3a9b',
  infrastructure: '#59616e',
  datastore: '#1c7a6c',
  vendor: '#b15c12',
  site: '#7a5230',
  people: '#3d7a2a',
};
