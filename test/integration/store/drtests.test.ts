// The DR-test aggregate on a real SQLite file: a plan reads back after a reopen; a run's events keep
// the times they were recorded at; completion stores the verdict and proves the nodes that passed;
// findings sort by severity and audit only what changed.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrTestResult } from '../../../shared/domain/drtest';
import type { PlanFields } from '../../../electron/core/store/drtests/plans';
import { node } from '../../../electron/core/store/schema';
import { storeFixture, type StoreFixture } from '../../fixtures/store';
import { addNode } from '../../fixtures/store-nodes';

let f: StoreFixture;
let nodeId: string;
let versionId: string;
let stepIds: string[];

beforeEach(async () => {
  f = await storeFixture();
  nodeId = addNode(f.ws, 'Ledger');
  const w = f.w();
  const step = (title: string, dependsOn: string[]) => ({
    title,
    role: '',
    instructions: '',
    verification: '',
    rollbackPoint: false,
    minMinutes: 10,
    likelyMinutes: 20,
    maxMinutes: 40,
    dependsOn,
    restoresNodeIds: dependsOn.length ? [nodeId] : [],
  });
  const runbookId = f.ws.write(w, (s) =>
    s.runbooks.create(
      w,
      {
        name: 'Ledger restore',
        kind: 'recovery',
        strategy: 'restore',
        templateId: null,
        targetNodeIds: [nodeId],
        description: '',
      },
      [step('Restore database', []), step('Start service', ['s1'])],
    ),
  );
  versionId = f.ws.store.runbooks.latestVersion(runbookId).id;
  stepIds = f.ws.store.runbooks.steps(versionId).map((s) => s.id);
});
afterEach(() => f.cleanup());

const plan = (more: Partial<PlanFields> = {}): PlanFields => ({
  name: 'Ledger failover drill',
  type: 'simulation',
  scenario: 'Primary data centre lost',
  scopeNodeIds: [nodeId],
  runbookVersionIds: [versionId],
  objectives: 'Ledger back within its RTO',
  participants: 'DBA, app team',
  scheduledAt: '2026-11-20',
  ...more,
});

function savePlan(more: Partial<PlanFields> = {}, id?: string): string {
  const w = f.w();
  return f.ws.write(w, (s) => s.drtests.savePlan(w, id, plan(more)));
}

