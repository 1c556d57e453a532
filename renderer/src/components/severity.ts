// The 0–4 severity scale as colours, green (none) to dark red (severe), shared by the matrix, the
// heat map and their legends. Text colours keep each cell readable on its fill.
import { SEVERITY_LABELS, type Severity } from '../../../shared/domain/model';

export const SEVERITY_FILL: Record<Severity, string> = {
  0: '#2e8b57',
  1: '#9ccc65',
  2: '#f2c94c',
  3: '#e8772e',
  4: '#8b1a1a',
};

const SEVERITY_INK: Record<Severity, string> = {
  0: '#ffffff',
  1: '#1d2433',
  2: '#1d2433',
  3: '#1d2433',
  4: '#ffffff',
};

export const UNRATED_FILL = '#eef0f4';

export function isSeverity(v: unknown): v is Severity {
  return v === 0 || v === 1 || v === 2 || v === 3 || v === 4;
}

export function severityFill(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_FILL[v] : UNRATED_FILL;
}

export function severityInk(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_INK[v] : '#5b6578';
}

/** "significant" for 3, "not rated" for null. */
export function severityName(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_LABELS[v] : 'not rated';
}
