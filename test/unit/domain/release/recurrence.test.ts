import { describe, expect, it } from 'vitest';
import {
  instantFromWall,
  nextOccurrences,
  presetRule,
  recurrenceProblem,
  seriesOccurrences,
  type Series,
} from '../../../../shared/domain/release';

const HOUR = 3_600_000;
const londonWall = (t: number): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(t));

describe('seriesOccurrences', () => {
  it('keeps a weekly 02:00 Europe/London window at 02:00 local across 25 Oct 2026 and 28 Mar 2027', () => {
    // Sunday 18 Oct 2026, 02:00 BST = 01:00 UTC.
    const start = Date.UTC(2026, 9, 18, 1);
    const series: Series = {
      start,
      end: start + 2 * HOUR,
      recurrence: 'DTSTART;TZID=Europe/London:20261018T020000\nRRULE:FREQ=WEEKLY;BYDAY=SU',
      until: null,
    };
    const got = seriesOccurrences(series, { start: Date.UTC(2026, 9, 1), end: Date.UTC(2027, 3, 12) });
    expect(got.every((w) => londonWall(w.start).endsWith(' 02:00'))).toBe(true);
    expect(got.every((w) => w.end - w.start === 2 * HOUR)).toBe(true);
    const utc = got.map((w) => new Date(w.start).toISOString());
    // Before the autumn change 02:00 London is 01:00 UTC; after it, 02:00 UTC; after spring, 01:00 again.
    expect(utc.slice(0, 2)).toEqual(['2026-10-18T01:00:00.000Z', '2026-10-25T02:00:00.000Z']);
    expect(utc).toContain('2027-03-21T02:00:00.000Z');
    expect(utc).toContain('2027-03-28T01:00:00.000Z');
    expect(utc.at(-1)).toBe('2027-04-11T01:00:00.000Z');
  });

  it('reads the legacy "weekly" as every 7 × 24 h in UTC, as before', () => {
    const start = Date.UTC(2026, 9, 18, 1);
    const got = seriesOccurrences(
      { start, end: start + HOUR, recurrence: 'weekly', until: null },
      { start: Date.UTC(2026, 9, 18), end: Date.UTC(2026, 10, 2) },
    );
    expect(got.map((w) => w.start)).toEqual([start, start + 7 * 24 * HOUR, start + 14 * 24 * HOUR]);
  });

  it('counts an occurrence that overlaps the range start, and stops at until', () => {
    const start = Date.UTC(2026, 0, 5, 22);
    const series: Series = { start, end: start + 4 * HOUR, recurrence: 'daily', until: Date.UTC(2026, 0, 8) };
    const got = seriesOccurrences(series, { start: Date.UTC(2026, 0, 6, 1), end: Date.UTC(2026, 1, 1) });
    expect(got.map((w) => new Date(w.start).toISOString())).toEqual([
      '2026-01-05T22:00:00.000Z',
      '2026-01-06T22:00:00.000Z',
      '2026-01-07T22:00:00.000Z',
    ]);
  });

  it('a one-off window is one occurrence when it overlaps the range, none otherwise', () => {
    const s: Series = { start: 10, end: 20, recurrence: 'none', until: null };
    expect(seriesOccurrences(s, { start: 0, end: 11 })).toEqual([{ start: 10, end: 20 }]);
    expect(seriesOccurrences(s, { start: 20, end: 30 })).toEqual([]);
  });

  it('the second Tuesday of each month, 09:00 New York', () => {
    const start = Date.UTC(2026, 0, 13, 14);
    const rule = presetRule({ kind: 'monthly-nth', nth: 2, day: 'TU' }, start, 'America/New_York');
    expect(rule).toBe(
      'DTSTART;TZID=America/New_York:20260113T090000\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
    );
    const got = seriesOccurrences(
      { start, end: start + HOUR, recurrence: rule, until: null },
      { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 4, 1) },
    );
    // 13 Jan, 10 Feb (EST, 14:00 UTC); 10 Mar and 14 Apr (EDT from 8 Mar, 13:00 UTC).
    expect(got.map((w) => new Date(w.start).toISOString())).toEqual([
      '2026-01-13T14:00:00.000Z',
      '2026-02-10T14:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
      '2026-04-14T13:00:00.000Z',
    ]);
  });

  it('quarter-end is the last weekday of March, June, September and December', () => {
    const start = Date.UTC(2026, 2, 31, 17);
    const rule = presetRule({ kind: 'quarter-end' }, start, 'UTC');
    const got = seriesOccurrences(
      { start, end: start + 6 * HOUR, recurrence: rule, until: null },
      { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 6, 1) },
    );
    // 2027-03-31 is a Wednesday; 2026-12-31 a Thursday; 2027-06-30 a Wednesday; 2026-06-30 a Tuesday.
    expect(got.map((w) => new Date(w.start).toISOString().slice(0, 10))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
      '2027-03-31',
      '2027-06-30',
    ]);
    // A quarter ending on a weekend moves to the Friday before: 31 Mar 2029 is a Saturday.
    const in2029 = seriesOccurrences(
      { start, end: start + HOUR, recurrence: rule, until: null },
      { start: Date.UTC(2029, 2, 1), end: Date.UTC(2029, 3, 1) },
    );
    expect(new Date(in2029[0]?.start ?? 0).toISOString()).toBe('2029-03-30T17:00:00.000Z');
  });

  it('nextOccurrences lists the next ones after a moment', () => {
    const start = Date.UTC(2026, 0, 1, 12);
    const got = nextOccurrences(
      { start, end: start + HOUR, recurrence: 'yearly', until: null },
      start + 1,
      3,
    );
    expect(got.map((w) => new Date(w.start).getUTCFullYear())).toEqual([2026, 2027, 2028]);
  });
});

describe('recurrenceProblem', () => {
  it.each([
    ['none', null],
    ['weekly', null],
    ['DTSTART;TZID=Europe/London:20261206T020000\nRRULE:FREQ=WEEKLY;BYDAY=SU', null],
    ['FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2', null],
    ['BYDAY=SU', 'the recurrence rule has no FREQ (write e.g. FREQ=WEEKLY;BYDAY=SU)'],
    ['FREQ=HOURLY', 'FREQ=HOURLY is not allowed for a window: use DAILY, WEEKLY, MONTHLY or YEARLY'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'the recurrence rule never occurs'],
  ])('%j → %j', (text, problem) => {
    expect(recurrenceProblem(text)).toBe(problem);
  });

  it('names a bad BYDAY and an unknown time zone', () => {
    expect(recurrenceProblem('FREQ=WEEKLY;BYDAY=XX')).toMatch(/not valid RFC 5545: .*BYDAY.*XX/);
    expect(recurrenceProblem('DTSTART;TZID=Mars/Base:20260101T000000\nRRULE:FREQ=DAILY')).toMatch(
      /not valid RFC 5545: .*time zone/i,
    );
  });
});

describe('instantFromWall', () => {
  it('reads a wall-clock time in its zone on both sides of a change', () => {
    expect(new Date(instantFromWall('2026-10-18T02:00', 'Europe/London')).toISOString()).toBe(
      '2026-10-18T01:00:00.000Z',
    );
    expect(new Date(instantFromWall('2026-11-01T02:00', 'Europe/London')).toISOString()).toBe(
      '2026-11-01T02:00:00.000Z',
    );
    expect(new Date(instantFromWall('2026-01-13T09:00', 'America/New_York')).toISOString()).toBe(
      '2026-01-13T14:00:00.000Z',
    );
  });
});
