// The calendar's day arithmetic in the browser's zone: months laid out from Monday, weeks of seven
// days, and half-open windows that touch a day's end without spilling into the next day.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  onDay,
  shift,
  startOfWeek,
  visibleDays,
} from '../../renderer/src/features/releases/calendar-days';
import { fromLocalInput, toLocalInput } from '../../renderer/src/features/releases/format';

describe('release calendar days', () => {
  it('lays a month out in six weeks from the Monday on or before the 1st', () => {
    const days = visibleDays(new Date(2026, 11, 15), 'month');
    expect(days).toHaveLength(42);
    expect(days[0]!.getDay()).toBe(1);
    expect(days[0]!.getTime()).toBeLessThanOrEqual(new Date(2026, 11, 1).getTime());
    expect(days.some((d) => d.getMonth() === 11 && d.getDate() === 31)).toBe(true);
  });

  it('shows a week from Monday and moves by weeks or months', () => {
    const sunday = new Date(2026, 11, 13, 23, 30);
    expect(startOfWeek(sunday)).toEqual(new Date(2026, 11, 7));
    expect(visibleDays(sunday, 'week').map((d) => d.getDate())).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(shift(sunday, 'week', 1).getDate()).toBe(20);
    expect(shift(new Date(2026, 11, 31), 'month', 1)).toEqual(new Date(2027, 0, 1));
  });

  it('puts a window on the days it covers, half-open at the end', () => {
    const day = new Date(2026, 11, 10);
    const next = addDays(day, 1);
    const iso = (d: Date) => d.toISOString();
    expect(onDay(day, iso(new Date(2026, 11, 10, 22)), iso(next))).toBe(true);
    expect(onDay(next, iso(new Date(2026, 11, 10, 22)), iso(next))).toBe(false);
    expect(onDay(next, iso(new Date(2026, 11, 10, 22)), iso(new Date(2026, 11, 11, 0, 1)))).toBe(true);
  });

  it('round-trips a typed local time through an instant', () => {
    expect(toLocalInput(fromLocalInput('2026-12-10T10:00'))).toBe('2026-12-10T10:00');
    expect(toLocalInput(null)).toBe('');
  });
});
