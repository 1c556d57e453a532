import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditPage,
  DependencyMap,
  DrTestDetail,
  FindingView,
  NodeView,
  OverdueNode,
  RunbookDetail,
} from '../../shared/contract';
import type { RunEvent } from '../../shared/domain/drtest';
import { systemClock } from '../../electron/core/app/context';
import { openPath } from '../../electron/core/domains/workspace/open';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let appId: string;
let runbook: RunbookDetail;
let test: DrTestDetail;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path, systemClock);
  await t.as('Dana Drill', 'Exercise lead');
  await t.call('workspace.create', { name: 'DR' });
  appId = (
    await t.call<NodeView>('nodes.save', {
      kind: 'application',
      name: 'Ledger',
      rtoMinutes: 60,
      rpoMinutes: 15,
      tierId: 'tier-0',
    })
  ).id;
  runbook = await t.call<RunbookDetail>('runbooks.create', {
    name: 'Ledger restore',
    kind: 'recovery',
    targetNodeIds: [appId],
  });
  const rid = runbook.summary.id;
  await t.call('runbooks.saveStep', {
    runbookId: rid,
    step: { key: 'a', title: 'Restore database', minMinutes: 10, likelyMinutes: 20, maxMinutes: 40 },
  });
  runbook = await t.call<RunbookDetail>('runbooks.saveStep', {
    runbookId: rid,
    step: {
      key: 'b',
      title: 'Start service',
      minMinutes: 5,
      likelyMinutes: 10,
      maxMinutes: 20,
      dependsOn: ['a'],
      restoresNodeIds: [appId],
    },
  });
  test = await t.call<DrTestDetail>('drtests.save', {
    name: 'Ledger failover drill',
    type: 'simulation',
    scopeNodeIds: [appId],
    runbookVersionIds: [runbook.version.id],
    scheduledAt: '2026-11-20',
  });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const stepId = (key: string) => runbook.version.steps.find((s) => s.key === key)!.id;
const record = (event: Record<string, unknown>) =>
  t.call<DrTestDetail>('drtests.record', { testId: test.plan.id, event });

