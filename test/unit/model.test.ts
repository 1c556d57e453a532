import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../../shared/domain/model';

describe('default tiers', () => {
  it('are ordered from most to least stringent', () => {
    for (let i = 1; i < DEFAULT_TIERS.length; i++) {
      expect(DEFAULT_TIERS[i]!.rtoMinutes).toBeGreaterThan(DEFAULT_TIERS[i - 1]!.rtoMinutes);
      expect(DEFAULT_TIERS[i]!.rank).toBe(i);
    }
  });
});
