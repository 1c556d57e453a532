// Laws the derivation must keep for any ratings, WRT, hand-set RTO and tier list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPACT_CATEGORIES,
  deriveAll,
  deriveObjectives,
  prepareBiaConfig,
  type BiaProcessInput,
  type RatingValue,
} from '../../../../shared/domain/bia';
import type { Tier } from '../../../../shared/domain/model';
import { DEFAULT_BIA_CONFIG, DEFAULT_TIME_BUCKETS } from '../../../fixtures/bia-config';

const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);
const CATEGORIES = DEFAULT_IMPACT_CATEGORIES.length;
const BUCKETS = DEFAULT_TIME_BUCKETS.length;

type Grid = RatingValue[][];

const cell = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 });
const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { minLength: BUCKETS, maxLength: BUCKETS }), {
  minLength: CATEGORIES,
  maxLength: CATEGORIES,
});
const minutes = fc.integer({ min: 0, max: 50_000 });

function ratingsOf(g: Grid): Record<string, RatingValue[]> {
  return Object.fromEntries(DEFAULT_IMPACT_CATEGORIES.map((c, i) => [c.id, g[i] ?? []]));
}

function processOf(g: Grid, extra: Partial<BiaProcessInput> = {}): BiaProcessInput {
  return { id: 'p', ratings: ratingsOf(g), ...extra };
}

/** No MTD is the same as an infinitely long one when comparing. */
const mtdOrInfinity = (mtd: number | null) => mtd ?? Number.POSITIVE_INFINITY;