describe('DR tests', () => {
  it('runs an exercise, measures RTC against the RTO, and a pass proves the capability', async () => {
    await record({ type: 'started' });
    await record({ type: 'step-started', stepId: stepId('a') });
    await record({ type: 'paused', reason: 'fire alarm' });
    await expect(record({ type: 'step-finished', stepId: stepId('b'), outcome: 'ok' })).rejects.toThrow(
      /That step is not running/,
    );
    await record({ type: 'resumed' });
    await record({ type: 'step-finished', stepId: stepId('a'), outcome: 'ok' });
    await record({ type: 'step-started', stepId: stepId('b') });
    await record({ type: 'step-finished', stepId: stepId('b'), outcome: 'ok', notes: 'Health checks green' });
    let d = await record({ type: 'ended' });
    expect(d.state.status).toBe('ended');
    d = await t.call<DrTestDetail>('drtests.complete', {
      testId: test.plan.id,
      dataLoss: [{ nodeId: appId, minutes: 5 }],
    });
    // The drill took milliseconds of real time: far inside the 60 min RTO and the 15 min RPO.
    expect(d.plan).toMatchObject({ status: 'completed', verdict: 'pass' });
    const node = d.result!.nodes[0]!;
    expect(node).toMatchObject({ nodeId: appId, verdict: 'pass', dataLossMinutes: 5, rtoMinutes: 60 });
    expect(node.gapMinutes!).toBeLessThan(0);
    expect(d.result!.timeline.map((r) => r.title)).toEqual(['Restore database', 'Start service']);
    const map = await t.call<DependencyMap>('graph.map');
    expect(map.nodes.find((n) => n.id === appId)).toMatchObject({
      provenMinutes: 1,
      provenAt: d.plan.completedAt,
    });
  });

  // Issue 13 item 12: a failed test's recovery time is evidence of the capability too. Before, the
  // analysis kept the estimates (provenMinutes null); now the measured time counts, while the node,
  // which did not pass, stays on the overdue list.
  it('fails a node whose data loss exceeds the RPO: its measured recovery time counts, but it proves no pass', async () => {
    await record({ type: 'started' });
    await record({ type: 'step-started', stepId: stepId('a') });
    await record({ type: 'step-finished', stepId: stepId('a'), outcome: 'ok' });
    await record({ type: 'step-started', stepId: stepId('b') });
    await record({ type: 'step-finished', stepId: stepId('b'), outcome: 'ok' });
    await record({ type: 'ended' });
    const d = await t.call<DrTestDetail>('drtests.complete', {
      testId: test.plan.id,
      dataLoss: [{ nodeId: appId, minutes: 45 }],
    });
    expect(d.plan.verdict).toBe('fail');
    expect(d.result!.nodes[0]!.reasons.join(' ')).toMatch(/45/);
    const map = await t.call<DependencyMap>('graph.map');
    expect(map.nodes.find((n) => n.id === appId)).toMatchObject({
      provenMinutes: 1,
      provenAt: d.plan.completedAt,
    });
    expect(map.analysis.recoveryTimes.find((r) => r.id === appId)).toMatchObject({
      ownSource: 'proven',
      achievableMinutes: 1,
    });
    const overdue = await t.call<OverdueNode[]>('drtests.overdue');
    expect(overdue.find((o) => o.nodeId === appId)).toMatchObject({ lastPassedAt: null });
  });

  // Issue 13 item 4: a runbook created without its target, a test that could never be scored, and
  // the way back: adding the target marks the step where the runbook ends, and Rescore (audited)
  // scores the recorded run again.
  it('a runbook fixed after the run is rescored: the target added later marks its restoring step', async () => {
    const rb = await t.call<RunbookDetail>('runbooks.create', { name: 'No target', kind: 'recovery' });
    const rid = rb.summary.id;
    await t.call('runbooks.saveStep', {
      runbookId: rid,
      step: { key: 'x', title: 'Restore volume', minMinutes: 5, likelyMinutes: 10, maxMinutes: 20 },
    });
    const blank = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: rid,
      step: {
        key: 'y',
        title: 'Bring up',
        minMinutes: 5,
        likelyMinutes: 10,
        maxMinutes: 20,
        dependsOn: ['x'],
      },
    });
    const drill = await t.call<DrTestDetail>('drtests.save', {
      name: 'Unscorable drill',
      type: 'walkthrough',
      scopeNodeIds: [appId],
      runbookVersionIds: [blank.version.id],
    });
    const rec = (event: Record<string, unknown>) =>
      t.call<DrTestDetail>('drtests.record', { testId: drill.plan.id, event });
    const ids = blank.version.steps.map((s) => s.id);
    await rec({ type: 'started' });
    for (const stepId of ids) {
      await rec({ type: 'step-started', stepId });
      await rec({ type: 'step-finished', stepId, outcome: 'ok' });
    }
    await rec({ type: 'ended' });
    const done = await t.call<DrTestDetail>('drtests.complete', {
      testId: drill.plan.id,
      dataLoss: [{ nodeId: appId, minutes: 0 }],
    });
    expect(done.plan.verdict).toBe('incomplete');
    expect(done.result!.nodes[0]!.reasons[0]).toMatch(/^No runbook step restores this node/);
    await expect(t.call('drtests.rescore', { testId: drill.plan.id })).rejects.toThrow(
      /CONFLICT: Rescoring changes nothing: the test is still incomplete\. Ledger: No runbook step restores this node/,
    );

    // Adding the target marks "Bring up" (nothing waits for it) as restoring it; step ids are kept.
    const fixed = await t.call<RunbookDetail>('runbooks.update', { runbookId: rid, targetNodeIds: [appId] });
    expect(fixed.version.steps.map((s) => [s.key, s.id, s.restoresNodeIds])).toEqual([
      ['x', ids[0], []],
      ['y', ids[1], [appId]],
    ]);
    const marked = (await t.call<AuditPage>('audit.list', { limit: 2 })).entries.find(
      (e) => e.action === 'runbook.update',
    );
    expect(marked?.after).toMatchObject({ targetNodeIds: [appId], markedRestoring: { y: [appId] } });

    const rescored = await t.call<DrTestDetail>('drtests.rescore', { testId: drill.plan.id });
    expect(rescored.plan).toMatchObject({ status: 'completed', verdict: 'pass' });
    expect(rescored.result!.nodes[0]).toMatchObject({ nodeId: appId, verdict: 'pass', stepIds: [ids[1]] });
    const trail = (await t.call<AuditPage>('audit.list', { limit: 2 })).entries.map((e) => e.action);
    expect(trail).toContain('drtest.rescore');
    const entry = (await t.call<AuditPage>('audit.list', { limit: 2 })).entries.find(
      (e) => e.action === 'drtest.rescore',
    );
    expect(entry).toMatchObject({ before: { verdict: 'incomplete' }, after: { verdict: 'pass' } });
    // The pass proves the node, dated by the test's completion.
    expect((await t.call<OverdueNode[]>('drtests.overdue')).some((o) => o.nodeId === appId)).toBe(false);
    await expect(t.call('drtests.rescore', { testId: test.plan.id })).rejects.toThrow(
      /Only a completed test can be rescored/,
    );
  });

  it('keeps every timestamp when the app dies mid-exercise, and resumes', async () => {
    const path = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
    // This very Node with tsx's loader, not `npx tsx`: SIGKILL must reach the process that holds the
    // file. Through npx it killed only the wrapper, and the orphaned exercise kept vitest from exiting.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/fixtures/dr-exercise-child.ts',
        dir.path,
        path,
        test.plan.id,
        stepId('a'),
        stepId('b'),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const printed: RunEvent[] = [];
    const lines = createInterface({ input: child.stdout });
    try {
      for await (const line of lines) {
        if (line === 'waiting') break;
        printed.push(JSON.parse(line) as RunEvent);
      }
    } finally {
      // Killed with no chance to clean up, as when the app dies.
      child.kill('SIGKILL');
      lines.close();
      child.stdout.destroy();
    }
    await new Promise((r) =>
      child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
    );
    expect(printed).toHaveLength(4);

    await openPath({ session: t.session }, path);
    let d = await t.call<DrTestDetail>('drtests.get', { testId: test.plan.id });
    expect(d.events).toEqual(printed);
    expect(d.state.status).toBe('running');
    expect(d.state.running.map((r) => r.stepId)).toEqual([stepId('b')]);
    await record({ type: 'step-finished', stepId: stepId('b'), outcome: 'ok' });
    d = await record({ type: 'ended' });
    expect(d.events.slice(0, 4)).toEqual(printed);
    expect(d.state.status).toBe('ended');
  }, 60_000);

  it('lists overdue nodes, and a passed test takes its node off the list', async () => {
    const overdue = await t.call<OverdueNode[]>('drtests.overdue');
    expect(overdue.find((o) => o.nodeId === appId)).toMatchObject({
      name: 'Ledger',
      tierName: 'Tier 0',
      lastPassedAt: null,
      daysOverdue: null,
    });
    for (const e of [
      { type: 'started' },
      { type: 'step-started', stepId: stepId('a') },
      { type: 'step-finished', stepId: stepId('a'), outcome: 'ok' },
      { type: 'step-started', stepId: stepId('b') },
      { type: 'step-finished', stepId: stepId('b'), outcome: 'ok' },
      { type: 'ended' },
    ]) {
      await record(e);
    }
    await t.call('drtests.complete', { testId: test.plan.id, dataLoss: [{ nodeId: appId, minutes: 1 }] });
    expect((await t.call<OverdueNode[]>('drtests.overdue')).some((o) => o.nodeId === appId)).toBe(false);
  });

  it('records findings and lists open critical ones first', async () => {
    await t.call('findings.save', {
      testId: test.plan.id,
      title: 'Runbook lacks DNS TTL step',
      severity: 'medium',
      owner: 'Ops',
    });
    await t.call('findings.save', {
      testId: test.plan.id,
      title: 'Backup key not in vault',
      severity: 'critical',
      owner: 'Security',
      dueDate: '2026-12-01',
    });
    const open = await t.call<FindingView[]>('findings.list', { openOnly: true });
    expect(open.map((f) => [f.severity, f.title])).toEqual([
      ['critical', 'Backup key not in vault'],
      ['medium', 'Runbook lacks DNS TTL step'],
    ]);
    await expect(t.call('findings.save', { title: 'x', severity: 'urgent' })).rejects.toThrow(/severity/);
  });
});
