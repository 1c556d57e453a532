// Worked examples: each fixture spells out the arithmetic the derivation must reproduce.
import { describe, expect, it } from 'vitest';
import {
  deriveAll,
  deriveObjectives,
  prepareBiaConfig,
  selectTier,
  type BiaProcessInput,
  type RatingRow,
} from '../../../../shared/domain/bia';
import { DEFAULT_TIERS } from '../../../../shared/domain/model';
import { DEFAULT_BIA_CONFIG, DEFAULT_TIME_BUCKETS } from '../../../fixtures/bia-config';

const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);

// Columns (default buckets, time order):  1h  4h  8h  1d  3d  1w  2w  30d
//                                          60 240 480 1440 4320 ...
const ORDER_TO_CASH: BiaProcessInput = {
  id: 'order-to-cash',
  ratings: {
    financial: [1, 2, 3, 3, 4, 4, 4, 4], //          reaches 3 at 8h  → limit 480
    operational: [2, 3, 3, 4, 4, 4, 4, 4], //        reaches 3 at 4h  → limit 240
    'legal-regulatory': [0, 0, 1, 1, 2, 3, 3, 3], // reaches 3 at 1w  → limit 10080
    customer: [1, 1, 2, 2, 3, 3, 4, 4], //           reaches 3 at 3d  → limit 4320
    reputational: [0, 1, 1, 2, 2, 2, 3, 3], //       reaches 3 at 2w  → limit 20160
    'health-safety': [0, 0, 0, 0, 0, 0, 0, 0], //    never            → no limit
  },
  wrtMinutes: 60,
  dataLossToleranceMinutes: 30,
  financialLossByBucket: [1000, 8000, 20000, 90000, 300000, 700000, 1500000, 4000000],
  mbco: 'Take phone orders at 40% of normal volume',
};

