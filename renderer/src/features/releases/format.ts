// Date inputs and wording for the release screens: instants travel as ISO strings in UTC; people type
// local time (shown back through shared/format/datetime).
import type { GateCheckStatus, ReleaseStatus } from '../../../../shared/domain/release';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The value a datetime-local input shows for an instant, in the browser's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value read in the browser's zone, as an ISO instant with its offset (Z). */
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

export const STATUS_TEXT: Record<ReleaseStatus, string> = {
  planned: 'planned',
  approved: 'approved',
  'in-progress': 'in progress',
  deployed: 'deployed',
  failed: 'failed',
  'rolled-back': 'rolled back',
};

export const CHECK_TEXT: Record<GateCheckStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  waived: 'Waived',
  'not-applicable': 'N/A',
};

export const pct = (x: number | null, digits = 1): string =>
  x === null ? '—' : `${(x * 100).toFixed(digits)}%`;
