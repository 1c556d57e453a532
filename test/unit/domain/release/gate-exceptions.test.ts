// The gate weighs accepted exceptions (in force until their expiry day) and requires a pre-mortem
// for a high-risk release.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../../../../shared/domain/model';
import { evaluateGate, type GateInput } from '../../../../shared/domain/release/gate';
import { DAY_MS, type Release } from '../../../../shared/domain/release/types';

const now = Date.UTC(2026, 5, 1, 12);
const release: Release = {
  id: 'rel',
  name: 'Payments',
  version: '2.3.0',
  nodeIds: ['pay'],
  window: { start: now + DAY_MS, end: now + DAY_MS + 3_600_000 },
  strategy: 'canary',
  changeType: 'normal',
  changeSize: 2,
  rollbackRunbookId: 'rb',
  status: 'approved',
  ownerId: 'owner',
};
const inversion = { providerId: 'db', consumerId: 'pay', resolved: false, key: 'rto-inversion:pay>db' };
const accepted = (expiresOn: string) => ({
  id: 'e1',
  conflictKey: 'rto-inversion:pay>db',
  owner: 'Head of Payments',
  acceptedBy: 'Bea',
  expiresOn,
});

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
      { id: 'db', name: 'Payments DB' },
    ],
    tiers: DEFAULT_TIERS,
    drTests: [{ id: 't1', nodeIds: ['pay'], completedAt: now - 30 * DAY_MS }],
    findings: [],
    budgets: [],
    rtoInversions: [inversion],
    ...patch,
  };
}
const check = (i: GateInput, id: string) => evaluateGate(i).checks.find((c) => c.id === id)!;

describe('gate and exceptions', () => {
  it('an unaccepted inversion fails; an accepted one passes and says by whom and until when', () => {
    expect(check(input(), 'rto-inversions').status).toBe('fail');
    const c = check(input({ acceptedExceptions: [accepted('2026-06-30')] }), 'rto-inversions');
    expect(c.status).toBe('pass');
    expect(c.reason).toContain('accepted as exception by Head of Payments until 2026-06-30');
  });

  it('an expired acceptance re-opens the conflict: the check fails again', () => {
    const c = check(input({ acceptedExceptions: [accepted('2026-05-31')] }), 'rto-inversions');
    expect(c.status).toBe('fail');
    expect(c.reason).toMatch(/Payments DB recovers slower than its consumer Payments API/);
  });

  it('an overdue DR test accepted as an exception does not block', () => {
    const late = input({
      drTests: [],
      acceptedExceptions: [{ ...accepted('2026-12-31'), conflictKey: 'dr-test-overdue:pay' }],
    });
    expect(check(input({ drTests: [] }), 'dr-test').status).toBe('fail');
    expect(check(late, 'dr-test').status).toBe('pass');
    expect(check(late, 'dr-test').reason).toContain("Payments API's overdue DR test accepted as exception");
  });
});

describe('gate and pre-mortems', () => {
  it('refuses a high-risk release without a pre-mortem', () => {
    const r = evaluateGate(input({ risk: { level: 'high', score: 80 }, rtoInversions: [] }));
    const c = r.checks.find((x) => x.id === 'premortem')!;
    expect(c.status).toBe('fail');
    expect(r.go).toBe(false);
    expect(r.summary).toContain('Pre-mortem for a high-risk release');
  });
  it('passes a high-risk release with one, and does not apply below high risk', () => {
    expect(
      check(input({ risk: { level: 'high', score: 80 }, premortemModes: 2 }), 'premortem'),
    ).toMatchObject({
      status: 'pass',
      reason: 'High risk. Its pre-mortem lists 2 failure modes.',
    });
    expect(check(input(), 'premortem').status).toBe('not-applicable');
  });
});
