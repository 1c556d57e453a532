// Durations and severities as people read them in conflict messages and on screen.
import type { Minutes } from '../model';
import { SEVERITY_LABELS } from '../model';

const DAY = 1440;
const HOUR = 60;

/** 30 → "30 min", 240 → "4 h", 1560 → "1 d 2 h", 1565 → "1 d 2 h 5 min". Days are the largest unit. */
export function formatDuration(minutes: Minutes): string {
  if (!Number.isFinite(minutes)) return '—';
  let rest = Math.round(Math.abs(minutes));
  if (rest === 0) return '0 min';
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (rest > 0) parts.push(`${rest} min`);
  return (minutes < 0 ? '-' : '') + parts.join(' ');
}

/** 3 → "significant (3)". */
export function formatSeverity(severity: number): string {
  const label = (SEVERITY_LABELS as Record<number, string | undefined>)[severity];
  return label === undefined ? String(severity) : `${label} (${severity})`;
}
