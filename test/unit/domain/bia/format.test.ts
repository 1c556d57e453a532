import { describe, expect, it } from 'vitest';
import { formatDuration, formatSeverity } from '../../../../shared/domain/bia';

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [30, '30 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [240, '4 h'],
    [1440, '1 d'],
    [1560, '1 d 2 h'],
    [1565, '1 d 2 h 5 min'],
    [1445, '1 d 5 min'],
    [10080, '7 d'],
    [43200, '30 d'],
    [-90, '-1 h 30 min'],
    [59.6, '1 h'],
  ])('%d minutes reads "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  it('shows a dash for a duration that is not a number', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatSeverity', () => {
  it('names the level and its number', () => {
    expect(formatSeverity(3)).toBe('significant (3)');
    expect(formatSeverity(0)).toBe('none (0)');
    expect(formatSeverity(7)).toBe('7');
  });
});
