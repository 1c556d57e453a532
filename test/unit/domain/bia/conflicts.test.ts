// Every conflict and warning code, with the message a person reads.
import { describe, expect, it } from 'vitest';
import { deriveObjectives, prepareBiaConfig, type BiaProcessInput } from '../../../../shared/domain/bia';
import { DEFAULT_BIA_CONFIG } from '../../../fixtures/bia-config';

const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);

// Operational reaches significant at 4 h → MTD 240.
const BASE: BiaProcessInput = {
  id: 'p',
  ratings: { operational: [2, 3, 3, 4, 4, 4, 4, 4], financial: [1, 1, 2, 3, 3, 3, 4, 4] },
  wrtMinutes: 60,
  dataLossToleranceMinutes: 30,
};

// Operational is already severe after 1 h → MTD 60.
const URGENT: BiaProcessInput = { ...BASE, ratings: { operational: [4, 4, 4, 4, 4, 4, 4, 4] } };

function conflictsOf(input: BiaProcessInput, config = cfg) {
  return deriveObjectives(input, config).conflicts;
}

describe('conflicts', () => {
  it('no-mtd: nothing rated yet', () => {
    const r = deriveObjectives({ id: 'p', ratings: {} }, cfg);
    expect(r.mtd).toBeNull();
    expect(r.recommendedRto).toBeNull();
    expect(r.effectiveRto).toBeNull();
    expect(r.rtoSource).toBeNull();
    // Nothing intolerable within the horizon: the least stringent tier (Tier 3), so the process
    // still weighs in blast radius and the DR-test schedule.
    expect(r.tier?.id).toBe('tier-3');
    expect(r.tierSource).toBe('derived');
    expect(r.conflicts).toEqual([
      {
        code: 'no-mtd',
        severity: 'warning',
        message:
          'No impact has been rated yet, so there is no time-driven MTD to derive an RTO from; set the RTO by hand if the process still needs one.',
      },
    ]);
  });

  it('no-mtd: rated, but never intolerable within the horizon', () => {
    expect(conflictsOf({ id: 'p', ratings: { financial: [0, 0, 1, 1, 2, 2, 2, 2] } })).toEqual([
      {
        code: 'no-mtd',
        severity: 'warning',
        message:
          'No impact category reaches significant (3) within 30 d, so there is no time-driven MTD to derive an RTO from; set the RTO by hand if the process still needs one.',
      },
    ]);
  });

  it('no-mtd: a hand-set RTO is kept and tiered, but cannot be checked', () => {
    const r = deriveObjectives(
      { id: 'p', ratings: { financial: [0, 0, 0, 0, 0, 0, 0, 0] }, manualRtoMinutes: 1440 },
      cfg,
    );
    expect(r.effectiveRto).toBe(1440);
    expect(r.tier?.id).toBe('tier-2');
    expect(r.conflicts).toEqual([
      {
        code: 'no-mtd',
        severity: 'warning',
        message:
          'No impact category reaches significant (3) within 30 d, so the hand-set RTO of 24 h cannot be checked against an MTD.',
      },
    ]);
  });

  it('wrt-not-below-mtd: WRT equal to the MTD leaves no RTO (the message names the threshold, not the rating 4)', () => {
    const r = deriveObjectives({ ...URGENT, wrtMinutes: 60 }, cfg);
    expect(r.recommendedRto).toBeNull();
    expect(r.effectiveRto).toBeNull();
    // The most urgent kind of process: the most stringent tier, with the conflict.
    expect(r.tier?.id).toBe('tier-0');
    expect(r.conflicts).toEqual([
      {
        code: 'wrt-not-below-mtd',
        severity: 'error',
        message:
          'Work recovery time of 1 h is not shorter than the MTD of 1 h (Operational impact reaches significant (3) at 1 h), so no RTO leaves time to catch up after systems are back.',
      },
    ]);
  });

  it('wrt-not-below-mtd: WRT longer than the MTD', () => {
    expect(conflictsOf({ ...BASE, wrtMinutes: 480 })[0]?.message).toBe(
      'Work recovery time of 8 h is not shorter than the MTD of 4 h (Operational impact reaches significant (3) at 4 h), so no RTO leaves time to catch up after systems are back.',
    );
  });

  it('rto-plus-wrt-exceeds-mtd: 4 h + 1 h against an MTD of 4 h', () => {
    expect(conflictsOf({ ...BASE, manualRtoMinutes: 240, dataLossToleranceMinutes: 60 })).toEqual([
      {
        code: 'rto-plus-wrt-exceeds-mtd',
        severity: 'error',
        message:
          'RTO of 4 h plus work recovery time of 1 h is 5 h, 1 h over the MTD of 4 h (Operational impact reaches significant (3) at 4 h).',
      },
    ]);
  });

  it('rto-plus-wrt-exceeds-mtd: not raised when the sum meets the MTD exactly', () => {
    expect(conflictsOf({ ...BASE, manualRtoMinutes: 180 })).toEqual([]);
  });

  it('rpo-exceeds-data-loss-tolerance: a hand-set RPO looser than the workshop allows', () => {
    const r = deriveObjectives(
      { ...BASE, manualRpoMinutes: 120, manualRtoMinutes: 180, pinnedTierId: 'tier-0' },
      cfg,
    );
    expect(r.effectiveRpo).toBe(120);
    expect(r.conflicts).toEqual([
      {
        code: 'rpo-exceeds-data-loss-tolerance',
        severity: 'error',
        message:
          'RPO of 2 h allows 1 h 30 min more data loss than the 30 min the workshop said the process can tolerate.',
      },
    ]);
  });

  it('no-tier-fast-enough: an RTO of 30 min is faster than Tier 0', () => {
    const r = deriveObjectives({ ...URGENT, wrtMinutes: 30 }, cfg);
    // MTD 60 − WRT 30 = 30 < Tier 0's 60.
    expect(r.recommendedRto).toBe(30);
    // No tier is fast enough: the most stringent one, with the conflict saying it is not enough.
    expect(r.tier?.id).toBe('tier-0');
    expect(r.tierSource).toBe('derived');
    expect(r.conflicts).toEqual([
      {
        code: 'no-tier-fast-enough',
        severity: 'error',
        message: 'No tier recovers within the RTO of 30 min: the fastest, Tier 0, promises 1 h.',
      },
    ]);
  });

  it('no-tier-fast-enough: no tiers defined at all', () => {
    const noTiers = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, tiers: [] });
    expect(conflictsOf(BASE, noTiers)).toEqual([
      {
        code: 'no-tier-fast-enough',
        severity: 'error',
        message: 'No recovery tiers are defined, so nothing promises the RTO of 3 h.',
      },
    ]);
  });

  it('unknown-tier: a pinned tier that does not exist falls back to the derived tier', () => {
    const r = deriveObjectives({ ...BASE, pinnedTierId: 'tier-9' }, cfg);
    expect(r.tier?.id).toBe('tier-0');
    expect(r.tierSource).toBe('derived');
    expect(r.conflicts).toEqual([
      {
        code: 'unknown-tier',
        severity: 'error',
        message: 'The pinned tier "tier-9" does not exist; Tier 0 was derived instead.',
      },
    ]);
  });

  it('unknown-tier: with nothing rated, the least stringent tier is the fallback', () => {
    expect(conflictsOf({ id: 'p', ratings: {}, pinnedTierId: 'gold' }).map((c) => c.message)).toEqual([
      'No impact has been rated yet, so there is no time-driven MTD to derive an RTO from; set the RTO by hand if the process still needs one.',
      'The pinned tier "gold" does not exist; Tier 3 was derived instead.',
    ]);
  });

  it('unknown-tier: with no tiers defined at all, nothing can be derived', () => {
    const noTiers = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, tiers: [] });
    const r = deriveObjectives({ id: 'p', ratings: {}, pinnedTierId: 'gold' }, noTiers);
    expect(r.tier).toBeNull();
    expect(r.conflicts.map((c) => c.message)).toContain(
      'The pinned tier "gold" does not exist; no tier could be derived either.',
    );
  });

  it('tier-rto-exceeds-rto and tier-rpo-exceeds-rpo: Tier 2 pinned on a 3 h / 30 min process', () => {
    const r = deriveObjectives({ ...BASE, pinnedTierId: 'tier-2' }, cfg);
    expect(r.tier?.id).toBe('tier-2');
    expect(r.tierSource).toBe('pinned');
    expect(r.conflicts).toEqual([
      {
        code: 'tier-rto-exceeds-rto',
        severity: 'error',
        message: "Tier 2 recovers within 24 h, 21 h slower than the process's RTO of 3 h.",
      },
      {
        code: 'tier-rpo-exceeds-rpo',
        severity: 'error',
        message: "Tier 2 may lose up to 4 h of data, 3 h 30 min more than the process's RPO of 30 min.",
      },
    ]);
  });

  it('tier-rpo-exceeds-rpo: a derived tier chosen for its RTO still has to meet the RPO', () => {
    // MTD 240 − WRT 0 = 240 → Tier 1, which may lose 60 > 15.
    expect(conflictsOf({ ...BASE, wrtMinutes: 0, dataLossToleranceMinutes: 15 })).toEqual([
      {
        code: 'tier-rpo-exceeds-rpo',
        severity: 'error',
        message: "Tier 1 may lose up to 1 h of data, 45 min more than the process's RPO of 15 min.",
      },
    ]);
  });

  it('invalid-minutes: negative or fractional inputs are ignored and named', () => {
    const r = deriveObjectives(
      {
        ...BASE,
        wrtMinutes: -5,
        dataLossToleranceMinutes: 1.5,
        manualRtoMinutes: Number.NaN,
        manualRpoMinutes: -1,
      },
      cfg,
    );
    expect(r.wrtMinutes).toBe(0);
    expect(r.recommendedRto).toBe(240);
    expect(r.effectiveRpo).toBeNull();
    expect(r.conflicts).toEqual([
      {
        code: 'invalid-minutes',
        severity: 'error',
        message:
          'Work recovery time must be a whole number of minutes, zero or more; got -5, so it was ignored.',
      },
      {
        code: 'invalid-minutes',
        severity: 'error',
        message:
          'Data-loss tolerance must be a whole number of minutes, zero or more; got 1.5, so it was ignored.',
      },
      {
        code: 'invalid-minutes',
        severity: 'error',
        message: 'Hand-set RTO must be a whole number of minutes, zero or more; got NaN, so it was ignored.',
      },
      {
        code: 'invalid-minutes',
        severity: 'error',
        message: 'Hand-set RPO must be a whole number of minutes, zero or more; got -1, so it was ignored.',
      },
    ]);
  });
});

