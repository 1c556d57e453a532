import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditPage,
  CalendarView,
  DeliveryView,
  DrTestDetail,
  GateView,
  NodeView,
  ReleaseView,
  RiskWeightsView,
  SloView,
} from '../../shared/contract';
import { as, releaseWorld, saveRelease, type ReleaseWorld } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let w: ReleaseWorld;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  w = await releaseWorld(t);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const calendar = () =>
  t.call<CalendarView>('calendar.get', { from: '2026-03-01T00:00:00Z', to: '2026-05-01T00:00:00Z' });
const kinds = (c: CalendarView, id: string) =>
  c.conflicts.filter((x) => x.releaseId === id).map((x) => `${x.kind}:${x.status}`);
const gate = (releaseId: string) => t.call<GateView>('gate.evaluate', { releaseId });
const check = (g: GateView, id: string) => g.checks.find((c) => c.id === id)!;

describe('calendar conflicts', () => {
  beforeEach(async () => {
    await t.call('calendar.saveFreeze', {
      name: 'Quarter close',
      reason: 'Finance closes the books',
      start: '2026-04-01T10:00:00Z',
      end: '2026-04-01T12:00:00Z',
      scope: { kind: 'tiers', ids: ['tier-1'] },
    });
  });

  it('a window touching a freeze does not conflict; one overlapping it by a minute does', async () => {
    const touching = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-04-01T08:00:00Z',
      end: '2026-04-01T10:00:00Z',
    });
    const after = await saveRelease(t, {
      nodeIds: [w.db],
      start: '2026-04-01T12:00:00Z',
      end: '2026-04-01T13:00:00Z',
    });
    const overlapping = await saveRelease(t, {
      nodeIds: [w.web, w.db],
      start: '2026-04-01T11:59:00Z',
      end: '2026-04-01T11:59:30Z',
    });
    const c = await calendar();
    expect(kinds(c, touching.id)).toEqual([]);
    expect(kinds(c, after.id)).toEqual([]);
    const freeze = c.conflicts.find((x) => x.releaseId === overlapping.id && x.kind === 'freeze')!;
    // The freeze covers Tier 1 only: the Tier 2 website is named as not covered by omission.
    expect(freeze.message).toMatch(/falls in freeze "Quarter close".*covers Orders DB\.$/);
  });

  it('reads windows in any offset as the same instants', async () => {
    // 11:30+02:00 is 09:30Z: the release ends 10:30Z, inside the freeze.
    const r = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-04-01T11:30:00+02:00',
      end: '2026-04-01T12:30:00+02:00',
    });
    expect(r.windowStart).toBe('2026-04-01T09:30:00.000Z');
    expect(kinds(await calendar(), r.id)).toEqual(['freeze:conflict']);
    // -05:00: 04:00 to 05:00 local is 09:00Z to 10:00Z, touching the freeze only.
    const ny = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-04-01T04:00:00-05:00',
      end: '2026-04-01T05:00:00-05:00',
    });
    expect(kinds(await calendar(), ny.id)).toEqual([]);
    await expect(
      saveRelease(t, { nodeIds: [w.api], start: '2026-04-01T08:00:00', end: '2026-04-01T09:00:00Z' }),
    ).rejects.toThrow(/no UTC offset/);
    await expect(
      saveRelease(t, { nodeIds: [w.api], start: '2026-04-02T09:00:00Z', end: '2026-04-02T09:00:00Z' }),
    ).rejects.toThrow(/end must be after/);
  });

  it('flags overlapping releases on the same and on dependent services, not on unrelated ones', async () => {
    const a = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-04-02T08:00:00Z',
      end: '2026-04-02T10:00:00Z',
    });
    const b = await saveRelease(t, {
      name: 'Orders schema',
      nodeIds: [w.db],
      start: '2026-04-02T09:00:00Z',
      end: '2026-04-02T11:00:00Z',
    });
    const c = await saveRelease(t, {
      name: 'Web',
      nodeIds: [w.web],
      start: '2026-04-02T09:00:00Z',
      end: '2026-04-02T11:00:00Z',
    });
    const d = await saveRelease(t, {
      name: 'Booking hotfix',
      nodeIds: [w.api],
      start: '2026-04-02T09:59:00Z',
      end: '2026-04-02T10:30:00Z',
    });
    const cal = await calendar();
    expect(kinds(cal, a.id).sort()).toEqual([
      'dependent-node-overlap:conflict',
      'same-node-overlap:conflict',
    ]);
    expect(cal.conflicts.find((x) => x.releaseId === b.id)!.message).toMatch(/Orders DB ↔ Booking API/);
    expect(kinds(cal, c.id)).toEqual([]);
    expect(kinds(cal, d.id)).toContain('same-node-overlap:conflict');
  });

  it('flags a release outside every maintenance window of a service that has one (weekly windows repeat)', async () => {
    await t.call('calendar.saveMaintenance', {
      nodeId: w.web,
      name: 'Tuesday night',
      start: '2026-03-03T22:00:00Z',
      end: '2026-03-04T02:00:00Z',
      recurrence: 'weekly',
    });
    const inside = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-04-07T22:00:00Z',
      end: '2026-04-08T02:00:00Z',
    });
    const outside = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-04-08T08:00:00Z',
      end: '2026-04-08T09:00:00Z',
    });
    const cal = await calendar();
    expect(kinds(cal, inside.id)).toEqual([]);
    expect(cal.conflicts.find((x) => x.releaseId === outside.id)!.message).toMatch(
      /maintenance window of Website/,
    );
    expect(cal.occurrences.filter((o) => o.nodeId === w.web).length).toBeGreaterThanOrEqual(8);
  });

  it('an emergency override needs an emergency change and a justification, and is audited', async () => {
    const r = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-04-01T10:30:00Z',
      end: '2026-04-01T11:00:00Z',
    });
    await expect(
      t.call('releases.override', { releaseId: r.id, justification: 'Card data leak' }),
    ).rejects.toThrow(/emergency/);
    await saveRelease(t, {
      id: r.id,
      nodeIds: [w.api],
      start: '2026-04-01T10:30:00Z',
      end: '2026-04-01T11:00:00Z',
      changeType: 'emergency',
    });
    await expect(t.call('releases.override', { releaseId: r.id, justification: '  ' })).rejects.toThrow(
      /empty/,
    );
    await t.call('releases.override', { releaseId: r.id, justification: 'Card data leak, CVE-2026-1234' });
    expect(kinds(await calendar(), r.id)).toEqual(['freeze:overridden']);
    const audit = await t.call<AuditPage>('audit.list', {});
    expect(audit.entries.find((e) => e.action === 'release.override')).toMatchObject({
      actorName: 'Olga Owner',
      after: { justification: 'Card data leak, CVE-2026-1234' },
    });
  });
});

