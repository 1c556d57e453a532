import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../../../../shared/domain/model';
import { analyseCanary } from '../../../../shared/domain/release/canary';
import type { GateCheckId, GateInput, GateResult } from '../../../../shared/domain/release/gate';
import { evaluateGate, GATE_CHECK_IDS } from '../../../../shared/domain/release/gate';
import { errorBudget } from '../../../../shared/domain/release/slo';
import type { Release } from '../../../../shared/domain/release/types';
import { DAY_MS } from '../../../../shared/domain/release/types';
import type { Conflict } from '../../../../shared/domain/release/windows';

const now = Date.UTC(2025, 5, 1);

const release: Release = {
  id: 'rel',
  name: 'Payments',
  version: '2.3.0',
  nodeIds: ['pay', 'ledger'],
  window: { start: now + DAY_MS, end: now + DAY_MS + 3_600_000 },
  strategy: 'canary',
  changeType: 'normal',
  changeSize: 2,
  rollbackRunbookId: 'rb',
  status: 'approved',
  ownerId: 'owner',
};

const slo = { nodeId: 'pay', sliKind: 'availability' as const, targetPercent: 99.9, windowDays: 30 };
const goodBudget = errorBudget(
  slo,
  [{ periodStart: now - DAY_MS, periodEnd: now, good: 99_999, total: 100_000 }],
  now,
);
const spentBudget = errorBudget(
  slo,
  [{ periodStart: now - DAY_MS, periodEnd: now, good: 99_000, total: 100_000 }],
  now,
);

const range = (from: number): number[] => Array.from({ length: 10 }, (_, i) => from + i);
const canaryMetric = { id: 'lat', name: 'latency', direction: 'higher-is-worse' as const, tolerance: 0.1 };
const passingCanary = analyseCanary([{ ...canaryMetric, baseline: range(100), canary: range(100) }]);
const failingCanary = analyseCanary([{ ...canaryMetric, baseline: range(100), canary: range(200) }]);

function input(patch: Partial<GateInput> = {}): GateInput {
  return {
    release,
    now,
    approvals: [{ approverId: 'alice' }],
    risk: { level: 'medium', score: 50 },
    conflicts: [],
    runbooks: [{ id: 'rb', name: 'Roll back payments', approved: true }],
    nodes: [
      { id: 'pay', name: 'Payments API', tierId: 'tier-0' },
      { id: 'ledger', name: 'Ledger', tierId: 'tier-1' },
      { id: 'other', name: 'Other', tierId: 'tier-0' },
    ],
    tiers: DEFAULT_TIERS,
    drTests: [
      { id: 't1', nodeIds: ['pay'], completedAt: now - 30 * DAY_MS },
      { id: 't2', nodeIds: ['ledger'], completedAt: now - 170 * DAY_MS },
    ],
    findings: [],
    budgets: [goodBudget],
    rtoInversions: [],
    canary: passingCanary,
    expiredBias: [],
    ...patch,
  };
}

const check = (r: GateResult, id: GateCheckId) => r.checks.find((c) => c.id === id)!;

