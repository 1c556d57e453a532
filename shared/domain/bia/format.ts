// Severities as people read them in conflict messages and on screen (durations: shared/format/duration).
import { SEVERITY_LABELS } from '../model';

/** 3 → "significant (3)". */
export function formatSeverity(severity: number): string {
  const label = (SEVERITY_LABELS as Record<number, string | undefined>)[severity];
  return label === undefined ? String(severity) : `${label} (${severity})`;
}