describe('risk and approvals', () => {
  let pay: string;
  beforeEach(async () => {
    pay = (
      await t.call<{ id: string }>('nodes.save', { kind: 'application', name: 'Payments', tierId: 'tier-0' })
    ).id;
  });

  it('scores a small standard change low and a large emergency change on Tier 0 without rollback high', async () => {
    const low = await saveRelease(t, {
      nodeIds: [w.web],
      changeType: 'standard',
      changeSize: 1,
      rollbackRunbookId: w.runbookId,
      start: '2026-03-20T08:00:00Z',
      end: '2026-03-20T09:00:00Z',
    });
    const high = await saveRelease(t, {
      nodeIds: [w.api, pay],
      changeType: 'emergency',
      changeSize: 5,
      start: '2026-03-21T08:00:00Z',
      end: '2026-03-21T09:00:00Z',
    });
    const gl = await gate(low.id);
    const gh = await gate(high.id);
    expect(gl.risk.level).toBe('low');
    expect(gh.risk.level).toBe('high');
    expect(gh.risk.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(gh.risk.score, 6);
    expect(gh.risk.approvals.description).toMatch(/two distinct approvers/);
  });

  it('editable weights change the score; zero weights everywhere are refused', async () => {
    const r = await saveRelease(t, {
      nodeIds: [w.web],
      changeSize: 5,
      start: '2026-03-20T08:00:00Z',
      end: '2026-03-20T09:00:00Z',
    });
    const before = (await gate(r.id)).risk.score;
    const v = await t.call<RiskWeightsView>('risk.setWeights', { weights: { changeSize: 3 } });
    expect(v.weights.changeSize).toBe(3);
    expect((await gate(r.id)).risk.score).toBeGreaterThan(before);
    const zero = Object.fromEntries(Object.keys(v.defaults).map((k) => [k, 0]));
    await expect(t.call('risk.setWeights', { weights: zero })).rejects.toThrow(/above zero/);
  });

  it('segregates approvals: never the owner, never twice, two distinct approvers for high risk', async () => {
    const r = await saveRelease(t, {
      nodeIds: [w.api, pay],
      changeType: 'emergency',
      changeSize: 5,
      start: '2026-03-21T08:00:00Z',
      end: '2026-03-21T09:00:00Z',
    });
    await expect(t.call('releases.approve', { releaseId: r.id })).rejects.toThrow(/owner cannot approve/);
    await as(t, 'Ann Approver');
    let v = await t.call<ReleaseView>('releases.approve', { releaseId: r.id });
    expect(v.status).toBe('planned');
    await expect(t.call('releases.approve', { releaseId: r.id })).rejects.toThrow(/already approved/);
    expect(check(await gate(r.id), 'approvals').reason).toMatch(/1 more approval/);
    await as(t, 'Bo Second');
    v = await t.call<ReleaseView>('releases.approve', { releaseId: r.id });
    expect(v.status).toBe('approved');
    expect(check(await gate(r.id), 'approvals').status).toBe('pass');
    // Moving the window withdraws the approvals: they were given for another change.
    await as(t, 'Olga Owner');
    v = await saveRelease(t, {
      id: r.id,
      nodeIds: [w.api, pay],
      changeType: 'emergency',
      changeSize: 5,
      start: '2026-03-22T08:00:00Z',
      end: '2026-03-22T09:00:00Z',
    });
    expect(v).toMatchObject({ status: 'planned', approvals: [] });
  });
});

describe('the gate', () => {
  async function goRelease() {
    await t.call('slos.addMeasurement', {
      sloId: w.sloId,
      measurement: { start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', good: 9990, total: 10000 },
    });
    const r = await saveRelease(t, {
      nodeIds: [w.api],
      rollbackRunbookId: w.runbookId,
      start: '2026-03-10T08:00:00Z',
      end: '2026-03-10T09:00:00Z',
    });
    await as(t, 'Ann Approver');
    await t.call('releases.approve', { releaseId: r.id });
    await as(t, 'Olga Owner');
    return r;
  }

  it('passes every check and says go', async () => {
    const r = await goRelease();
    const g = await gate(r.id);
    expect(g.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'approvals:pass',
      'risk:pass',
      'conflicts:pass',
      'rollback-runbook:pass',
      'dr-test:pass',
      'critical-findings:pass',
      'error-budget:pass',
      'rto-inversions:pass',
      'canary:not-applicable',
      'release-review:pass',
      'bia-review:pass',
      'premortem:not-applicable',
    ]);
    expect(g.go).toBe(true);
  });

  it('fails each check with its reason', async () => {
    const r = await goRelease();
    await t.call('findings.save', {
      testId: w.testId,
      title: 'Backup key not in vault',
      severity: 'critical',
      owner: 'Security',
    });
    await t.call('slos.addMeasurement', {
      sloId: w.sloId,
      measurement: { start: '2026-02-20T00:00:00Z', end: '2026-02-21T00:00:00Z', good: 9000, total: 10000 },
    });
    await t.call('calendar.saveFreeze', {
      name: 'All stop',
      start: '2026-03-10T00:00:00Z',
      end: '2026-03-11T00:00:00Z',
      scope: { kind: 'nodes', ids: [w.api] },
    });
    // A consumer with a tighter RTO than the service it needs: an RTO inversion on a touched service.
    // Booking API's passed drill proved about a minute, so only a zero RTO is tighter.
    const fast = await t.call<{ id: string }>('nodes.save', {
      kind: 'application',
      name: 'Checkout',
      rtoMinutes: 0,
      tierId: 'tier-0',
    });
    await t.call('edges.save', { consumerId: fast.id, providerId: w.api });
    await t.call('canary.import', {
      releaseId: r.id,
      name: 'Canary 1',
      csv: canaryCsv(100, 180),
      metrics: [{ name: 'latency_ms', tolerance: 0.1, critical: true }],
    });
    const g = await gate(r.id);
    expect(g.go).toBe(false);
    expect(check(g, 'critical-findings').reason).toMatch(/Backup key not in vault/);
    expect(check(g, 'error-budget').reason).toMatch(/below the policy/);
    expect(check(g, 'conflicts').reason).toMatch(/All stop/);
    expect(check(g, 'rto-inversions').reason).toMatch(
      /Booking API recovers slower than its consumer Checkout/,
    );
    expect(check(g, 'canary').status).toBe('fail');
    const unlinked = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-03-12T08:00:00Z',
      end: '2026-03-12T09:00:00Z',
    });
    expect(check(await gate(unlinked.id), 'rollback-runbook').reason).toBe('No rollback runbook is linked.');
  });

  it('fails the DR-test check when the last test is older than the tier allows', async () => {
    const r = await goRelease();
    t.session.clock.now = () => new Date('2027-03-01T00:00:00Z');
    expect(check(await gate(r.id), 'dr-test').reason).toMatch(/older than Tier 1's/);
  });

  it('counts only a passed DR test: a failed one proves no recovery', async () => {
    const ledger = (
      await t.call<NodeView>('nodes.save', {
        kind: 'datastore',
        name: 'Ledger',
        tierId: 'tier-1',
        rtoMinutes: 240,
        rpoMinutes: 5,
      })
    ).id;
    const test = await t.call<DrTestDetail>('drtests.save', {
      name: 'Ledger restore',
      type: 'tabletop',
      scopeNodeIds: [ledger],
    });
    for (const event of [{ type: 'started' }, { type: 'ended' }])
      await t.call('drtests.record', { testId: test.plan.id, event });
    const done = await t.call<DrTestDetail>('drtests.complete', {
      testId: test.plan.id,
      dataLoss: [{ nodeId: ledger, minutes: 60 }],
    });
    expect(done.plan.verdict).toBe('fail');
    const r = await saveRelease(t, {
      nodeIds: [ledger],
      start: '2026-03-12T08:00:00Z',
      end: '2026-03-12T09:00:00Z',
    });
    expect(check(await gate(r.id), 'dr-test')).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/Ledger has never passed a DR test/),
    });
  });

  it('takes a waiver from someone other than the owner, with a justification', async () => {
    const r = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-03-12T08:00:00Z',
      end: '2026-03-12T09:00:00Z',
    });
    await expect(
      t.call('gate.waive', { releaseId: r.id, checkId: 'rollback-runbook', justification: 'Stateless' }),
    ).rejects.toThrow(/owner cannot waive/);
    await as(t, 'Ann Approver');
    await expect(
      t.call('gate.waive', { releaseId: r.id, checkId: 'approvals', justification: 'x' }),
    ).rejects.toThrow(/cannot be waived/);
    await t.call('gate.waive', {
      releaseId: r.id,
      checkId: 'rollback-runbook',
      justification: 'Stateless static site; redeploy is the rollback',
    });
    const c = check(await gate(r.id), 'rollback-runbook');
    expect(c.status).toBe('waived');
    expect(c.reason).toMatch(/Waived by Ann Approver: Stateless static site/);
  });
});