describe('properties', () => {
  it('raising any single rating never raises the MTD', () => {
    fc.assert(
      fc.property(
        grid,
        fc.nat(CATEGORIES - 1),
        fc.nat(BUCKETS - 1),
        fc.integer({ min: 0, max: 4 }),
        (g, c, b, raise) => {
          const before = deriveObjectives(processOf(g), cfg).mtd;
          const raised = g.map((row) => [...row]);
          const row = raised[c]!;
          row[b] = Math.min(4, (row[b] ?? 0) + raise);
          const after = deriveObjectives(processOf(raised), cfg).mtd;
          expect(mtdOrInfinity(after)).toBeLessThanOrEqual(mtdOrInfinity(before));
        },
      ),
    );
  });

  it('every recommendation keeps RTO + WRT ≤ MTD', () => {
    fc.assert(
      fc.property(grid, minutes, (g, wrt) => {
        const r = deriveObjectives(processOf(g, { wrtMinutes: wrt }), cfg);
        if (r.mtd !== null && wrt < r.mtd) {
          expect(r.recommendedRto).not.toBeNull();
          expect(r.recommendedRto! + wrt).toBeLessThanOrEqual(r.mtd);
          expect(r.conflicts.some((c) => c.code === 'rto-plus-wrt-exceeds-mtd')).toBe(false);
        } else {
          expect(r.recommendedRto).toBeNull();
        }
      }),
    );
  });

  it('a hand-set RTO is flagged exactly when RTO + WRT > MTD', () => {
    fc.assert(
      fc.property(grid, minutes, minutes, (g, wrt, rto) => {
        const r = deriveObjectives(processOf(g, { wrtMinutes: wrt, manualRtoMinutes: rto }), cfg);
        const flagged = r.conflicts.some((c) => c.code === 'rto-plus-wrt-exceeds-mtd');
        expect(flagged).toBe(r.mtd !== null && wrt < r.mtd && rto + wrt > r.mtd);
      }),
    );
  });

  const tierList: fc.Arbitrary<Tier[]> = fc
    .uniqueArray(fc.record({ rto: fc.integer({ min: 0, max: 50_000 }), rpo: minutes }), {
      minLength: 0,
      maxLength: 6,
      selector: (t) => t.rto,
    })
    .map((ts) =>
      ts.map((t, i) => ({
        id: `t${i}`,
        name: `T${i}`,
        rank: i,
        rtoMinutes: t.rto,
        rpoMinutes: t.rpo,
        testFrequencyDays: 365,
      })),
    );

  it('the derived tier is never slower than the effective RTO, and is the least stringent such tier', () => {
    fc.assert(
      fc.property(grid, minutes, fc.option(minutes, { nil: null }), tierList, (g, wrt, manualRto, tiers) => {
        const config = prepareBiaConfig({ ...DEFAULT_BIA_CONFIG, tiers });
        const r = deriveObjectives(processOf(g, { wrtMinutes: wrt, manualRtoMinutes: manualRto }), config);
        const byRto = [...tiers].sort((a, b) => a.rtoMinutes - b.rtoMinutes || a.rank - b.rank);
        const [strictest, loosest] = [config.tiers[0], config.tiers[config.tiers.length - 1]];
        expect(byRto.length === 0 || r.tier !== null).toBe(true);
        if (r.effectiveRto === null) {
          // Nothing intolerable: the least stringent tier; WRT at least the MTD: the most stringent.
          expect(r.tier?.id).toBe(r.mtd === null ? loosest?.id : strictest?.id);
          return;
        }
        const fastEnough = tiers.filter((t) => t.rtoMinutes <= r.effectiveRto!);
        if (fastEnough.length === 0) {
          expect(r.tier?.id).toBe(strictest?.id);
          expect(r.conflicts.some((c) => c.code === 'no-tier-fast-enough')).toBe(true);
          return;
        }
        expect(r.tier).not.toBeNull();
        expect(r.tier!.rtoMinutes).toBeLessThanOrEqual(r.effectiveRto);
        expect(r.tier!.rtoMinutes).toBe(Math.max(...fastEnough.map((t) => t.rtoMinutes)));
      }),
    );
  });

  it('a category whose rated impact ever falls gets a warning, and only then', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const r = deriveObjectives(processOf(g), cfg);
        DEFAULT_IMPACT_CATEGORIES.forEach((category, i) => {
          const rated = (g[i] ?? []).filter((v): v is number => v !== null && v !== undefined);
          const falls = rated.some((v, k) => rated.slice(k + 1).some((later) => later < v));
          const warned = r.warnings.filter(
            (w) => w.code === 'falling-rating' && w.categoryId === category.id,
          );
          expect(warned.length).toBe(falls ? 1 : 0);
        });
      }),
    );
  });

  it('the MTD is the smallest tolerance limit, and each limit is the first bucket at the threshold', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const r = deriveObjectives(processOf(g), cfg);
        r.toleranceLimits.forEach((limit, i) => {
          const first = (g[i] ?? []).findIndex((v) => v !== null && v !== undefined && v >= 3);
          expect(limit.minutes).toBe(first < 0 ? null : DEFAULT_TIME_BUCKETS[first]!.minutes);
        });
        const limits = r.toleranceLimits.flatMap((l) => (l.minutes === null ? [] : [l.minutes]));
        expect(r.mtd).toBe(limits.length === 0 ? null : Math.min(...limits));
      }),
    );
  });

  it('is deterministic, and deriveAll agrees with one-by-one derivation', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(grid, minutes, minutes), { maxLength: 5 }), (rows) => {
        const processes = rows.map(([g, wrt, tolerance], i) =>
          processOf(g, { id: `p${i}`, wrtMinutes: wrt, dataLossToleranceMinutes: tolerance }),
        );
        const first = deriveAll(processes, DEFAULT_BIA_CONFIG);
        expect(deriveAll(processes, cfg)).toEqual(first);
        expect(processes.map((p) => deriveObjectives(p, cfg))).toEqual(first);
      }),
    );
  });

  it('the order buckets are given in does not change the result', () => {
    const permutation = fc.shuffledSubarray([...DEFAULT_TIME_BUCKETS.keys()], {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    });
    fc.assert(
      fc.property(grid, minutes, permutation, (g, wrt, order) => {
        const shuffled = prepareBiaConfig({
          ...DEFAULT_BIA_CONFIG,
          buckets: order.map((k) => DEFAULT_TIME_BUCKETS[k]!),
        });
        const shuffledGrid = g.map((row) => order.map((k) => row[k]));
        expect(deriveObjectives(processOf(shuffledGrid, { wrtMinutes: wrt }), shuffled)).toEqual(
          deriveObjectives(processOf(g, { wrtMinutes: wrt }), cfg),
        );
      }),
    );
  });
});
