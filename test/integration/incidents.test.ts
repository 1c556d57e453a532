// Incidents end to end through the router on real workspace files: the register and its refusals,
// crisis mode on the DR-test run engine surviving a killed process, the timeline filling itself,
// the communications log, DORA classification and report export, reviews and the gate rule.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuditPage,
  FindingView,
  GateView,
  IncidentDetail,
  IncidentListRow,
  ReviewListRow,
  ReviewView,
  RunbookDetail,
} from '../../shared/contract';
import type { RunEvent } from '../../shared/domain/drtest';
import { openPath } from '../../electron/core/domains/workspace/open';
import { as, releaseWorld, saveRelease, type ReleaseWorld } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';
import { systemClock } from '../../electron/core/app/context';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let w: ReleaseWorld;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path, systemClock);
  w = await releaseWorld(t);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const incident = (fields: Record<string, unknown> = {}) =>
  t.call<IncidentDetail>('incidents.save', {
    title: 'Booking API down',
    severity: 'sev1',
    startedAt: '2026-03-01T10:00:00Z',
    detectedAt: '2026-03-01T10:07:00Z',
    nodeIds: [w.api],
    ...fields,
  });

describe('the incident register', () => {
  it('refuses times out of order with the reason and changes nothing', async () => {
    const auditBefore = (await t.call<AuditPage>('audit.list', {})).entries.length;
    await expect(incident({ restoredAt: '2026-03-01T09:00:00Z' })).rejects.toThrow(
      'INVALID_INPUT: Restored (2026-03-01 09:00 UTC) before it started (2026-03-01 10:00 UTC).',
    );
    await expect(
      incident({ restoredAt: '2026-03-01T12:00:00Z', resolvedAt: '2026-03-01T11:00:00Z' }),
    ).rejects.toThrow('Resolved (2026-03-01 11:00 UTC) before it was restored (2026-03-01 12:00 UTC).');
    await expect(incident({ nodeIds: ['nope'] })).rejects.toThrow('Node nope is not in the workspace.');
    await expect(incident({ impact: { clientsAffected: -1 } })).rejects.toThrow(/must not be negative/);
    expect(await t.call<IncidentListRow[]>('incidents.list')).toEqual([]);
    expect((await t.call<AuditPage>('audit.list', {})).entries.length).toBe(auditBefore);
  });

  it('saves, edits only what changed, and measures time to restore from the start', async () => {
    const d = await incident({ restoredAt: '2026-03-01T11:30:00Z' });
    expect(d.incident).toMatchObject({ status: 'restored', major: true, timeToRestoreMinutes: 90 });
    expect(d.nodes.map((n) => n.name)).toEqual(['Booking API']);
    const again = await incident({
      id: d.incident.id,
      restoredAt: '2026-03-01T11:30:00Z',
      rootCause: 'software',
    });
    expect(again.incident.rootCause).toBe('software');
    const updates = (await t.call<AuditPage>('audit.list', {})).entries.filter(
      (e) => e.action === 'incident.update',
    );
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ before: { rootCause: 'unknown' }, after: { rootCause: 'software' } });
  });

  it('classifies under DORA, or lists the impact fields it still needs', async () => {
    const d = await incident({ impact: { clientsAffected: 150_000, clientsTotal: 1_000_000 } });
    const err = await t
      .call('incidents.classify', { incidentId: d.incident.id })
      .catch((e: Error) => e.message);
    expect(err).toMatch(
      /^INVALID_INPUT: The DORA classification needs these impact fields: critical or important functions affected \(Art\. 6\(a\)\);/,
    );
    expect(err).not.toMatch(/clients affected \(Art/);
    const full = await incident({
      id: d.incident.id,
      restoredAt: '2026-03-01T13:00:00Z',
      impact: {
        criticalFunctionsAffected: true,
        authorisedServicesAffected: true,
        maliciousAccess: false,
        clientsAffected: 150_000,
        clientsTotal: 1_000_000,
        counterpartsAffected: 0,
        counterpartsTotal: 10,
        transactionsAffected: 0,
        transactionsDailyAverage: 1000,
        valueAffectedEur: 0,
        valueDailyAverageEur: 1000,
        relevantClientsAffected: false,
        reputational: { media: false, complaints: false, regulatoryBreach: false, clientLoss: false },
        memberStates: ['DE'],
        dataLoss: {
          availability: false,
          authenticity: false,
          integrity: false,
          confidentiality: false,
          adverse: false,
        },
        costsAndLossesEur: 20_000,
      },
    });
    expect(full.dora.classification?.major).toBe(true);
    expect(full.dora.classification?.criteria.filter((c) => c.met).map((c) => c.article)).toEqual([
      'Art. 9(1)',
      'Art. 9(3)',
    ]);
    for (const format of ['csv', 'json'] as const)
      await t.call('incidents.exportDoraReport', { incidentId: d.incident.id, format });
    const csv = readFileSync(join(dir.path, 'DORA report Booking_API_down.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('report,field,value');
    expect(csv).toContain('initial,Major incident (Art. 8(1)),yes');
    expect(csv).toContain('intermediate,Service downtime in minutes (Art. 3(2)),180');
    const json = JSON.parse(readFileSync(join(dir.path, 'DORA report Booking_API_down.json'), 'utf8')) as {
      rows: { report: string }[];
    };
    expect(new Set(json.rows.map((r) => r.report))).toEqual(new Set(['initial', 'intermediate', 'final']));
  });

  it('drafts a message per stakeholder group from the incident and logs what was sent on the timeline', async () => {
    const d = await incident({ impact: { clientsAffected: 1200 } });
    const draft = await t.call<{ subject: string; body: string }>('incidents.draftMessage', {
      incidentId: d.incident.id,
      audience: 'executives',
    });
    expect(draft.subject).toBe('[SEV1] Booking API down: open');
    expect(draft.body).toContain('affects Booking API since 2026-03-01 10:00 UTC');
    expect(draft.body).toContain('1,200 clients');
    const logged = await t.call<IncidentDetail>('incidents.logMessage', {
      incidentId: d.incident.id,
      audience: 'executives',
      recipients: 'COO, CIO',
      ...draft,
    });
    expect(logged.messages).toHaveLength(1);
    expect(
      logged.timeline.some((e) => e.source === 'message' && e.text.startsWith('Told executives (COO, CIO)')),
    ).toBe(true);
  });
});

describe('crisis mode', () => {
  it('refuses a deployment runbook, and runs a rollback runbook that survives the process being killed', async () => {
    const d = await incident();
    const deploy = await t.call<RunbookDetail>('runbooks.create', {
      name: 'Deploy booking',
      kind: 'deployment',
    });
    await expect(
      t.call('incidents.openRunbook', { incidentId: d.incident.id, runbookId: deploy.summary.id }),
    ).rejects.toThrow(
      '"Deploy booking" is a deployment runbook: crisis mode runs a recovery, rollback or failover runbook.',
    );
    await expect(
      t.call('incidents.record', { incidentId: d.incident.id, event: { type: 'started' } }),
    ).rejects.toThrow(/Open a recovery or rollback runbook/);

    let rb = await t.call<RunbookDetail>('runbooks.create', { name: 'Booking recovery', kind: 'recovery' });
    for (const [key, title] of [
      ['a', 'Fail over database'],
      ['b', 'Restart API'],
    ] as const)
      rb = await t.call<RunbookDetail>('runbooks.saveStep', {
        runbookId: rb.summary.id,
        step: { key, title, minMinutes: 5, likelyMinutes: 10, maxMinutes: 20 },
      });
    const opened = await t.call<IncidentDetail>('incidents.openRunbook', {
      incidentId: d.incident.id,
      runbookId: rb.summary.id,
    });
    expect(opened.runbooks.map((r) => r.steps.map((s) => s.title))).toEqual([
      ['Fail over database', 'Restart API'],
    ]);
    const [a, b] = opened.runbooks[0]!.steps.map((s) => s.id) as [string, string];

    const path = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/crisis-run-child.ts', dir.path, path, d.incident.id, a, b],
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
      child.kill('SIGKILL');
      lines.close();
      child.stdout.destroy();
    }
    await new Promise((r) =>
      child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
    );
    expect(printed).toHaveLength(4);

    await openPath({ session: t.session }, path);
    let after = await t.call<IncidentDetail>('incidents.get', { incidentId: d.incident.id });
    expect(after.events).toEqual(printed);
    expect(after.state.status).toBe('running');
    expect(after.state.running.map((r) => r.stepId)).toEqual([b]);
    await expect(
      t.call('incidents.record', { incidentId: d.incident.id, event: { type: 'step-started', stepId: b } }),
    ).rejects.toThrow('That step is already running.');
    await t.call('incidents.record', {
      incidentId: d.incident.id,
      event: { type: 'step-finished', stepId: b, outcome: 'ok' },
    });
    after = await t.call<IncidentDetail>('incidents.record', {
      incidentId: d.incident.id,
      event: { type: 'ended' },
    });
    expect(after.state.status).toBe('ended');
    const run = after.timeline.filter((e) => e.source === 'run').map((e) => e.text);
    expect(run).toEqual([
      'Crisis run started.',
      'Step started: Fail over database.',
      'Step done: Fail over database (primary back).',
      'Step started: Restart API.',
      'Step done: Restart API.',
      'Crisis run ended.',
    ]);
  }, 60_000);
});