describe('SLOs and canary imports', () => {
  it('imports measurements in one transaction and reports every bad cell by row and column', async () => {
    const bad =
      'period_start,period_end,good,total\n2026-02-27T00:00:00Z,2026-02-28T00:00:00Z,10,5\n2026-03-02,2026-03-03T00:00:00Z,x,10\n';
    await expect(t.call('slos.importCsv', { sloId: w.sloId, csv: bad })).rejects.toThrow(
      /Row 2, column C \(good\): 10 good events exceed the 5 total\. Row 3, column A \(period_start\): .*no UTC offset.* Row 3, column C \(good\): "x" is not a number/,
    );
    expect((await t.call<SloView[]>('slos.list'))[0]!.measurementCount).toBe(0);
    const ok =
      'period_start;period_end;good;total\n2026-02-27T00:00:00Z;2026-02-28T00:00:00Z;990;1000\n2026-02-28T00:00:00Z;2026-03-01T00:00:00Z;1000;1000\n';
    expect(await t.call('slos.importCsv', { sloId: w.sloId, csv: ok })).toEqual({ imported: 2 });
    const slo = (await t.call<SloView[]>('slos.list'))[0]!;
    expect(slo.budget).toMatchObject({ totalEvents: 2000, badEvents: 10, meetsPolicy: true });
    expect(slo.budget.budget).toBeCloseTo(20, 9);
    expect(slo.budget.remaining).toBeCloseTo(10, 9);
    expect(slo.burn.long.burnRate).toBeCloseTo(0.5, 6);
  });

  it('rejects a canary CSV with bad groups or values, naming rows', async () => {
    const r = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-03-10T08:00:00Z',
      end: '2026-03-10T09:00:00Z',
    });
    await expect(
      t.call('canary.import', {
        releaseId: r.id,
        name: 'c',
        csv: 'metric,group,value\nlat,control,1\nlat,canary,abc\n',
      }),
    ).rejects.toThrow(
      /Row 2, column B \(group\): "control" must be baseline or canary\. Row 3, column C \(value\)/,
    );
  });
});

