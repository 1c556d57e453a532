// Every worked example of docs/domain-rules.md, run through the real domain functions, so the doc
// cannot drift from the code silently. Each `describe` names the section of the doc it checks.
import { describe, expect, it } from 'vitest';
import { graphInputFrom } from '../../../electron/core/domains/graph/input';
import { deriveObjectives, prepareBiaConfig } from '../../../shared/domain/bia';
import { analyze } from '../../../shared/domain/graph/analyze';
import { DEFAULT_TIERS } from '../../../shared/domain/model';
import {
  analyseCanary,
  burnRates,
  deliveryMetrics,
  errorBudget,
  evaluateGate,
  mannWhitneyU,
  type GateInput,
  type Release,
} from '../../../shared/domain/release';
import { DEFAULT_BIA_CONFIG } from '../../fixtures/bia-config';

const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);
const HOUR = 3_600_000;

describe('Tiers: MTD, RTO and tier of a process', () => {
  it('operational significant at 4 h, WRT 60 min: MTD 240, RTO 180, Tier 0', () => {
    const o = deriveObjectives(
      { id: 'p', ratings: { operational: [2, 3, 3, 4, 4, 4, 4, 4] }, wrtMinutes: 60 },
      cfg,
    );
    expect([o.mtd, o.recommendedRto, o.tier?.name]).toEqual([240, 180, 'Tier 0']);
  });

  it('nothing intolerable within 30 days: no MTD, no RTO, the least stringent tier (Tier 3)', () => {
    const o = deriveObjectives({ id: 'p', ratings: { operational: [0, 1, 1, 2, 2, 2, 2, 2] } }, cfg);
    expect([o.mtd, o.effectiveRto, o.tier?.name]).toEqual([null, null, 'Tier 3']);
    expect(o.conflicts.map((c) => c.code)).toEqual(['no-mtd']);
  });

  it('WRT ≥ MTD (MTD 60, WRT 60): no RTO, the most stringent tier (Tier 0) and the conflict', () => {
    const o = deriveObjectives(
      { id: 'p', ratings: { operational: [4, 4, 4, 4, 4, 4, 4, 4] }, wrtMinutes: 60 },
      cfg,
    );
    expect([o.mtd, o.effectiveRto, o.tier?.name]).toEqual([60, null, 'Tier 0']);
    expect(o.conflicts.map((c) => c.code)).toEqual(['wrt-not-below-mtd']);
  });

  it('RTO 30 min, faster than every tier: Tier 0 plus the conflict', () => {
    const o = deriveObjectives(
      { id: 'p', ratings: { operational: [4, 4, 4, 4, 4, 4, 4, 4] }, wrtMinutes: 30 },
      cfg,
    );
    expect([o.effectiveRto, o.tier?.name]).toEqual([30, 'Tier 0']);
    expect(o.conflicts.map((c) => c.code)).toEqual(['no-tier-fast-enough']);
  });
});

describe('A resource without an RTO takes its tier’s', () => {
  it('an application in Tier 1 with no RTO of its own answers to 240 min; one with 90 keeps 90', () => {
    const row = {
      kind: 'application' as const,
      tierId: 'tier-1',
      rpoMinutes: null,
      restoreMinutes: null,
      provenMinutes: null,
      provenAt: null,
    };
    const input = graphInputFrom(
      [
        { ...row, id: 'a', name: 'Booking API', rtoMinutes: null },
        { ...row, id: 'b', name: 'Pricing API', rtoMinutes: 90 },
      ],
      [],
      new Map(),
      DEFAULT_TIERS,
    );
    expect(input.nodes.map((n) => [n.name, n.rtoMinutes, n.rpoMinutes])).toEqual([
      ['Booking API', 240, 60],
      ['Pricing API', 90, 60],
    ]);
  });
});

