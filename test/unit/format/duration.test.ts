// The one duration format: worked examples from the rule in shared/format/duration.ts.
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../shared/format/duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [1, '1 min'],
    [30, '30 min'],
    [59, '59 min'],
    [60, '1 h'],
    [61, '1 h 1 min'],
    [90, '1 h 30 min'],
    [240, '4 h'],
    [480, '8 h'],
    [1440, '24 h'],
    [1441, '24 h 1 min'],
    [1560, '26 h'],
    [2879, '47 h 59 min'],
    [2880, '2 d'],
    [2881, '2 d 1 min'],
    [4320, '3 d'],
    [4560, '3 d 4 h'],
    [4565, '3 d 4 h 5 min'],
    [10080, '7 d'],
    [20160, '14 d'],
    [43200, '30 d'],
  ])('%d minutes reads "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('rounds fractional minutes once, so just under two hours is "2 h", never "1 h 60 min"', () => {
    expect(formatDuration(119.99)).toBe('2 h');
    expect(formatDuration(59.6)).toBe('1 h');
    expect(formatDuration(156.3)).toBe('2 h 36 min');
    expect(formatDuration(0.2)).toBe('< 1 min');
  });

  it('writes a negative duration (ahead of target) with a minus sign', () => {
    expect(formatDuration(-90)).toBe('−1 h 30 min');
    expect(formatDuration(-119.99)).toBe('−2 h');
    expect(formatDuration(-0.2)).toBe('−< 1 min');
  });

  it('shows a dash for none and for a value that is not a number', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