/**
 * A release on the Website deployed on 2026-02-<day>, 08:00–08:30. Unapproved, with no rollback
 * runbook, the gate reads NO-GO, so it starts only as a declared emergency.
 */
async function deployedOn(day: string, committed: boolean) {
  const r = await saveRelease(t, {
    nodeIds: [w.web],
    start: `2026-02-${day}T08:00:00Z`,
    end: `2026-02-${day}T09:00:00Z`,
    ...(committed ? { committedAt: `2026-02-${day}T06:00:00Z` } : {}),
  });
  await t.call('releases.transition', {
    releaseId: r.id,
    status: 'in-progress',
    at: `2026-02-${day}T08:00:00Z`,
    emergency: { justification: 'Hotfix for a live defect' },
  });
  await t.call('releases.transition', {
    releaseId: r.id,
    status: 'deployed',
    at: `2026-02-${day}T08:30:00Z`,
  });
  return r;
}

describe('delivery metrics', () => {
  it('shows no rate with zero deployments, then failed ÷ deployed with both numbers', async () => {
    const empty = await t.call<DeliveryView>('delivery.metrics', {});
    expect(empty.changeFailureRate).toMatchObject({ failed: 0, deployed: 0, rate: null });
    expect(empty.changeFailureRate.reason).toMatch(/no/i);
    const mk = (day: string) => deployedOn(day, true);
    await mk('10');
    const bad = await mk('11');
    await t.call('releases.transition', { releaseId: bad.id, status: 'failed', at: '2026-02-11T09:00:00Z' });
    await t.call('releases.transition', {
      releaseId: bad.id,
      status: 'rolled-back',
      at: '2026-02-11T09:40:00Z',
    });
    await expect(t.call('releases.transition', { releaseId: bad.id, status: 'deployed' })).rejects.toThrow(
      /cannot become deployed/,
    );
    const m = await t.call<DeliveryView>('delivery.metrics', {
      from: '2026-02-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
    });
    expect(m.deployments.count).toBe(2);
    expect(m.changeFailureRate).toMatchObject({ failed: 1, deployed: 2, rate: 0.5 });
    expect(m.timeToRestore).toMatchObject({ count: 1, medianMinutes: 40 });
    expect(m.leadTime.medianMinutes).toBe(150);
    expect(m.monthly.map((x) => x.month)).toEqual(['2026-02']);
  });

  // Issue 13 item 13. Worked example: one release failed at 09:00 and was rolled back at 09:40 (40 min);
  // another was rolled back at 10:00 with no failure ever recorded. Before, the rollback stamped its own
  // instant as the failure time, so TTR counted 0 min and the median fell to 20 min. Now it is a failed
  // change (2 of 3) that TTR cannot measure: 1 of 2 measured, median 40 min.
  it('a rollback with no recorded failure is a failed change but not a time to restore of 0 min', async () => {
    const mk = (day: string) => deployedOn(day, false);
    await mk('10');
    const failed = await mk('11');
    await t.call('releases.transition', {
      releaseId: failed.id,
      status: 'failed',
      at: '2026-02-11T09:00:00Z',
    });
    await t.call('releases.transition', {
      releaseId: failed.id,
      status: 'rolled-back',
      at: '2026-02-11T09:40:00Z',
    });
    const quiet = await mk('12');
    const back = await t.call<ReleaseView>('releases.transition', {
      releaseId: quiet.id,
      status: 'rolled-back',
      at: '2026-02-12T10:00:00Z',
    });
    expect(back).toMatchObject({ failureDetectedAt: null, restoredAt: '2026-02-12T10:00:00.000Z' });
    const m = await t.call<DeliveryView>('delivery.metrics', {
      from: '2026-02-01T00:00:00Z',
      to: '2026-03-01T00:00:00Z',
    });
    expect(m.changeFailureRate).toMatchObject({ failed: 2, deployed: 3 });
    expect(m.timeToRestore).toMatchObject({ count: 1, of: 2, medianMinutes: 40 });
  });
});

function canaryCsv(baseline: number, canary: number): string {
  const rows = ['metric,group,value'];
  for (let i = 0; i < 12; i++) {
    rows.push(`latency_ms,baseline,${baseline + i}`);
    rows.push(`latency_ms,canary,${canary + i}`);
  }
  return rows.join('\n');
}
