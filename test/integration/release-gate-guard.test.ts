// The go/no-go gate guards the release lifecycle in the app (issue 13 item 1): a NO-GO release
// cannot start unless every failing check is waived or the change is declared an emergency, and the
// audit trail says which.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignoffView, AuditPage, GateView, ReleaseView } from '../../shared/contract';
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

const window = { start: '2026-04-02T08:00:00Z', end: '2026-04-02T09:00:00Z' };
const transitions = async (releaseId: string) =>
  (await t.call<AuditPage>('audit.list', {})).entries.filter(
    (e) => e.action === 'release.transition' && e.entityId === releaseId,
  );

describe('a status change the gate guards', () => {
  it('is refused on NO-GO with the failing checks listed, and changes nothing', async () => {
    // No approvals and no rollback runbook: two failing checks.
    const r = await saveRelease(t, { nodeIds: [w.web], ...window });
    const gate = await t.call<GateView>('gate.evaluate', { releaseId: r.id });
    expect(gate.go).toBe(false);
    const err = await t.call('releases.transition', { releaseId: r.id, status: 'in-progress' }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/NO-GO/);
    expect(err?.message).toMatch(/Required approvals/);
    expect(err?.message).toMatch(/Approved rollback runbook: No rollback runbook is linked\./);
    expect(err?.message).toMatch(/declare the change an emergency/);
    const after = await t.call<{ release: ReleaseView }>('releases.get', { releaseId: r.id });
    expect(after.release.status).toBe('planned');
    expect(after.release.gatePassage).toBeNull();
    expect(await transitions(r.id)).toEqual([]);
  });

  it('goes through as an emergency with a justification, recorded on the release and the audit entry', async () => {
    const r = await saveRelease(t, { nodeIds: [w.web], ...window });
    await expect(
      t.call('releases.transition', {
        releaseId: r.id,
        status: 'in-progress',
        emergency: { justification: ' ' },
      }),
    ).rejects.toThrow(/empty/);
    const moved = await t.call<ReleaseView>('releases.transition', {
      releaseId: r.id,
      status: 'in-progress',
      emergency: { justification: 'Payment outage, hotfix INC-42' },
    });
    expect(moved.status).toBe('in-progress');
    expect(moved.gatePassage).toMatchObject({
      basis: 'emergency',
      status: 'in-progress',
      by: 'Olga Owner',
      emergency: { justification: 'Payment outage, hotfix INC-42' },
      waived: [],
    });
    expect(moved.gatePassage?.failing.map((f) => f.checkId)).toEqual(['approvals', 'rollback-runbook']);
    const [entry] = await transitions(r.id);
    expect(entry).toMatchObject({
      actorName: 'Olga Owner',
      before: { status: 'planned' },
      after: {
        status: 'in-progress',
        gate: { basis: 'emergency', emergency: { justification: 'Payment outage, hotfix INC-42' } },
      },
    });
    // Later moves record what happened to a change already let through: not guarded.
    const deployed = await t.call<ReleaseView>('releases.transition', {
      releaseId: r.id,
      status: 'deployed',
    });
    expect(deployed.status).toBe('deployed');
    await expect(
      t.call('releases.transition', {
        releaseId: r.id,
        status: 'failed',
        emergency: { justification: 'nothing to bypass' },
      }),
    ).rejects.toThrow(/not guarded by the gate/);
  });

  it('goes through when every failing check is waived, and records the waivers it relied on', async () => {
    const r = await saveRelease(t, { nodeIds: [w.web], ...window });
    await as(t, 'Rhea Reviewer');
    await t.call('releases.approve', { releaseId: r.id });
    // Approved, but still no rollback runbook: one failing check, which can be waived.
    await expect(t.call('releases.transition', { releaseId: r.id, status: 'deployed' })).rejects.toThrow(
      /1 check failing: Approved rollback runbook/,
    );
    await t.call('gate.waive', {
      releaseId: r.id,
      checkId: 'rollback-runbook',
      justification: 'Static site: redeploying the previous build is the rollback',
    });
    await as(t, 'Olga Owner');
    const moved = await t.call<ReleaseView>('releases.transition', {
      releaseId: r.id,
      status: 'in-progress',
    });
    expect(moved.gatePassage).toMatchObject({
      basis: 'waived',
      emergency: null,
      failing: [],
      waived: [
        {
          checkId: 'rollback-runbook',
          approver: 'Rhea Reviewer',
          justification: 'Static site: redeploying the previous build is the rollback',
        },
      ],
    });
    const audit = await t.call<AuditPage>('audit.list', {});
    expect(audit.entries.find((e) => e.action === 'gate.waive')).toMatchObject({
      actorName: 'Rhea Reviewer',
      after: { checkId: 'rollback-runbook' },
    });
    expect((await transitions(r.id))[0]?.after).toMatchObject({ gate: { basis: 'waived' } });
    // The waiver and the approval are each Rhea's signature, checked against her key on the roster.
    const signoffs = await t.call<SignoffView[]>('signoffs.list', { entity: 'release', entityId: r.id });
    expect(signoffs.map((x) => [x.kind, x.signerName, x.valid])).toEqual([
      ['release.approve', 'Rhea Reviewer', true],
      ['release.waive', 'Rhea Reviewer', true],
    ]);
  });

  it('lets a GO release start on its own merits, and says so', async () => {
    const r = await saveRelease(t, { nodeIds: [w.web], rollbackRunbookId: w.runbookId, ...window });
    await as(t, 'Rhea Reviewer');
    await t.call('releases.approve', { releaseId: r.id });
    const gate = await t.call<GateView>('gate.evaluate', { releaseId: r.id });
    expect(gate.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const moved = await t.call<ReleaseView>('releases.transition', {
      releaseId: r.id,
      status: 'in-progress',
    });
    expect(moved.gatePassage).toMatchObject({ basis: 'go', waived: [], failing: [], emergency: null });
  });
});
