import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/core/app/workspace';
import type { AuditPage, NodeView, RunbookComparison, RunbookDetail } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let appId: string;
const as = (name: string) => t.as(name, 'Release lead');

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await as('Rita Author');
  await t.call('workspace.create', { name: 'Runbooks' });
  appId = (
    await t.call<NodeView>('nodes.save', { kind: 'application', name: 'Booking API', rtoMinutes: 120 })
  ).id;
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const step = (title: string, a: number, m: number, b: number, dependsOn: string[] = [], key?: string) => ({
  ...(key ? { key } : {}),
  title,
  minMinutes: a,
  likelyMinutes: m,
  maxMinutes: b,
  dependsOn,
});

describe('runbooks', () => {
  it('creates from a template, with timing against the RTO of its targets', async () => {
    const d = await t.call<RunbookDetail>('runbooks.create', {
      name: 'Booking blue-green',
      templateId: 'blue-green',
      targetNodeIds: [appId],
    });
    expect(d.summary).toMatchObject({
      kind: 'deployment',
      strategy: 'blue-green',
      latest: { version: 1, status: 'draft' },
    });
    expect(d.version.steps.length).toBeGreaterThanOrEqual(6);
    expect(d.issues).toEqual([]);
    expect(d.timing).toMatchObject({ rtoMinutes: 120, rtoFrom: 'Booking API' });
    const mc = d.timing!.monteCarlo;
    expect(mc.runs).toBe(10_000);
    expect(mc.p50).toBeLessThanOrEqual(mc.p90);
    expect(mc.pMeetRto).toBeGreaterThanOrEqual(0);
    expect(mc.pMeetRto).toBeLessThanOrEqual(1);
    // The last steps restore the targets, so DR tests can measure them.
    expect(d.version.steps.some((s) => s.restoresNodeIds.includes(appId))).toBe(true);
  });

  it('times a hand-built runbook: critical path and a reproducible Monte Carlo', async () => {
    let d = await t.call<RunbookDetail>('runbooks.create', {
      name: 'Failover',
      kind: 'failover',
      targetNodeIds: [appId],
    });
    d = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: d.summary.id,
      step: step('Declare', 5, 5, 5, [], 'a'),
    });
    d = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: d.summary.id,
      step: step('Promote DB', 20, 20, 20, ['a'], 'b'),
    });
    d = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: d.summary.id,
      step: step('Switch DNS', 10, 10, 10, ['a'], 'c'),
    });
    // Fixed durations: the critical path is a → b (5 + 20); c runs in parallel with b.
    expect(d.timing!.criticalPath).toMatchObject({ total: 25, path: ['a', 'b'] });
    expect(d.timing!.monteCarlo).toMatchObject({ p50: 25, p90: 25, pMeetRto: 1 });
    const again = await t.call<RunbookDetail>('runbooks.get', { runbookId: d.summary.id });
    expect(again.timing!.monteCarlo).toEqual(d.timing!.monteCarlo);
  });

  it('refuses a dependency cycle and bad estimates with reasons', async () => {
    const d = await t.call<RunbookDetail>('runbooks.create', { name: 'Cyclic' });
    const id = d.summary.id;
    await t.call('runbooks.saveStep', { runbookId: id, step: step('One', 1, 2, 3, [], 'x') });
    await t.call('runbooks.saveStep', { runbookId: id, step: step('Two', 1, 2, 3, ['x'], 'y') });
    await expect(
      t.call('runbooks.saveStep', { runbookId: id, step: step('One', 1, 2, 3, ['y'], 'x') }),
    ).rejects.toThrow(/INVALID_INPUT: Steps depend on each other in a circle: /);
    await expect(t.call('runbooks.saveStep', { runbookId: id, step: step('Bad', 9, 2, 3) })).rejects.toThrow(
      /estimates must satisfy min ≤ likely ≤ max/,
    );
  });

  it('refuses a dependency on a step that does not exist, and lists stored ones as problems', async () => {
    const d = await t.call<RunbookDetail>('runbooks.create', { name: 'Dangling' });
    const id = d.summary.id;
    await t.call('runbooks.saveStep', { runbookId: id, step: step('Declare', 5, 5, 5, [], 'a') });
    // Before issue 13 item 10 "zz" was stored and silently left out of the timing (total 5 + 10 = 15
    // either way, so nobody noticed).
    await expect(
      t.call('runbooks.saveStep', { runbookId: id, step: step('Promote', 10, 10, 10, ['a', 'zz'], 'b') }),
    ).rejects.toThrow(
      /INVALID_INPUT: Step "Promote" \(b\) depends on "zz", which is not a step of this runbook\./,
    );
    const after = await t.call<RunbookDetail>('runbooks.get', { runbookId: id });
    expect(after.version.steps.map((s) => s.key)).toEqual(['a']);

    // A file written before the check: the dangling key is listed as a problem and the timing withheld.
    await t.call('runbooks.saveStep', { runbookId: id, step: step('Promote', 10, 10, 10, ['a'], 'b') });
    const path = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
    const db = new Database(path);
    db.prepare(`UPDATE runbook_step SET depends_on = '["a","zz"]' WHERE key = 'b'`).run();
    db.close();
    t.session.replaceWorkspace(await Workspace.open(path, t.dataDir, new Date()));
    const stored = await t.call<RunbookDetail>('runbooks.get', { runbookId: id });
    expect(stored.timing).toBeNull();
    expect(stored.issues).toEqual([
      {
        code: 'unknown-dependency',
        stepIds: ['b', 'zz'],
        message: 'Step "Promote" (b) depends on "zz", which is not a step of this runbook.',
      },
    ]);
    // Editing another step is still allowed; fixing the step clears the problem.
    await t.call('runbooks.saveStep', { runbookId: id, step: step('Declare', 5, 6, 7, [], 'a') });
    await expect(t.call('runbooks.transition', { runbookId: id, to: 'in_review' })).rejects.toThrow(/"zz"/);
    const fixed = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: id,
      step: step('Promote', 10, 10, 10, ['a'], 'b'),
    });
    expect(fixed.issues).toEqual([]);
  });

  it('approves by someone other than the author, and editing then starts a new version', async () => {
    let d = await t.call<RunbookDetail>('runbooks.create', {
      name: 'Restore',
      templateId: 'restore-from-backup',
      targetNodeIds: [appId],
    });
    const id = d.summary.id;
    await t.call('runbooks.transition', { runbookId: id, to: 'in_review' });
    await expect(t.call('runbooks.transition', { runbookId: id, to: 'approved' })).rejects.toThrow(
      /FORBIDDEN: Segregation of duties: Rita Author wrote version 1 of this runbook, so someone else must approve it/,
    );
    await as('Ola Approver');
    d = await t.call<RunbookDetail>('runbooks.transition', { runbookId: id, to: 'approved' });
    expect(d.summary.approved).toMatchObject({ version: 1, approvedBy: 'Ola Approver' });
    const [signoff, entry] = (await t.call<AuditPage>('audit.list', { limit: 2 })).entries;
    expect(signoff).toMatchObject({ action: 'signoff.sign', after: { kind: 'runbook.approve', version: 1 } });
    expect(entry).toMatchObject({
      action: 'runbook.approve',
      actorName: 'Ola Approver',
      after: { version: 1, status: 'approved' },
    });

    // An edit after approval makes version 2 a draft; version 1 stays approved until v2 is.
    await as('Rita Author');
    const { id: _stepId, position: _position, ...first } = d.version.steps[0]!;
    d = await t.call<RunbookDetail>('runbooks.saveStep', {
      runbookId: id,
      step: { ...first, title: 'Confirm the incident and the restore point' },
    });
    expect(d.summary.latest).toMatchObject({ version: 2, status: 'draft' });
    expect(d.summary.approved).toMatchObject({ version: 1 });
    const cmp = await t.call<RunbookComparison>('runbooks.compare', {
      runbookId: id,
      leftVersionId: d.versions[1]!.id,
      rightVersionId: d.versions[0]!.id,
    });
    expect(cmp.changes.find((c) => c.key === first.key)).toMatchObject({
      change: 'changed',
      fields: ['title'],
    });
    expect(cmp.changes.filter((c) => c.change === 'same')).toHaveLength(d.version.steps.length - 1);

    await t.call('runbooks.transition', { runbookId: id, to: 'in_review' });
    await as('Ola Approver');
    d = await t.call<RunbookDetail>('runbooks.transition', { runbookId: id, to: 'approved' });
    expect(d.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'retired'],
    ]);
  });

  it('reorders and deletes steps, keeping the order of what depended on them', async () => {
    let d = await t.call<RunbookDetail>('runbooks.create', { name: 'Order' });
    const id = d.summary.id;
    await t.call('runbooks.saveStep', { runbookId: id, step: step('A', 1, 1, 1, [], 'a') });
    await t.call('runbooks.saveStep', { runbookId: id, step: step('B', 1, 1, 1, ['a'], 'b') });
    await t.call('runbooks.saveStep', { runbookId: id, step: step('C', 1, 1, 1, ['b'], 'c') });
    d = await t.call<RunbookDetail>('runbooks.moveStep', { runbookId: id, key: 'c', position: 0 });
    expect(d.version.steps.map((s) => s.key)).toEqual(['c', 'a', 'b']);
    d = await t.call<RunbookDetail>('runbooks.deleteStep', { runbookId: id, key: 'b' });
    expect(d.version.steps.find((s) => s.key === 'c')!.dependsOn).toEqual(['a']);
  });

  it('duplicates a runbook as a new draft', async () => {
    const d = await t.call<RunbookDetail>('runbooks.create', { name: 'Canary', templateId: 'canary' });
    const copy = await t.call<RunbookDetail>('runbooks.duplicate', {
      runbookId: d.summary.id,
      name: 'Canary (EU)',
    });
    expect(copy.summary).toMatchObject({ name: 'Canary (EU)', latest: { version: 1, status: 'draft' } });
    expect(copy.version.steps.map((s) => s.title)).toEqual(d.version.steps.map((s) => s.title));
  });
});
