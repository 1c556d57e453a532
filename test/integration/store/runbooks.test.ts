// The runbooks aggregate on a real SQLite file: a runbook, its version and steps read back after a
// reopen; the version rules (approval freezes a version, an edit after approval starts a new draft,
// the author cannot approve); step edits keep a valid runbook and audit what changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteContext } from '../../../electron/core/store';
import type { StepFields } from '../../../electron/core/store/runbooks';
import { storeFixture, type StoreFixture } from '../../fixtures/store';
import { addNode } from '../../fixtures/store-nodes';

let f: StoreFixture;
let nodeId: string;
beforeEach(async () => {
  f = await storeFixture();
  nodeId = addNode(f.ws, 'Ledger');
});
afterEach(() => f.cleanup());

const step = (title: string, dependsOn: string[] = [], more: Partial<StepFields> = {}): StepFields => ({
  title,
  role: 'DBA',
  instructions: 'Run `pg_ctl promote` on DB_HOST.',
  verification: 'Writes succeed.',
  rollbackPoint: false,
  minMinutes: 5,
  likelyMinutes: 10,
  maxMinutes: 20,
  dependsOn,
  restoresNodeIds: [],
  ...more,
});

/** Someone other than the fixture's author, a minute after the last write. */
const approver = (): WriteContext => ({ ...f.w(), actor: { name: 'Ola Approver', role: 'Risk' } });

function createRestore(): string {
  const w = f.w();
  return f.ws.write(w, (s) =>
    s.runbooks.create(
      w,
      {
        name: 'Ledger restore',
        kind: 'recovery',
        strategy: 'restore',
        templateId: null,
        targetNodeIds: [nodeId],
        description: 'From the nightly backup.',
      },
      [
        { key: 'a', ...step('Restore database', [], { rollbackPoint: true }) },
        { key: 'b', ...step('Start service', ['a'], { restoresNodeIds: [nodeId] }) },
      ],
    ),
  );
}

