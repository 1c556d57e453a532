// How the pack prints times, durations and money: fixed formats, never the machine's locale, so
// the same data gives the same bytes everywhere.
import { formatDuration } from '../../../shared/domain/bia';

export function duration(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? '—' : formatDuration(minutes);
}

/** 2026-03-02T09:00:00.000Z → "2026-03-02 09:00 UTC". */
export function utc(at: Date | string): string {
  const iso = typeof at === 'string' ? at : at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function amount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