describe('gate: all checks passing', () => {
  it('is go, with every check present and passing', () => {
    const r = evaluateGate(input());
    expect(r.checks.map((c) => c.id)).toEqual([...GATE_CHECK_IDS]);
    // A medium-risk release needs no pre-mortem: that check alone does not apply.
    expect(r.checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual(['premortem']);
    expect(r.go).toBe(true);
    expect(r.summary).toMatch(/^Go/);
  });
});

describe('gate: BIA reviews (issue 18 item 7)', () => {
  it('fails on a touched service whose BIA review lapsed, and says which', () => {
    const r = evaluateGate(
      input({ expiredBias: [{ processId: 'p', name: 'Payments', dueAt: '2026-10-01T00:00:00.000Z' }] }),
    );
    expect(check(r, 'bia-review')).toMatchObject({
      status: 'fail',
      reason: 'BIA review lapsed for: Payments (due 2026-10-01).',
    });
    expect(r.go).toBe(false);
  });
  it('is not applicable when reviews were not weighed (inputs recorded before the check)', () => {
    const { expiredBias: _omit, ...rest } = input();
    expect(check(evaluateGate(rest), 'bia-review').status).toBe('not-applicable');
  });
});

describe('gate: each check failing', () => {
  const cases: [GateCheckId, Partial<GateInput>, RegExp][] = [
    ['approvals', { approvals: [{ approverId: 'owner' }] }, /not the release owner/],
    ['approvals', { risk: { level: 'high', score: 80 }, premortemModes: 1 }, /two distinct approvers/],
    [
      'risk',
      {
        risk: { level: 'high', score: 80 },
        maxRiskLevel: 'medium',
        premortemModes: 1,
        approvals: [{ approverId: 'alice' }, { approverId: 'bob' }],
      },
      /exceeds the allowed medium/,
    ],
    [
      'conflicts',
      {
        conflicts: [
          {
            kind: 'freeze',
            status: 'conflict',
            releaseId: 'rel',
            nodeIds: ['pay'],
            message: 'In freeze "Q2 close".',
          },
        ],
      },
      /Q2 close/,
    ],
    ['rollback-runbook', { release: { ...release, rollbackRunbookId: undefined } }, /No rollback runbook/],
    ['rollback-runbook', { runbooks: [] }, /does not exist/],
    ['rollback-runbook', { runbooks: [{ id: 'rb', name: 'RB', approved: false }] }, /not approved/],
    [
      'dr-test',
      { drTests: [{ id: 't1', nodeIds: ['pay', 'ledger'], completedAt: now - 91 * DAY_MS }] },
      /Payments API last passed a DR test .*Tier 0's 90 days/,
    ],
    [
      'dr-test',
      { drTests: [{ id: 't1', nodeIds: ['pay'], completedAt: now }] },
      /Ledger has never passed a DR test/,
    ],
    [
      'critical-findings',
      {
        findings: [
          { id: 'f', title: 'No backup of keys', nodeIds: ['ledger'], severity: 'critical', open: true },
        ],
      },
      /No backup of keys" on Ledger/,
    ],
    ['error-budget', { budgets: [spentBudget] }, /Payments API: .*below the policy/],
    [
      'rto-inversions',
      { rtoInversions: [{ providerId: 'ledger', consumerId: 'pay', resolved: false }] },
      /Ledger recovers slower than its consumer Payments API/,
    ],
    ['canary', { canary: failingCanary }, /Canary fail/],
  ];

  it.each(cases)('%s fails (%#)', (id, patch, reason) => {
    const r = evaluateGate(input(patch));
    const c = check(r, id);
    expect(c.status).toBe('fail');
    expect(c.reason).toMatch(reason);
    expect(r.go).toBe(false);
    expect(r.summary).toContain(c.label);
    // Only the targeted check fails.
    expect(r.checks.filter((x) => x.status === 'fail').map((x) => x.id)).toEqual([id]);
  });

  it('a marginal canary fails the gate (it needs a waiver or a rerun)', () => {
    const marginal = analyseCanary([{ ...canaryMetric, baseline: [100, 200, 300], canary: [150, 250, 350] }]);
    expect(marginal.verdict).toBe('fail'); // score 50 < 75
    const m2 = analyseCanary([{ ...canaryMetric, baseline: [100, 200, 300], canary: [150, 250, 350] }], {
      marginalThreshold: 50,
    });
    expect(m2.verdict).toBe('marginal');
    expect(check(evaluateGate(input({ canary: m2 })), 'canary').status).toBe('fail');
  });

  it('an inconclusive canary (nothing judged) still holds the gate, and says why', () => {
    const none = analyseCanary([{ ...canaryMetric, baseline: range(100), canary: [] }]);
    expect(none.verdict).toBe('inconclusive');
    const c = check(evaluateGate(input({ canary: none })), 'canary');
    expect(c.status).toBe('fail');
    expect(c.reason).toMatch(/^Canary inconclusive\. Nothing could be judged\./);
  });
});

describe('gate: what does not count', () => {
  it('overridden freeze conflicts and other releases’ conflicts do not fail', () => {
    const conflicts: Conflict[] = [
      { kind: 'freeze', status: 'overridden', releaseId: 'rel', nodeIds: ['pay'], message: 'overridden' },
      { kind: 'same-node-overlap', status: 'conflict', releaseId: 'other', nodeIds: ['pay'], message: 'x' },
    ];
    const c = check(evaluateGate(input({ conflicts })), 'conflicts');
    expect(c.status).toBe('pass');
    expect(c.reason).toMatch(/1 freeze conflict overridden/);
  });

  it('findings that are closed, not critical, or on other nodes do not fail', () => {
    const findings = [
      { id: 'a', title: 'A', nodeIds: ['pay'], severity: 'critical' as const, open: false },
      { id: 'b', title: 'B', nodeIds: ['pay'], severity: 'high' as const, open: true },
      { id: 'c', title: 'C', nodeIds: ['other'], severity: 'critical' as const, open: true },
    ];
    expect(check(evaluateGate(input({ findings })), 'critical-findings').status).toBe('pass');
  });

  it('resolved inversions and inversions elsewhere do not fail', () => {
    const rtoInversions = [
      { providerId: 'ledger', consumerId: 'pay', resolved: true },
      { providerId: 'other', consumerId: 'x', resolved: false },
    ];
    expect(check(evaluateGate(input({ rtoInversions })), 'rto-inversions').status).toBe('pass');
  });

  it('a DR test exactly at the tier frequency still counts; a future-dated one does not', () => {
    const drTests = [
      { id: 't1', nodeIds: ['pay'], completedAt: now - 90 * DAY_MS },
      { id: 't2', nodeIds: ['ledger'], completedAt: now - 180 * DAY_MS },
    ];
    expect(check(evaluateGate(input({ drTests })), 'dr-test').status).toBe('pass');
    const future = [...drTests.slice(0, 1), { id: 't3', nodeIds: ['ledger'], completedAt: now + 1 }];
    expect(check(evaluateGate(input({ drTests: future })), 'dr-test').status).toBe('fail');
  });

  it('not applicable: no SLO, no canary, no tiered node', () => {
    const r = evaluateGate(
      input({
        budgets: [],
        canary: undefined,
        nodes: [
          { id: 'pay', name: 'Payments API' },
          { id: 'ledger', name: 'Ledger' },
        ],
      }),
    );
    expect(check(r, 'error-budget').status).toBe('not-applicable');
    expect(check(r, 'canary').status).toBe('not-applicable');
    expect(check(r, 'dr-test').status).toBe('not-applicable');
    expect(r.go).toBe(true);
  });

  it('an SLO with no measurements yet neither blocks nor passes: not applicable, and named', () => {
    const empty = errorBudget(slo, [], now);
    const alone = check(evaluateGate(input({ budgets: [empty] })), 'error-budget');
    expect(alone.status).toBe('not-applicable');
    expect(alone.reason).toMatch(/no measurements yet/);
    // Beside a measured SLO that holds, the empty one is mentioned but does not decide.
    const mixed = check(
      evaluateGate(input({ budgets: [goodBudget, { ...empty, nodeId: 'ledger' }] })),
      'error-budget',
    );
    expect(mixed.status).toBe('pass');
    expect(mixed.reason).toMatch(/No measurements yet for Ledger/);
  });

  it('budgets of nodes the release does not touch are ignored', () => {
    expect(
      check(evaluateGate(input({ budgets: [{ ...spentBudget, nodeId: 'other' }] })), 'error-budget').status,
    ).toBe('not-applicable');
  });
});

describe('gate: waivers', () => {
  const failing = { runbooks: [{ id: 'rb', name: 'RB', approved: false }] };

  it('a valid waiver turns a failed check into waived and the release into go', () => {
    const r = evaluateGate(
      input({
        ...failing,
        waivers: [
          {
            checkId: 'rollback-runbook',
            justification: 'Forward-fix only; feature flagged',
            approverId: 'cab',
          },
        ],
      }),
    );
    const c = check(r, 'rollback-runbook');
    expect(c.status).toBe('waived');
    expect(c.reason).toMatch(/not approved\. Waived by cab: Forward-fix only/);
    expect(c.waiver?.approverId).toBe('cab');
    expect(r.go).toBe(true);
    expect(r.rejectedWaivers).toEqual([]);
  });

  it('the release owner cannot waive', () => {
    const waiver = { checkId: 'rollback-runbook' as const, justification: 'trust me', approverId: 'owner' };
    const r = evaluateGate(input({ ...failing, waivers: [waiver] }));
    expect(check(r, 'rollback-runbook').status).toBe('fail');
    expect(r.go).toBe(false);
    expect(r.rejectedWaivers).toEqual([{ waiver, reason: expect.stringMatching(/owner/) }]);
  });

  it('an empty justification or approver is rejected', () => {
    const r = evaluateGate(
      input({
        ...failing,
        waivers: [
          { checkId: 'rollback-runbook', justification: '   ', approverId: 'cab' },
          { checkId: 'rollback-runbook', justification: 'ok', approverId: '' },
        ],
      }),
    );
    expect(check(r, 'rollback-runbook').status).toBe('fail');
    expect(r.rejectedWaivers.map((w) => w.reason)).toEqual([
      expect.stringMatching(/justification/),
      expect.stringMatching(/approver/),
    ]);
  });

  it('approvals cannot be waived', () => {
    const r = evaluateGate(
      input({
        approvals: [],
        waivers: [{ checkId: 'approvals', justification: 'urgent', approverId: 'cab' }],
      }),
    );
    expect(check(r, 'approvals').status).toBe('fail');
    expect(r.rejectedWaivers[0]!.reason).toMatch(/cannot be waived/);
  });

  it('a waiver on a passing check changes nothing', () => {
    const r = evaluateGate(
      input({ waivers: [{ checkId: 'canary', justification: 'just in case', approverId: 'cab' }] }),
    );
    expect(check(r, 'canary').status).toBe('pass');
    expect(r.go).toBe(true);
  });

  it('waivers cover only their own check', () => {
    const r = evaluateGate(
      input({
        ...failing,
        canary: failingCanary,
        waivers: [{ checkId: 'canary', justification: 'known noisy metric', approverId: 'cab' }],
      }),
    );
    expect(check(r, 'canary').status).toBe('waived');
    expect(check(r, 'rollback-runbook').status).toBe('fail');
    expect(r.go).toBe(false);
  });
});
