import { describe, expect, it } from 'vitest';
import { plural } from '../../../shared/format/plural';

describe('plural', () => {
  it('puts the noun in the number of the count', () => {
    expect(plural(1, 'process', 'processes')).toBe('1 process');
    expect(plural(0, 'process', 'processes')).toBe('0 processes');
    expect(plural(2, 'warning')).toBe('2 warnings');
    expect(plural(1, 'warning')).toBe('1 warning');
    expect(plural(12000, 'node')).toBe('12,000 nodes');
  });
});