describe('store: drtests', () => {
  it('saves a plan that reads back after the file is reopened, and audits it as it always has', async () => {
    const w = f.w();
    const created = f.ws.store.drtests.savePlan(w, undefined, plan());
    expect(created.audit[0]).toMatchObject({
      action: 'drtest.create',
      // The id lists have always been recorded as JSON text.
      after: { scopeNodeIds: JSON.stringify([nodeId]), runbookVersionIds: JSON.stringify([versionId]) },
    });
    const id = created.value;
    const store = (await f.reopen()).store.drtests;
    expect(store.plan(id)).toEqual({
      id,
      ...plan(),
      status: 'planned',
      verdict: null,
      dataLoss: [],
      completedAt: null,
    });
    expect(store.list().map((p) => p.id)).toEqual([id]);

    const same = store.savePlan(f.w(), id, plan());
    expect(same.audit).toEqual([{ action: 'drtest.save', entity: 'drtest', entityId: id }]);
    const changed = store.savePlan(f.w(), id, plan({ scopeNodeIds: [], name: 'Renamed' }));
    expect(changed.audit).toEqual([
      {
        action: 'drtest.update',
        entity: 'drtest',
        entityId: id,
        before: { name: 'Ledger failover drill', scopeNodeIds: JSON.stringify([nodeId]) },
        after: { name: 'Renamed', scopeNodeIds: '[]' },
      },
    ]);
  });

  it('refuses unknown nodes and runbook versions, and edits once the run has started', () => {
    expect(() => savePlan({ scopeNodeIds: ['nope'] })).toThrow('Node nope is not in the workspace.');
    expect(() => savePlan({ runbookVersionIds: ['nope'] })).toThrow('That runbook version does not exist.');
    expect(() => savePlan({}, 'no-such-test')).toThrow('That DR test does not exist.');
    const id = savePlan();
    const w = f.w();
    f.ws.write(w, (s) => s.drtests.recordEvent(w, id, { type: 'started' }));
    expect(f.ws.store.drtests.plan(id).status).toBe('running');
    expect(() => savePlan({ name: 'Late edit' }, id)).toThrow(
      'Only a planned test can be edited; this one has started.',
    );
  });

  it("stores a run's events with the times they were recorded at, read back after a reopen", async () => {
    const id = savePlan();
    const record = (e: Parameters<typeof f.ws.store.drtests.recordEvent>[2]) => {
      const w = f.w();
      f.ws.write(w, (s) => s.drtests.recordEvent(w, id, e));
      return w.now.getTime();
    };
    const started = record({ type: 'started' });
    const a0 = record({ type: 'step-started', stepId: stepIds[0]! });
    const paused = record({ type: 'paused', reason: 'fire alarm' });
    const resumed = record({ type: 'resumed' });
    const a1 = record({ type: 'step-finished', stepId: stepIds[0]!, outcome: 'ok', notes: 'restored 02:00' });
    const b0 = record({ type: 'step-started', stepId: stepIds[1]! });
    const b1 = record({ type: 'step-finished', stepId: stepIds[1]!, outcome: 'failed' });
    const ended = record({ type: 'ended' });

    const events = (await f.reopen()).store.drtests.events(id);
    expect(events).toEqual([
      { type: 'started', at: started },
      { type: 'step-started', at: a0, stepId: stepIds[0] },
      { type: 'paused', at: paused, reason: 'fire alarm' },
      { type: 'resumed', at: resumed },
      { type: 'step-finished', at: a1, stepId: stepIds[0], outcome: 'ok', notes: 'restored 02:00' },
      { type: 'step-started', at: b0, stepId: stepIds[1] },
      { type: 'step-finished', at: b1, stepId: stepIds[1], outcome: 'failed' },
      { type: 'ended', at: ended },
    ]);
    // One minute apart on the fixture's clock: the stored times are the recorded ones, to the ms.
    expect(a1 - a0).toBe(3 * 60_000);
  });

  it('completion stores the verdict and data loss, and proves the capability of a node that passed', async () => {
    const id = savePlan();
    f.ws.store.drtests.setDataLoss(id, [{ nodeId, minutes: 4 }]);
    const result: DrTestResult = {
      elapsedActiveMinutes: 42,
      pausedMinutes: 0,
      verdict: 'pass',
      timeline: [],
      nodes: [
        {
          nodeId,
          rtoMinutes: 60,
          rpoMinutes: 15,
          rtcMinutes: 41.5,
          stepIds,
          failedStepIds: [],
          verdict: 'pass',
          reasons: [],
        },
      ],
    };
    const w = f.w();
    let audit: unknown[] = [];
    f.ws.write(w, (s) => {
      const done = s.drtests.complete(w, id, result);
      audit = done.audit;
      return done;
    });
    const at = w.now.toISOString();
    expect(audit).toEqual([
      {
        action: 'drtest.complete',
        entity: 'drtest',
        entityId: id,
        after: { verdict: 'pass', nodes: [{ nodeId, rtcMinutes: 41.5, verdict: 'pass' }] },
      },
      {
        action: 'node.proven',
        entity: 'node',
        entityId: nodeId,
        after: { provenMinutes: 42, provenAt: at, testId: id, before: { m: null, at: null } },
      },
    ]);
    const ws = await f.reopen();
    expect(ws.store.drtests.plan(id)).toMatchObject({
      status: 'completed',
      verdict: 'pass',
      completedAt: at,
      dataLoss: [{ nodeId, minutes: 4 }],
    });
    expect(ws.store.drtests.lastPassByNode()).toEqual(new Map([[nodeId, w.now.getTime()]]));
    // The node keeps the whole minutes, which the graph analysis uses from now on.
    expect(ws.orm.select().from(node).where(eq(node.id, nodeId)).get()).toMatchObject({
      provenMinutes: 42,
      provenAt: at,
    });
  });

  it('findings: the most severe first, filtered by test and status; updates audit only what changed', async () => {
    const testId = savePlan();
    const save = (
      title: string,
      severity: 'low' | 'critical',
      more: { status?: 'closed'; testId?: string | null } = {},
    ) => {
      const w = f.w();
      return f.ws.write(w, (s) =>
        s.drtests.saveFinding(w, undefined, {
          testId: more.testId === undefined ? testId : more.testId,
          stepId: stepIds[0]!,
          title,
          description: '',
          severity,
          owner: 'Dana',
          dueDate: null,
          status: more.status ?? 'open',
        }),
      );
    };
    const low = save('Runbook typo', 'low');
    const critical = save('Backups unreadable', 'critical');
    const closed = save('Old issue', 'low', { status: 'closed', testId: null });
    const store = (await f.reopen()).store.drtests;
    expect(store.findings().map((x) => x.id)).toEqual([critical, low, closed]);
    expect(store.findings({ testId }).map((x) => x.id)).toEqual([critical, low]);
    expect(store.findings({ openOnly: true }).map((x) => x.id)).toEqual([critical, low]);

    const { id, createdAt: _c, updatedAt: _u, ...fields } = store.finding(low)!;
    const r = store.saveFinding(f.w(), id, { ...fields, status: 'closed' });
    expect(r.audit).toEqual([
      {
        action: 'finding.update',
        entity: 'finding',
        entityId: id,
        before: { status: 'open' },
        after: { status: 'closed' },
      },
    ]);
    expect(store.saveFinding(f.w(), id, { ...fields, status: 'closed' }).audit).toEqual([]);
    expect(() => store.saveFinding(f.w(), undefined, { ...fields, stepId: 'no-such-step' })).toThrow(
      'A finding "Runbook typo" refers to something that does not exist.',
    );
  });
});