describe('store: runbooks', () => {
  it('creates a runbook whose version and steps read back after the file is reopened', async () => {
    const id = createRestore();
    const store = (await f.reopen()).store.runbooks;
    expect(store.liveIds()).toEqual([id]);
    const summary = store.summary(id);
    expect(summary).toMatchObject({
      name: 'Ledger restore',
      kind: 'recovery',
      strategy: 'restore',
      templateId: null,
      latest: { version: 1, status: 'draft' },
      approved: null,
      targetNodeIds: [nodeId],
      stepCount: 2,
    });
    const v = store.versionView(summary.latest.id);
    expect(v).toMatchObject({ description: 'From the nightly backup.', authorName: 'Ana Souza' });
    expect(v.steps.map(({ id: _id, ...s }) => s)).toEqual([
      { key: 'a', position: 0, ...step('Restore database', [], { rollbackPoint: true }) },
      { key: 'b', position: 1, ...step('Start service', ['a'], { restoresNodeIds: [nodeId] }) },
    ]);
    expect(store.nodeNames().get(nodeId)).toBe('Ledger');
  });

  // Segregation of duties compares keys over the audit chain: the runbooks domain's check (trust.test.ts).
  it('approval: approving freezes the version; an edit starts version 2', async () => {
    const id = createRestore();
    const w = f.w();
    expect(() => f.ws.store.runbooks.transition(w, id, 'approved')).toThrow(
      'Version 1 is draft; it cannot move to approved.',
    );
    f.ws.write(w, (s) => s.runbooks.transition(w, id, 'in_review'));
    const ola = approver();
    const approved = f.ws.store.runbooks.transition(ola, id, 'approved');
    expect(approved.audit).toEqual([
      {
        action: 'runbook.approve',
        entity: 'runbook',
        entityId: id,
        before: { version: 1, status: 'in_review' },
        after: {
          version: 1,
          status: 'approved',
          approvedBy: 'Ola Approver',
          approvedAt: ola.now.toISOString(),
        },
      },
    ]);

    // An approved version is never edited: opening it for an edit copies it into a new draft.
    const edit = f.w();
    const v2 = f.ws.store.runbooks.openForEdit(edit, id);
    expect(v2.audit).toEqual([
      { action: 'runbook.newVersion', entity: 'runbook', entityId: id, after: { version: 2, from: 1 } },
    ]);
    f.ws.store.runbooks.saveStep(id, v2.value, { key: 'a', ...step('Restore from the replica') });

    const store = (await f.reopen()).store.runbooks;
    const summary = store.summary(id);
    expect(summary.latest).toMatchObject({ version: 2, status: 'draft' });
    expect(summary.approved).toMatchObject({ version: 1, approvedBy: 'Ola Approver' });
    const [latest, first] = store.versions(id);
    expect(store.steps(first!.id).map((s) => s.title)).toEqual(['Restore database', 'Start service']);
    expect(store.steps(latest!.id).map((s) => [s.key, s.title])).toEqual([
      ['a', 'Restore from the replica'],
      ['b', 'Start service'],
    ]);
    // Approving version 2 retires version 1: one approved version at a time.
    const submit = f.w();
    f.ws.write(submit, (s) => s.runbooks.transition(submit, id, 'in_review'));
    const ok = approver();
    f.ws.write(ok, (s) => s.runbooks.transition(ok, id, 'approved'));
    expect(f.ws.store.runbooks.versions(id).map((v) => [v.version, v.status])).toEqual([
      [2, 'approved'],
      [1, 'retired'],
    ]);
  });

  it('a version in review goes back to draft when edited; an empty one cannot be submitted', () => {
    const w = f.w();
    const empty = f.ws.write(w, (s) =>
      s.runbooks.create(
        w,
        {
          name: 'Empty',
          kind: 'failover',
          strategy: 'other',
          templateId: null,
          targetNodeIds: [],
          description: '',
        },
        [],
      ),
    );
    expect(() => f.ws.store.runbooks.transition(f.w(), empty, 'in_review')).toThrow(
      'A runbook needs at least one step before review.',
    );
    const id = createRestore();
    const submit = f.w();
    f.ws.write(submit, (s) => s.runbooks.transition(submit, id, 'in_review'));
    const reopen = f.ws.store.runbooks.openForEdit(f.w(), id);
    expect(reopen.audit[0]).toMatchObject({
      action: 'runbook.reopen',
      before: { status: 'in_review' },
      after: { status: 'draft', version: 1, reason: 'edited by Ana Souza' },
    });
    expect(f.ws.store.runbooks.latestVersion(id)).toMatchObject({ id: reopen.value, status: 'draft' });
  });

  it('step edits keep a valid runbook: a cycle is refused, a delete rewires, a move renumbers', () => {
    const id = createRestore();
    const versionId = f.ws.store.runbooks.latestVersion(id).id;
    const rb = f.ws.store.runbooks;
    expect(() => rb.saveStep(id, versionId, { key: 'a', ...step('Restore database', ['b']) })).toThrow(
      /Steps depend on each other in a circle/,
    );
    expect(() => rb.saveStep(id, versionId, { ...step('Ghost', [], { restoresNodeIds: ['nope'] }) })).toThrow(
      'Node nope does not exist (or was retired).',
    );
    const added = rb.saveStep(id, versionId, step('Smoke test', ['b']));
    expect(added.audit[0]).toMatchObject({
      action: 'runbook.step.add',
      after: { key: 's3', title: 'Smoke test' },
    });
    expect(rb.moveStep(id, versionId, 's3', 0).audit[0]).toMatchObject({
      action: 'runbook.step.move',
      before: { key: 's3', position: 2 },
      after: { key: 's3', position: 0 },
    });
    expect(rb.moveStep(id, versionId, 's3', 0).audit).toEqual([]);
    rb.deleteStep(id, versionId, 'b');
    // s3 waited for b, which waited for a: s3 now waits for a.
    expect(rb.steps(versionId).map((s) => [s.key, s.position, s.dependsOn])).toEqual([
      ['s3', 0, ['a']],
      ['a', 1, []],
    ]);
    expect(() => rb.deleteStep(id, versionId, 'b')).toThrow('That step is not in this runbook.');
  });

  it('an update audits only what changed, on the runbook and on its version', () => {
    const id = createRestore();
    const w = f.w();
    const versionId = f.ws.store.runbooks.latestVersion(id).id;
    const other = addNode(f.ws, 'Replica');
    const r = f.ws.store.runbooks.update(w, id, versionId, {
      name: 'Ledger restore',
      kind: 'failover',
      description: 'From the nightly backup.',
      targetNodeIds: [nodeId, other],
    });
    expect(r.audit).toEqual([
      {
        action: 'runbook.update',
        entity: 'runbook',
        entityId: id,
        before: { kind: 'recovery', targetNodeIds: [nodeId] },
        // The new target is marked on the step where the runbook ends (issue 13 item 4).
        after: { kind: 'failover', targetNodeIds: [nodeId, other], markedRestoring: { b: [other] } },
      },
    ]);
    expect(f.ws.store.runbooks.update(w, id, versionId, { kind: 'failover' }).audit).toEqual([]);
    expect(() => f.ws.store.runbooks.update(w, id, versionId, { targetNodeIds: ['gone'] })).toThrow(
      'Node gone does not exist (or was retired).',
    );
    expect(() => f.ws.store.runbooks.summary('no-such-runbook')).toThrow('That runbook does not exist.');
  });
});
