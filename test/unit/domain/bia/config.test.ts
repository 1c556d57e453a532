import { describe, expect, it } from 'vitest';
import { isPreparedBiaConfig, prepareBiaConfig } from '../../../../shared/domain/bia';
import type { Severity } from '../../../../shared/domain/model';
import { DEFAULT_TIERS } from '../../../../shared/domain/model';
import { DEFAULT_BIA_CONFIG, DEFAULT_TIME_BUCKETS } from '../../../fixtures/bia-config';

describe('prepareBiaConfig', () => {
  it('keeps the default configuration whole and in time order', () => {
    const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);
    expect(cfg.issues).toEqual([]);
    expect(cfg.categories.map((c) => c.id)).toEqual([
      'financial',
      'operational',
      'legal-regulatory',
      'customer',
      'reputational',
      'health-safety',
    ]);
    expect(cfg.buckets.map((b) => b.minutes)).toEqual([60, 240, 480, 1440, 4320, 10080, 20160, 43200]);
    expect(cfg.bucketSourceIndex).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(cfg.bucketsInTimeOrder).toBe(true);
    // One shared limit per category and bucket, plus "never" at the end.
    expect(cfg.toleranceLimitTable[1]![1]).toEqual({
      categoryId: 'operational',
      bucketId: '4h',
      minutes: 240,
    });
    expect(cfg.toleranceLimitTable[1]![8]).toEqual({
      categoryId: 'operational',
      bucketId: null,
      minutes: null,
    });
    expect(cfg.bucketLabels).toEqual(['1 h', '4 h', '8 h', '1 d', '3 d', '1 w', '2 w', '30 d']);
    expect(cfg.tiers.map((t) => t.id)).toEqual(['tier-0', 'tier-1', 'tier-2', 'tier-3']);
    expect(cfg.intolerableThreshold).toBe(3);
  });

  it('sorts buckets by minutes and remembers where each column was', () => {
    const cfg = prepareBiaConfig({
      categories: [],
      buckets: [
        { id: '1d', minutes: 1440 },
        { id: '1h', minutes: 60 },
        { id: '4h', minutes: 240 },
      ],
    });
    expect(cfg.buckets.map((b) => b.id)).toEqual(['1h', '4h', '1d']);
    expect(cfg.bucketSourceIndex).toEqual([1, 2, 0]);
    expect(cfg.bucketsInTimeOrder).toBe(false);
    // No label given: the formatted duration stands in.
    expect(cfg.bucketLabels).toEqual(['1 h', '4 h', '24 h']);
  });

  it('returns a prepared configuration unchanged', () => {
    const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);
    expect(isPreparedBiaConfig(cfg)).toBe(true);
    expect(isPreparedBiaConfig(DEFAULT_BIA_CONFIG)).toBe(false);
    expect(prepareBiaConfig(cfg)).toBe(cfg);
  });

  it('orders tiers fastest first whatever order they are given in', () => {
    const cfg = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, tiers: [...DEFAULT_TIERS].reverse() });
    expect(cfg.tiers.map((t) => t.rtoMinutes)).toEqual([60, 240, 1440, 4320]);
  });

  it('reports duplicate ids and keeps the first', () => {
    const cfg = prepareBiaConfig({
      categories: [
        { id: 'financial', name: 'Financial' },
        { id: 'financial', name: 'Money' },
      ],
      buckets: [DEFAULT_TIME_BUCKETS[0]!, { id: '1h', minutes: 90 }],
    });
    expect(cfg.categories).toEqual([{ id: 'financial', name: 'Financial' }]);
    expect(cfg.buckets.map((b) => b.minutes)).toEqual([60]);
    expect(cfg.issues).toEqual([
      {
        code: 'duplicate-category',
        severity: 'error',
        message: 'Impact category id "financial" is used twice; only the first, "Financial", is used.',
        categoryId: 'financial',
      },
      {
        code: 'duplicate-bucket',
        severity: 'error',
        message: 'Time bucket id "1h" is used twice; only the first is used.',
        bucketId: '1h',
      },
    ]);
  });

  // Issue 13 item 13: "4 h" and "Half a day (240 min)" are the same bucket twice; which one a rating of
  // "significant at 4 h" means depended on the order they were listed in. Both stay, with a warning.
  it('warns about two buckets of the same length, naming both', () => {
    const cfg = prepareBiaConfig({
      categories: [],
      buckets: [
        { id: '4h', minutes: 240, label: '4 h' },
        { id: '1h', minutes: 60, label: '1 h' },
        { id: 'half', minutes: 240, label: 'Half a shift' },
      ],
    });
    expect(cfg.buckets.map((b) => b.id)).toEqual(['1h', '4h', 'half']);
    expect(cfg.issues).toEqual([
      {
        code: 'same-bucket-length',
        severity: 'warning',
        message: 'Time buckets "4 h" and "Half a shift" are both 4 h long; give each bucket its own length.',
        bucketId: 'half',
      },
    ]);
  });

  it('leaves out buckets whose minutes are not whole and non-negative', () => {
    const cfg = prepareBiaConfig({
      categories: [],
      buckets: [
        { id: 'neg', minutes: -60, label: 'before' },
        { id: 'frac', minutes: 1.5 },
        { id: 'ok', minutes: 0 },
      ],
    });
    expect(cfg.buckets.map((b) => b.id)).toEqual(['ok']);
    expect(cfg.bucketSourceIndex).toEqual([2]);
    expect(cfg.issues.map((i) => i.message)).toEqual([
      'Time bucket "before" must be a whole number of minutes of zero or more; got -60. It is left out.',
      'Time bucket "frac" must be a whole number of minutes of zero or more; got 1.5. It is left out.',
    ]);
  });

  it('falls back to significant when the threshold is out of range', () => {
    const cfg = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, intolerableThreshold: 0 as Severity });
    expect(cfg.intolerableThreshold).toBe(3);
    expect(cfg.issues).toEqual([
      {
        code: 'invalid-threshold',
        severity: 'error',
        message: 'The intolerable threshold must be a severity from 1 to 4; got 0. Using 3.',
      },
    ]);
  });

  it('leaves out tiers with impossible promises and says when none are left', () => {
    const cfg = prepareBiaConfig({
      ...DEFAULT_BIA_CONFIG,
      tiers: [{ id: 'x', name: 'Tier X', rank: 0, rtoMinutes: -1, rpoMinutes: 15, testFrequencyDays: 90 }],
    });
    expect(cfg.tiers).toEqual([]);
    expect(cfg.issues).toEqual([
      {
        code: 'invalid-tier',
        severity: 'error',
        message:
          'Tier X must promise whole minutes of zero or more for RTO and RPO; got RTO -1 and RPO 15. It is left out.',
      },
      {
        code: 'no-tiers',
        severity: 'error',
        message: 'No recovery tiers are defined, so no process can be given a tier.',
      },
    ]);
  });
});
