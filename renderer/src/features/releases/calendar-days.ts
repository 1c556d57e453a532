// Calendar arithmetic in the browser's zone: the days a month or week view shows, and what overlaps
// a day. Days start at local midnight, so a release is drawn on the days a person would say.

export type CalendarMode = 'month' | 'week';

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** Monday on or before d. */
export function startOfWeek(d: Date): Date {
  const day = (d.getDay() + 6) % 7;
  return addDays(startOfDay(d), -day);
}

export function visibleDays(anchor: Date, mode: CalendarMode): Date[] {
  const first =
    mode === 'week' ? startOfWeek(anchor) : startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const count = mode === 'week' ? 7 : 42;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

export function shift(anchor: Date, mode: CalendarMode, step: number): Date {
  return mode === 'week'
    ? addDays(anchor, 7 * step)
    : new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);
}

/** Whether [startIso, endIso) touches the local day beginning at `day`. */
export function onDay(day: Date, startIso: string, endIso: string): boolean {
  const s = Date.parse(startIso);
  const e = Date.parse(endIso);
  return s < addDays(day, 1).getTime() && day.getTime() < e;
}

export function title(anchor: Date, mode: CalendarMode): string {
  if (mode === 'month') return anchor.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
  const first = startOfWeek(anchor);
  return `Week of ${first.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}
