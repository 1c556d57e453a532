// A passed DR test changes the dependency analysis: the provider's proven capability replaces its
// target RTO, so an RTO inversion it caused disappears.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DependencyMap, DrTestDetail, NodeView, RunbookDetail } from '../../shared/contract';
import { systemClock } from '../../electron/core/app/context';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path, systemClock);
  await t.as('Dana Drill', 'Exercise lead');
  await t.call('workspace.create', { name: 'Proven' });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('proven capability', () => {
  it('a passed test replaces the target RTO in the analysis and clears the inversion', async () => {
    const save = (name: string, rto: number) =>
      t.call<NodeView>('nodes.save', { kind: 'application', name, rtoMinutes: rto, rpoMinutes: 15 });
    const portal = await save('Portal', 30);
    const ledger = await save('Ledger', 240);
    await t.call('edges.save', { consumerId: portal.id, providerId: ledger.id, groupId: null });
    const before = (await t.call<DependencyMap>('graph.map')).analysis;
    const inversion = before.rtoInversions.find((i) => i.providers.some((p) => p.id === ledger.id));
    expect(inversion?.providers[0]).toMatchObject({ source: 'target', capabilityMinutes: 240 });

    const rb = await t.call<RunbookDetail>('runbooks.create', {
      name: 'Ledger restore',
      kind: 'recovery',
      targetNodeIds: [ledger.id],
    });
    const withStep = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: rb.summary.id,
      step: {
        title: 'Restore',
        minMinutes: 5,
        likelyMinutes: 10,
        maxMinutes: 20,
        restoresNodeIds: [ledger.id],
      },
    });
    const test = await t.call<DrTestDetail>('drtests.save', {
      name: 'Ledger drill',
      type: 'simulation',
      scopeNodeIds: [ledger.id],
      runbookVersionIds: [withStep.version.id],
    });
    const record = (event: Record<string, unknown>) =>
      t.call<DrTestDetail>('drtests.record', { testId: test.plan.id, event });
    const stepId = withStep.version.steps[0]!.id;
    await record({ type: 'started' });
    await record({ type: 'step-started', stepId });
    await record({ type: 'step-finished', stepId, outcome: 'ok' });
    await record({ type: 'ended' });
    const done = await t.call<DrTestDetail>('drtests.complete', {
      testId: test.plan.id,
      dataLoss: [{ nodeId: ledger.id, minutes: 0 }],
    });
    expect(done.plan.verdict).toBe('pass');

    const after = (await t.call<DependencyMap>('graph.map')).analysis;
    expect(after.rtoInversions.some((i) => i.providers.some((p) => p.id === ledger.id))).toBe(false);
    expect(before.recoveryTimes.find((r) => r.id === ledger.id)?.ownSource).not.toBe('proven');
    expect(after.recoveryTimes.find((r) => r.id === ledger.id)).toMatchObject({
      ownSource: 'proven',
      ownMinutes: 1,
      provenAt: done.plan.completedAt,
    });
    expect(after.recoveryTimes.find((r) => r.id === portal.id)?.meetsRto).toBe(true);
  });
});