describe('RTO demand is inherited from consumers further up', () => {
  it('Order intake (RTO 60) → Web shop (no RTO) → Orders DB (RTO 240): an inversion of 180 min', () => {
    const a = analyze({
      nodes: [
        { id: 'p', name: 'Order intake', kind: 'process', rtoMinutes: 60 },
        { id: 'w', name: 'Web shop', kind: 'application' },
        { id: 'd', name: 'Orders DB', kind: 'datastore', rtoMinutes: 240 },
      ],
      edges: [
        { id: 'e1', from: 'p', to: 'w', hard: true },
        { id: 'e2', from: 'w', to: 'd', hard: true },
      ],
    });
    expect(a.rtoInversions).toHaveLength(1);
    const inv = a.rtoInversions[0]!;
    expect([inv.consumer.name, inv.providers[0]?.name, inv.demandMinutes, inv.providerMinutes]).toEqual([
      'Web shop',
      'Orders DB',
      60,
      240,
    ]);
    expect([inv.excessMinutes, inv.demandOrigin.name]).toEqual([180, 'Order intake']);
    expect(inv.path.map((p) => p.name)).toEqual(['Order intake', 'Web shop', 'Orders DB']);
  });
});

describe('A cycle’s time is the sum of its members', () => {
  it('Billing (10 min) needs Ledger (30) ⇄ Payments (45): the cycle takes 75, Billing 85', () => {
    const a = analyze({
      nodes: [
        { id: 'b', name: 'Billing', kind: 'process', restoreMinutes: 10, rtoMinutes: 60 },
        { id: 'l', name: 'Ledger', kind: 'application', restoreMinutes: 30 },
        { id: 'p', name: 'Payments', kind: 'application', restoreMinutes: 45 },
      ],
      edges: [
        { id: 'e1', from: 'b', to: 'l', hard: true },
        { id: 'e2', from: 'l', to: 'p', hard: true },
        { id: 'e3', from: 'p', to: 'l', hard: true },
      ],
    });
    const t = new Map(a.recoveryTimes.map((r) => [r.name, r]));
    expect([t.get('Ledger')?.achievableMinutes, t.get('Payments')?.achievableMinutes]).toEqual([75, 75]);
    expect(t.get('Billing')?.achievableMinutes).toBe(85);
    expect([t.get('Billing')?.meetsRto, t.get('Billing')?.gapMinutes]).toEqual([false, 25]);
    expect(a.cycles).toHaveLength(1);
  });
});

describe('Measured recovery is evidence', () => {
  it('a site estimated at 10 min, measured at 90 in a failed test, RTO 60: achievable 90, 30 over', () => {
    const a = analyze({
      nodes: [
        { id: 'p', name: 'Dispatch', kind: 'process', restoreMinutes: 20, rtoMinutes: 240 },
        {
          id: 's',
          name: 'Leeds site',
          kind: 'site',
          restoreMinutes: 10,
          provenMinutes: 90,
          provenAt: '2026-09-01',
          rtoMinutes: 60,
        },
      ],
      edges: [{ id: 'e1', from: 'p', to: 's', hard: true }],
    });
    const t = new Map(a.recoveryTimes.map((r) => [r.name, r]));
    const site = t.get('Leeds site')!;
    expect([site.achievableMinutes, site.estimatedMinutes, site.gapMinutes, site.meetsRto]).toEqual([
      90,
      10,
      30,
      false,
    ]);
    expect(t.get('Dispatch')?.achievableMinutes).toBe(110);
  });
});

describe('SLO error budget and burn windows', () => {
  const slo = { nodeId: 's', sliKind: 'availability' as const, targetPercent: 99.9, windowDays: 30 };
  const now = Date.UTC(2026, 5, 1, 12);

  it('999 good of 1,000 at 99.9 %: the budget of 1 is spent exactly, 0.0 % remaining, at the policy', () => {
    const b = errorBudget(slo, [{ periodStart: now - HOUR, periodEnd: now, good: 999, total: 1000 }], now);
    expect([b.budget, b.remaining, b.remainingFraction, b.meetsPolicy]).toEqual([1, 0, 0, true]);
    expect(b.reason).toBe('1 bad of 1000 events against a budget of 1; 0.0% remaining (policy ≥ 0%).');
  });

  it('six hours of 1,000 events, 5 bad in the last hour: burn rate 5 over 1 h, 0.83 over 6 h', () => {
    const hours = Array.from({ length: 6 }, (_, i) => ({
      periodStart: now - (6 - i) * HOUR,
      periodEnd: now - (5 - i) * HOUR,
      good: i === 5 ? 995 : 1000,
      total: 1000,
    }));
    const r = burnRates(slo, hours, now);
    expect(r.short.burnRate).toBeCloseTo(5, 10);
    expect(r.long.burnRate).toBeCloseTo(5 / 6, 10);
    expect([r.short.totalEvents, r.long.totalEvents]).toEqual([1000, 6000]);
  });
});

