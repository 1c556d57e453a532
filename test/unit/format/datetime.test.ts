// The one date and date-time format: readable in the reader's zone on screen, ISO 8601 in UTC in files.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatOffset,
  formatTime,
  isoDate,
  isoDateTime,
} from '../../../shared/format/datetime';

const at = '2026-12-07T14:05:42.123Z';

describe('screen dates', () => {
  it('reads the day and time in the given zone and names the offset', () => {
    expect(formatDate(at, 0)).toBe('7 Dec 2026');
    expect(formatDateTime(at, 0)).toBe('7 Dec 2026, 14:05 UTC');
    expect(formatDateTime(at, 60)).toBe('7 Dec 2026, 15:05 UTC+1');
    expect(formatDateTime(at, 330)).toBe('7 Dec 2026, 19:35 UTC+5:30');
    expect(formatTime(at, 60)).toBe('15:05');
  });

  it('moves to the next or previous day when the zone does', () => {
    expect(formatDateTime('2026-12-31T23:30:00Z', 60)).toBe('1 Jan 2027, 00:30 UTC+1');
    expect(formatDate('2026-01-01T02:00:00Z', -300)).toBe('31 Dec 2025');
  });

  it('keeps a calendar day as written in every zone', () => {
    expect(formatDate('2026-03-01', -300)).toBe('1 Mar 2026');
    expect(formatDate('2026-03-01', 600)).toBe('1 Mar 2026');
  });

  it('uses this machine’s offset by default, and says which', () => {
    const offset = -new Date(at).getTimezoneOffset();
    expect(formatDateTime(at)).toBe(formatDateTime(at, offset));
    expect(formatDateTime(at)).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
  });

  it('shows a dash for none and for a string that is not a date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('file dates', () => {
  it('writes ISO 8601 in UTC whatever the machine’s zone', () => {
    expect(isoDate(at)).toBe('2026-12-07');
    expect(isoDateTime(at)).toBe('2026-12-07 14:05 UTC');
    expect(isoDateTime(new Date('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08 04:30 UTC');
    expect(isoDate('2026-03-01')).toBe('2026-03-01');
    expect(isoDate(null)).toBe('—');
  });
});

describe('formatOffset', () => {
  it.each([
    [0, 'UTC'],
    [60, 'UTC+1'],
    [-180, 'UTC−3'],
    [345, 'UTC+5:45'],
  ])('%d minutes east reads "%s"', (offset, text) => {
    expect(formatOffset(offset)).toBe(text);
  });
});
