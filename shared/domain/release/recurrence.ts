// Recurring windows (maintenance windows and freezes): one series is a first occurrence
// [start, end) plus a recurrence, stored as RFC 5545 text ("DTSTART;TZID=Europe/London:20261206T020000\n
// RRULE:FREQ=WEEKLY;BYDAY=SU"). The rule is expanded in its own IANA time zone by rrule-temporal, so a
// 02:00 London window stays at 02:00 London across daylight-saving changes. Every consumer (the gate's
// window and freeze checks, the calendar views, the CLI gate) reads occurrences from `seriesOccurrences`.
import { RRuleTemporal } from 'rrule-temporal';
import type { Instant, TimeWindow } from './types';

/** Values written before rules were RFC 5545 text; each reads as the same rule in UTC. */
export const LEGACY_RECURRENCES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
type LegacyRecurrence = (typeof LEGACY_RECURRENCES)[number];

/** Windows repeat at most daily: an hourly "window" is a policy, not a calendar entry. */
const ALLOWED_FREQ = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** A bound on one expansion, so that a rule over a long range cannot stall a gate check. */
export const MAX_OCCURRENCES = 5000;

export interface Series {
  /** The first occurrence. */
  start: Instant;
  end: Instant;
  /** 'none', a legacy word, or RFC 5545 text (DTSTART and RRULE lines). */
  recurrence: string;
  /** Occurrences starting at or after this instant are dropped (null: no end). */
  until: Instant | null;
}

function isLegacy(text: string): text is LegacyRecurrence {
  return (LEGACY_RECURRENCES as readonly string[]).includes(text);
}