describe('deriveObjectives: worked examples', () => {
  it('order-to-cash: MTD 4 h from operational, RTO 3 h, Tier 0', () => {
    const r = deriveObjectives(ORDER_TO_CASH, cfg);
    expect(r.toleranceLimits).toEqual([
      { categoryId: 'financial', bucketId: '8h', minutes: 480 },
      { categoryId: 'operational', bucketId: '4h', minutes: 240 },
      { categoryId: 'legal-regulatory', bucketId: '1w', minutes: 10080 },
      { categoryId: 'customer', bucketId: '3d', minutes: 4320 },
      { categoryId: 'reputational', bucketId: '2w', minutes: 20160 },
      { categoryId: 'health-safety', bucketId: null, minutes: null },
    ]);
    // MTD = min(480, 240, 10080, 4320, 20160) = 240, set by operational.
    expect(r.mtd).toBe(240);
    expect(r.mtdCategoryId).toBe('operational');
    // Recommended RTO = MTD − WRT = 240 − 60 = 180.
    expect(r.recommendedRto).toBe(180);
    expect(r.effectiveRto).toBe(180);
    expect(r.rtoSource).toBe('recommended');
    // Tiers whose RTO does not exceed 180: Tier 0 (60). Tier 1 (240) is too slow. → Tier 0.
    expect(r.tier?.id).toBe('tier-0');
    expect(r.tierSource).toBe('derived');
    // RPO = data-loss tolerance = 30; Tier 0 loses at most 15 ≤ 30.
    expect(r.recommendedRpo).toBe(30);
    expect(r.effectiveRpo).toBe(30);
    expect(r.rpoSource).toBe('recommended');
    expect(r.conflicts).toEqual([]);
    expect(r.warnings).toEqual([]);
    // Heat map: the worst rating in each column.
    expect(r.worstSeverityByBucket).toEqual([2, 3, 3, 4, 4, 4, 4, 4]);
    expect(r.financialLossByBucket).toEqual([1000, 8000, 20000, 90000, 300000, 700000, 1500000, 4000000]);
    expect(r.mbco).toBe('Take phone orders at 40% of normal volume');
    expect(r.wrtMinutes).toBe(60);
  });

  it('a hand-set RTO of 4 h picks Tier 1 and breaks RTO + WRT ≤ MTD', () => {
    const r = deriveObjectives({ ...ORDER_TO_CASH, manualRtoMinutes: 240 }, cfg);
    expect(r.recommendedRto).toBe(180);
    expect(r.effectiveRto).toBe(240);
    expect(r.rtoSource).toBe('manual');
    // 240 + 60 = 300 > 240, over by 60.
    // Tier: Tier 1's 240 ≤ 240 and Tier 2's 1440 > 240 → Tier 1, whose RPO 60 > process RPO 30.
    expect(r.tier?.id).toBe('tier-1');
    expect(r.conflicts.map((c) => c.code)).toEqual(['rto-plus-wrt-exceeds-mtd', 'tier-rpo-exceeds-rpo']);
  });

  it('payroll: nothing intolerable before 3 d, so a 1 d WRT still leaves Tier 2', () => {
    const slow: RatingRow = [0, 0, 1, 2, 3, 3, 4, 4]; // reaches 3 at 3d → limit 4320
    const r = deriveObjectives(
      {
        id: 'payroll',
        ratings: { financial: slow, operational: [0, 0, 0, 1, 2, 2, 3, 3], 'legal-regulatory': slow },
        wrtMinutes: 1440,
        dataLossToleranceMinutes: 240,
      },
      cfg,
    );
    // MTD = 4320 (financial is first in config order among the categories at 3d).
    expect(r.mtd).toBe(4320);
    expect(r.mtdCategoryId).toBe('financial');
    // RTO = 4320 − 1440 = 2880 (2 d). Tier 2 (1440) ≤ 2880 < Tier 3 (4320) → Tier 2.
    expect(r.recommendedRto).toBe(2880);
    expect(r.tier?.id).toBe('tier-2');
    // Tier 2 loses at most 240 = the tolerance: allowed.
    expect(r.conflicts).toEqual([]);
  });

  it('a threshold of 4 (severe) moves every tolerance limit later', () => {
    const severeOnly = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, intolerableThreshold: 4 });
    const r = deriveObjectives(ORDER_TO_CASH, severeOnly);
    // financial hits 4 at 3d (4320), operational at 1d (1440), customer at 2w (20160); others never.
    expect(r.toleranceLimits.map((l) => l.minutes)).toEqual([4320, 1440, null, 20160, null, null]);
    // MTD 1440 − WRT 60 = 1380: Tier 1 (240) ≤ 1380 < Tier 2 (1440) → Tier 1; its RPO 60 > 30.
    expect(r.mtd).toBe(1440);
    expect(r.recommendedRto).toBe(1380);
    expect(r.tier?.id).toBe('tier-1');
    expect(r.conflicts.map((c) => c.code)).toEqual(['tier-rpo-exceeds-rpo']);
  });

  it('an exact tier boundary picks that tier: RTO 240 → Tier 1, RTO 239 → Tier 0', () => {
    expect(selectTier(cfg.tiers, 240)?.id).toBe('tier-1');
    expect(selectTier(cfg.tiers, 239)?.id).toBe('tier-0');
    expect(selectTier(cfg.tiers, 60)?.id).toBe('tier-0');
    expect(selectTier(cfg.tiers, 59)).toBeNull();
    // Slower than every tier: the least stringent one still serves.
    expect(selectTier(cfg.tiers, 100000)?.id).toBe('tier-3');
  });

  it('between tiers of equal RTO, the higher rank (less stringent) is chosen', () => {
    const tiers = prepareBiaConfig({
      ...DEFAULT_BIA_CONFIG,
      tiers: [
        ...DEFAULT_TIERS,
        { id: 'tier-1b', name: 'Tier 1b', rank: 5, rtoMinutes: 240, rpoMinutes: 240, testFrequencyDays: 365 },
      ],
    }).tiers;
    expect(selectTier(tiers, 300)?.id).toBe('tier-1b');
  });

  it('a hand-set RPO replaces the tolerance as the effective RPO', () => {
    const r = deriveObjectives({ ...ORDER_TO_CASH, manualRpoMinutes: 15 }, cfg);
    expect(r.recommendedRpo).toBe(30);
    expect(r.effectiveRpo).toBe(15);
    expect(r.rpoSource).toBe('manual');
    expect(r.conflicts).toEqual([]);
  });

  it('a pinned tier more stringent than needed is allowed', () => {
    const r = deriveObjectives({ ...ORDER_TO_CASH, pinnedTierId: 'tier-0', manualRtoMinutes: 120 }, cfg);
    expect(r.tier?.id).toBe('tier-0');
    expect(r.tierSource).toBe('pinned');
    // Allowed: the only issue is the warning that the hand-set RTO overrides the BIA's.
    expect(r.conflicts.map((c) => [c.code, c.severity])).toEqual([['rto-override', 'warning']]);
  });

  it('without an RPO input there is no RPO and no RPO check', () => {
    const r = deriveObjectives({ ...ORDER_TO_CASH, dataLossToleranceMinutes: undefined }, cfg);
    expect(r.recommendedRpo).toBeNull();
    expect(r.effectiveRpo).toBeNull();
    expect(r.rpoSource).toBeNull();
    expect(r.conflicts).toEqual([]);
  });

  it('a blank WRT counts as 0', () => {
    const r = deriveObjectives({ ...ORDER_TO_CASH, wrtMinutes: null }, cfg);
    expect(r.wrtMinutes).toBe(0);
    expect(r.recommendedRto).toBe(240);
    expect(r.tier?.id).toBe('tier-1');
  });
});

