import { describe, expect, it } from 'vitest';
import { formatSeverity } from '../../../../shared/domain/bia';

describe('formatSeverity', () => {
  it('names the level and its number', () => {
    expect(formatSeverity(3)).toBe('significant (3)');
    expect(formatSeverity(0)).toBe('none (0)');
    expect(formatSeverity(7)).toBe('7');
  });
});
