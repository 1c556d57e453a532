// Dates for the release screens: instants travel as ISO strings in UTC; people type and read local time.
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

export function showWhen(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function showDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function showTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
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

export function showMinutesShort(m: number | null): string {
  if (m === null) return '—';
  if (m < 90) return `${Math.round(m)} min`;
  if (m < 48 * 60) return `${(m / 60).toFixed(1)} h`;
  return `${(m / 1440).toFixed(1)} d`;
}