describe('deriveObjectives: rating input', () => {
  it('reads a Map the same as a record', () => {
    const asMap = new Map(Object.entries(ORDER_TO_CASH.ratings as Record<string, RatingRow>));
    const fromMap = deriveObjectives({ ...ORDER_TO_CASH, ratings: asMap }, cfg);
    expect(fromMap).toEqual(deriveObjectives(ORDER_TO_CASH, cfg));
  });

  it('reads rows in the order buckets were given, and reports per bucket in time order', () => {
    // The store keeps buckets in the order they were added: 1d, 1h, 4h.
    const shuffled = prepareBiaConfig({
      categories: DEFAULT_BIA_CONFIG.categories,
      buckets: [DEFAULT_TIME_BUCKETS[3]!, DEFAULT_TIME_BUCKETS[0]!, DEFAULT_TIME_BUCKETS[1]!],
    });
    const r = deriveObjectives(
      {
        id: 'p',
        // financial: 1d=4, 1h=1, 4h=3 → in time order 1, 3, 4 → limit 4h.
        ratings: { financial: [4, 1, 3], customer: [2, 0, 1] },
        financialLossByBucket: [900, 10, 300],
      },
      shuffled,
    );
    expect(r.mtd).toBe(240);
    expect(r.toleranceLimits[0]).toEqual({ categoryId: 'financial', bucketId: '4h', minutes: 240 });
    expect(r.worstSeverityByBucket).toEqual([1, 3, 4]);
    expect(r.financialLossByBucket).toEqual([10, 300, 900]);
    expect(r.warnings).toEqual([]);
  });

  it('treats missing cells as unrated, not as 0', () => {
    const r = deriveObjectives(
      // operational: 1h unrated, 4h = 2, 8h unrated, 1d = 3; a short row leaves the rest unrated.
      { id: 'p', ratings: { operational: [null, 2, undefined, 3] } },
      cfg,
    );
    expect(r.mtd).toBe(1440);
    expect(r.worstSeverityByBucket).toEqual([null, 2, null, 3, null, null, null, null]);
    expect(r.warnings).toEqual([]);
  });

  it('ignores rows for categories the configuration does not have', () => {
    const r = deriveObjectives(
      { id: 'p', ratings: { retired: [4, 4, 4, 4, 4, 4, 4, 4], constructor: [4] } },
      cfg,
    );
    expect(r.mtd).toBeNull();
    expect(r.worstSeverityByBucket.every((s) => s === null)).toBe(true);
  });

  it('a category named like an Object.prototype key is still read from its own row only', () => {
    const odd = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, categories: [{ id: 'constructor', name: 'Odd' }] });
    expect(deriveObjectives({ id: 'p', ratings: {} }, odd).mtd).toBeNull();
    expect(deriveObjectives({ id: 'p', ratings: { constructor: [3] } }, odd).mtd).toBe(60);
  });

  it('accepts a raw configuration as well as a prepared one', () => {
    expect(deriveObjectives(ORDER_TO_CASH, DEFAULT_BIA_CONFIG)).toEqual(deriveObjectives(ORDER_TO_CASH, cfg));
  });
});

describe('deriveAll', () => {
  it('derives every process in input order', () => {
    const processes = [
      ORDER_TO_CASH,
      { id: 'empty', ratings: {} },
      { ...ORDER_TO_CASH, id: 'copy', wrtMinutes: 0 },
    ];
    const all = deriveAll(processes, DEFAULT_BIA_CONFIG);
    expect(all.map((r) => r.processId)).toEqual(['order-to-cash', 'empty', 'copy']);
    expect(all.map((r) => r.recommendedRto)).toEqual([180, null, 240]);
    expect(all[0]).toEqual(deriveObjectives(ORDER_TO_CASH, cfg));
  });
});