describe('reviews', () => {
  const window = { start: '2026-04-02T08:00:00Z', end: '2026-04-02T09:00:00Z' };

  it('refuses a review of a release that did not fail, and changes nothing', async () => {
    const r = await saveRelease(t, { nodeIds: [w.api], ...window });
    await expect(
      t.call('reviews.save', { subject: { kind: 'release', releaseId: r.id }, whatHappened: 'x' }),
    ).rejects.toThrow(
      'INVALID_INPUT: Release "Booking 2.4" did not fail (its status is planned): a post-implementation review is for a failed or rolled-back release.',
    );
    expect(await t.call<ReviewListRow[]>('reviews.list')).toEqual([]);
  });

  it('blocks the next release on the service until the failed release has its review', async () => {
    const failed = await saveRelease(t, { nodeIds: [w.api], ...window });
    await t.call('releases.transition', {
      releaseId: failed.id,
      status: 'in-progress',
      emergency: { justification: 'Hotfix' },
    });
    await t.call('releases.transition', { releaseId: failed.id, status: 'failed' });
    const next = await saveRelease(t, {
      name: 'Booking 2.5',
      version: '2.5.0',
      nodeIds: [w.api],
      start: '2026-04-09T08:00:00Z',
      end: '2026-04-09T09:00:00Z',
    });
    const other = await saveRelease(t, {
      name: 'Website 9',
      version: '9.0.0',
      nodeIds: [w.web],
      start: '2026-04-09T08:00:00Z',
      end: '2026-04-09T09:00:00Z',
    });
    const check = async (id: string) =>
      (await t.call<GateView>('gate.evaluate', { releaseId: id })).checks.find(
        (c) => c.id === 'release-review',
      )!;
    expect(await check(next.id)).toMatchObject({
      status: 'fail',
      reason: 'No completed post-implementation review of "Booking 2.4 2.4.0" (failed on Booking API).',
    });
    expect((await check(other.id)).status).toBe('pass');

    // A draft review does not lift the block; a completed one does.
    const draft = await t.call<ReviewView>('reviews.save', {
      subject: { kind: 'release', releaseId: failed.id },
      whatHappened: 'Schema change locked the orders table.',
    });
    expect((await check(next.id)).status).toBe('fail');
    await as(t, 'Rhea Reviewer');
    const action = await t.call<FindingView>('reviews.saveAction', {
      reviewId: draft.id,
      title: 'Add lock timeout to migrations',
      owner: 'Olga Owner',
      dueDate: '2026-05-01',
      processId: null,
    });
    expect(action).toMatchObject({ reviewId: draft.id, testId: null, status: 'open' });
    const done = await t.call<ReviewView>('reviews.save', {
      subject: { kind: 'release', releaseId: failed.id },
      whatHappened: 'Schema change locked the orders table.',
      completed: true,
    });
    expect(done.actions.map((a) => a.title)).toEqual(['Add lock timeout to migrations']);
    expect(done.completedAt).not.toBeNull();
    expect((await check(next.id)).status).toBe('pass');
  });

  it('shows a major incident whose review is overdue', async () => {
    // Restored 1 Mar 2026; the session clock is real time, long after the 5 days.
    const d = await incident({ restoredAt: '2026-03-01T11:00:00Z' });
    expect(d.reviewDue).toMatchObject({ dueAt: Date.parse('2026-03-06T11:00:00Z'), overdue: true });
    expect((await t.call<IncidentListRow[]>('incidents.list'))[0]!.reviewOverdue).toBe(true);
    await t.call('reviews.save', {
      subject: { kind: 'incident', incidentId: d.incident.id },
      whatHappened: 'Database failover took 40 minutes.',
      contributingFactors: 'Replica lag.',
      wentWell: 'Paging worked.',
      completed: true,
    });
    expect((await t.call<IncidentListRow[]>('incidents.list'))[0]!.reviewOverdue).toBe(false);
    await expect(t.call('incidents.setPolicy', { reviewDueDays: 0 })).rejects.toThrow(/at least 1 day/);
    expect(await t.call('incidents.setPolicy', { reviewDueDays: 10 })).toEqual({ reviewDueDays: 10 });
  });
});