/** RFC 5545 basic UTC form of an instant: 20261206T020000Z. */
export function icsUtc(t: Instant): string {
  return new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The RFC 5545 text a stored value stands for, anchored at `start` when it names no DTSTART. */
export function ruleText(recurrence: string, start: Instant): string | null {
  const text = recurrence.trim();
  if (text === '' || text === 'none') return null;
  if (isLegacy(text)) return `DTSTART:${icsUtc(start)}\nRRULE:FREQ=${text.toUpperCase()}`;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const withRule = lines.map((l) => (/^(DTSTART|RRULE|EXDATE|RDATE)[:;]/i.test(l) ? l : `RRULE:${l}`));
  return withRule.some((l) => /^DTSTART[:;]/i.test(l))
    ? withRule.join('\n')
    : [`DTSTART:${icsUtc(start)}`, ...withRule].join('\n');
}

/** Why a recurrence text cannot be used, in words a person can act on; null when it is fine. */
export function recurrenceProblem(recurrence: string): string | null {
  const text = recurrence.trim();
  if (text === '' || text === 'none' || isLegacy(text)) return null;
  if (text.length > 2000) return 'the recurrence rule is longer than 2,000 characters';
  const rrule = /(?:^|\n)\s*(?:RRULE:)?((?:[A-Z]+=[^;\n]*;?)+)\s*$/im.exec(text)?.[1] ?? '';
  const freq = /(?:^|;)FREQ=([A-Z]+)/i.exec(rrule)?.[1]?.toUpperCase();
  if (!freq) return 'the recurrence rule has no FREQ (write e.g. FREQ=WEEKLY;BYDAY=SU)';
  if (!(ALLOWED_FREQ as readonly string[]).includes(freq))
    return `FREQ=${freq} is not allowed for a window: use DAILY, WEEKLY, MONTHLY or YEARLY`;
  try {
    const rule = build(ruleText(text, Date.UTC(2026, 0, 1)) ?? '', 5000);
    if (rule.next(new Date(rule.options().dtstart.epochMilliseconds), true) === null)
      return 'the recurrence rule never occurs';
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // A rule no date satisfies (30 February) runs the library out of iterations looking for one.
    if (/maximum iterations/i.test(message)) return 'the recurrence rule never occurs';
    return `the recurrence rule is not valid RFC 5545: ${message}`;
  }
  return null;
}

function build(text: string, maxIterations = 100_000): RRuleTemporal {
  return new RRuleTemporal({ rruleString: text, maxIterations });
}

/** The IANA time zone a recurrence is expanded in ('UTC' for legacy values and UTC DTSTARTs). */
export function recurrenceTimeZone(recurrence: string): string {
  return /DTSTART;TZID=([^:;\n]+)/i.exec(recurrence)?.[1] ?? 'UTC';
}

/**
 * The occurrences of a series that overlap `range` (half-open), in order. The length of each is the
 * first occurrence's (end − start); start times come from the rule in its own time zone.
 */
export function seriesOccurrences(series: Series, range: TimeWindow): TimeWindow[] {
  const length = series.end - series.start;
  if (!(length > 0)) return [];
  const text = ruleText(series.recurrence, series.start);
  if (text === null) {
    return series.start < range.end && range.start < series.end
      ? [{ start: series.start, end: series.end }]
      : [];
  }
  const rule = build(text);
  const out: TimeWindow[] = [];
  // `between` is exclusive at both ends: an occurrence counts when it ends after range.start.
  const found = rule.between(new Date(range.start - length), new Date(range.end), false);
  for (const zdt of found) {
    const start = zdt.epochMilliseconds;
    if (series.until !== null && start >= series.until) break;
    out.push({ start, end: start + length });
    if (out.length >= MAX_OCCURRENCES) break;
  }
  return out;
}

/** The next `count` occurrences that end after `from`. */
export function nextOccurrences(series: Series, from: Instant, count: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  // Widen the look-ahead until enough are found (yearly rules need years), capped at 50 years.
  for (let years = 1; years <= 50 && out.length < count; years *= 5) {
    out.splice(
      0,
      out.length,
      ...seriesOccurrences(series, { start: from, end: from + years * 366 * 86_400_000 }),
    );
  }
  return out.slice(0, count);
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The presets people expect in a recurrence editor. */
export type RecurrencePreset =
  | { kind: 'none' }
  | { kind: 'daily' }
  | { kind: 'weekly'; days: Weekday[] }
  | { kind: 'monthly-nth'; nth: 1 | 2 | 3 | 4 | -1; day: Weekday }
  | { kind: 'quarter-end' }
  | { kind: 'custom'; rrule: string };

/** Wall-clock date and time of an instant in a time zone, as RFC 5545 local form (20261206T020000). */
export function icsLocal(t: Instant, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}${get('month')}${get('day')}T${get('hour')}${get('minute')}${get('second')}`;
}

/** The RFC 5545 text of a preset whose first occurrence starts at `start`, in `timeZone`. */
export function presetRule(preset: RecurrencePreset, start: Instant, timeZone: string): string {
  const dtstart =
    timeZone === 'UTC' ? `DTSTART:${icsUtc(start)}` : `DTSTART;TZID=${timeZone}:${icsLocal(start, timeZone)}`;
  const rrule = ((): string | null => {
    switch (preset.kind) {
      case 'none':
        return null;
      case 'daily':
        return 'FREQ=DAILY';
      case 'weekly':
        return `FREQ=WEEKLY${preset.days.length ? `;BYDAY=${preset.days.join(',')}` : ''}`;
      case 'monthly-nth':
        return `FREQ=MONTHLY;BYDAY=${preset.day};BYSETPOS=${preset.nth}`;
      case 'quarter-end':
        // The last business day (Monday to Friday) of March, June, September and December.
        return 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1';
      case 'custom':
        return preset.rrule.trim().replace(/^RRULE:/i, '');
    }
  })();
  return rrule === null ? 'none' : `${dtstart}\nRRULE:${rrule}`;
}

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * The instant a wall-clock time ("2026-10-18T02:00") names in a time zone. The library's Temporal
 * resolves it (a time skipped by a clock change moves forward, as RFC 5545 says for DTSTART), so no
 * offset arithmetic is written here.
 */
export function instantFromWall(wall: string, timeZone: string): Instant {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall.trim());
  if (!m) throw new RangeError(`"${wall}" is not a date and time`);
  const local = `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}00`;
  return build(`DTSTART;TZID=${timeZone}:${local}\nRRULE:FREQ=DAILY;COUNT=1`).options().dtstart
    .epochMilliseconds;
}

/** The zones a picker offers: the runtime's IANA list, with UTC first. */
export function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...all.filter((z) => z !== 'UTC')];
}