describe('warnings', () => {
  it('falling-rating: one per category, at the first bucket where it falls', () => {
    const r = deriveObjectives(
      {
        id: 'p',
        ratings: {
          customer: [1, 3, 2, 1, 3, 3, 3, 3], // falls 3 → 2 at 8h (and again at 1d: not repeated)
          reputational: [0, null, 2, null, 1, 2, 2, 2], // unrated cells skipped: 2 at 8h → 1 at 3d
          financial: [0, 1, 2, 3, 3, 3, 3, 3], // never falls
        },
      },
      cfg,
    );
    expect(r.warnings).toEqual([
      {
        code: 'falling-rating',
        severity: 'warning',
        message:
          'Customer impact falls from significant (3) at 4 h to moderate (2) at 8 h; a longer outage should not hurt less, so check the ratings.',
        categoryId: 'customer',
        bucketId: '8h',
      },
      {
        code: 'falling-rating',
        severity: 'warning',
        message:
          'Reputational impact falls from moderate (2) at 8 h to minimal (1) at 3 d; a longer outage should not hurt less, so check the ratings.',
        categoryId: 'reputational',
        bucketId: '3d',
      },
    ]);
    // The tolerance limit is still the first bucket at the threshold.
    expect(r.toleranceLimits.find((l) => l.categoryId === 'customer')?.minutes).toBe(240);
  });

  it('invalid-rating: out-of-scale cells count as unrated', () => {
    const r = deriveObjectives({ id: 'p', ratings: { operational: [1, 7, 2.5, 2] } }, cfg);
    expect(r.mtd).toBeNull();
    expect(r.worstSeverityByBucket.slice(0, 4)).toEqual([1, null, null, 2]);
    expect(r.warnings).toEqual([
      {
        code: 'invalid-rating',
        severity: 'warning',
        message:
          'Operational is rated 7 at 4 h; ratings are whole numbers from 0 to 4, so this cell counts as unrated.',
        categoryId: 'operational',
        bucketId: '4h',
      },
    ]);
  });

  it('falling-financial-loss: the impact curve must not fall', () => {
    const r = deriveObjectives({ ...BASE, financialLossByBucket: [100, 500, 400, null, 900] }, cfg);
    expect(r.financialLossByBucket).toEqual([100, 500, 400, null, 900, null, null, null]);
    expect(r.warnings).toEqual([
      {
        code: 'falling-financial-loss',
        severity: 'warning',
        message:
          'Financial loss falls from 500 at 4 h to 400 at 8 h; the loss of a longer outage includes that of a shorter one, so check the figures.',
        bucketId: '8h',
      },
    ]);
  });
});