const release: Release = {
  id: 'rel',
  name: 'Payments',
  version: '2.3.0',
  nodeIds: ['pay'],
  window: { start: Date.UTC(2026, 5, 2), end: Date.UTC(2026, 5, 2, 1) },
  strategy: 'canary',
  changeType: 'normal',
  changeSize: 2,
  rollbackRunbookId: 'rb',
  status: 'approved',
  ownerId: 'owner',
};
const gateInput = (patch: Partial<GateInput>): GateInput => ({
  release,
  now: Date.UTC(2026, 5, 1),
  approvals: [{ approverId: 'alice' }],
  risk: { level: 'low', score: 10 },
  conflicts: [],
  runbooks: [{ id: 'rb', name: 'Roll back', approved: true }],
  nodes: [{ id: 'pay', name: 'Payments API', tierId: 'tier-1' }],
  tiers: DEFAULT_TIERS,
  drTests: [{ id: 't', nodeIds: ['pay'], completedAt: Date.UTC(2026, 4, 1) }],
  findings: [],
  budgets: [],
  rtoInversions: [],
  ...patch,
});
const gateCheck = (input: GateInput, id: string) => evaluateGate(input).checks.find((c) => c.id === id)!;

describe('An SLO with no data neither blocks nor passes', () => {
  it('no events in the window: budget not computable, the gate check is N/A', () => {
    const slo = { nodeId: 'pay', sliKind: 'availability' as const, targetPercent: 99.9, windowDays: 30 };
    const b = errorBudget(slo, [], Date.UTC(2026, 5, 1));
    expect([b.totalEvents, b.remainingFraction, b.meetsPolicy]).toEqual([0, null, false]);
    const c = gateCheck(gateInput({ budgets: [b] }), 'error-budget');
    expect(c.status).toBe('not-applicable');
    expect(c.reason).toMatch(/no measurements yet/);
  });
});

describe('Canary: exact or approximate, and inconclusive', () => {
  it('5 against 5 without ties is exact (p = 2/252 = 0.0079); 11 against 11 is approximate', () => {
    const exact = mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]);
    expect([exact.method, exact.u1]).toEqual(['exact', 25]);
    expect(exact.pValue).toBeCloseTo(2 / 252, 12);
    const eleven = Array.from({ length: 11 }, (_, i) => i);
    expect(
      mannWhitneyU(
        eleven.map((v) => v + 100),
        eleven,
      ).method,
    ).toBe('asymptotic');
    expect(mannWhitneyU([1, 2, 2], [3, 4, 5]).method).toBe('asymptotic');
  });

  it('a metric with no canary samples is inconclusive; the gate fails it until a waiver', () => {
    const c = analyseCanary([
      {
        id: 'lat',
        name: 'latency',
        direction: 'higher-is-worse',
        tolerance: 0.1,
        baseline: [100, 101],
        canary: [],
      },
    ]);
    expect([c.verdict, c.score]).toEqual(['inconclusive', null]);
    expect(c.reason).toBe('Nothing could be judged. Not judged (no samples): latency.');
    expect(gateCheck(gateInput({ canary: c }), 'canary').status).toBe('fail');
  });
});

describe('Time to restore of a rollback without a recorded failure', () => {
  it('rolled back, no failure time: a failed change (1 of 1) but no time to restore (0 of 1 measured)', () => {
    const period = { start: Date.UTC(2026, 5, 1), end: Date.UTC(2026, 6, 1) };
    const m = deliveryMetrics(
      [{ ...release, status: 'rolled-back', deployedAt: Date.UTC(2026, 5, 2) }],
      period,
    );
    expect([m.changeFailureRate.failed, m.changeFailureRate.deployed, m.changeFailureRate.rate]).toEqual([
      1, 1, 1,
    ]);
    expect([m.timeToRestore.count, m.timeToRestore.of, m.timeToRestore.medianMinutes]).toEqual([0, 1, null]);
  });
});
