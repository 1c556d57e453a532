// The one way Steadfast writes dates and times. Two audiences, one rule each:
//   on screen (the reader's own zone, readable):   "7 Dec 2026"    "7 Dec 2026, 15:05 UTC+1"
//   in files (PDF, workbook, CLI; ISO 8601, UTC):  "2026-12-07"    "2026-12-07 14:05 UTC"
// An instant always carries its zone or offset, so a reader in another office, or an auditor a year
// later, never has to guess it. Files are in UTC so the same data gives the same bytes on every machine.
// A calendar date stored without a time ("2026-12-07") is a day, not an instant, and never shifts zone.
// Month names are fixed English abbreviations, not the machine's locale, for the same reason.

type When = Date | string | null | undefined;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** Minutes east of UTC. */
  offset: number;
}

/**
 * The wall-clock parts of an instant at an offset (minutes east of UTC; default: this machine's
 * offset at that instant), or of a calendar day as written. null for no value or an invalid one.
 */
function parts(at: When, offsetMinutes: number | undefined): Parts | null {
  if (at === null || at === undefined || at === '') return null;
  if (typeof at === 'string') {
    const day = DAY_ONLY.exec(at);
    if (day) return { year: +day[1]!, month: +day[2]! - 1, day: +day[3]!, hour: 0, minute: 0, offset: 0 };
  }
  const d = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(d.getTime())) return null;
  const offset = offsetMinutes ?? -d.getTimezoneOffset();
  const shifted = new Date(d.getTime() + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    offset,
  };
}

/** 0 → "UTC", 60 → "UTC+1", 330 → "UTC+5:30", −180 → "UTC−3". */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const a = Math.abs(offsetMinutes);
  const m = a % 60;
  return `UTC${offsetMinutes < 0 ? '−' : '+'}${Math.floor(a / 60)}${m ? `:${pad(m)}` : ''}`;
}

/** On screen: "7 Dec 2026" (the day in the reader's zone); "—" for none. */
export function formatDate(at: When, offsetMinutes?: number): string {
  const p = parts(at, offsetMinutes);
  return p ? `${p.day} ${MONTHS[p.month]!} ${p.year}` : '—';
}

/** On screen: "7 Dec 2026, 15:05 UTC+1" (the reader's zone, named); "—" for none. */
export function formatDateTime(at: When, offsetMinutes?: number): string {
  const p = parts(at, offsetMinutes);
  if (!p) return '—';
  return `${p.day} ${MONTHS[p.month]!} ${p.year}, ${pad(p.hour)}:${pad(p.minute)} ${formatOffset(p.offset)}`;
}

/** On screen, where the day is already shown (a calendar cell): "15:05". */
export function formatTime(at: When, offsetMinutes?: number): string {
  const p = parts(at, offsetMinutes);
  return p ? `${pad(p.hour)}:${pad(p.minute)}` : '—';
}

/** In files: "2026-12-07" (the UTC day of an instant, or the calendar day as written); "—" for none. */
export function isoDate(at: When): string {
  const p = parts(at, 0);
  return p ? `${p.year}-${pad(p.month + 1)}-${pad(p.day)}` : '—';
}

/** In files: "2026-12-07 14:05 UTC"; "—" for none. */
export function isoDateTime(at: When): string {
  const p = parts(at, 0);
  return p ? `${p.year}-${pad(p.month + 1)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)} UTC` : '—';
}
