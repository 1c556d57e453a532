import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  SignoffView,
  AuditPage,
  BiaDetail,
  NodeView,
  ObjectivesOverview,
  Registers,
} from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let processId: string;

const as = (name: string, role = 'Analyst') => t.as(name, role);

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'BIA' });
  const p = await t.call<NodeView>('nodes.save', {
    kind: 'process',
    name: 'Customer billing',
    department: 'Finance',
  });
  processId = p.id;
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

async function rate(categoryId: string, bucketId: string, severity: number | null) {
  return t.call<BiaDetail>('bia.rate', { processId, categoryId, bucketId, severity });
}

async function lastAudit(n = 1) {
  return (await t.call<AuditPage>('audit.list', { limit: n })).entries;
}

describe('BIA', () => {
  it('derives MTD, RTO and tier live from each rating', async () => {
    // Operational reaches "significant" (3) at 4 h → MTD 240; WRT 60 → recommended RTO 180.
    await rate('operational', '1h', 1);
    let d = await rate('operational', '4h', 3);
    expect(d.objectives.mtd).toBe(240);
    d = await t.call<BiaDetail>('bia.update', { processId, wrtMinutes: 60, dataLossToleranceMinutes: 30 });
    expect(d.objectives.recommendedRto).toBe(180);
    // Tier 0 promises 60 min ≤ 180; Tier 1 promises 240 > 180: the least stringent that is fast enough is Tier 0.
    expect(d.objectives.tier?.name).toBe('Tier 0');
    expect(d.objectives.effectiveRpo).toBe(30);
    // Financial reaching 4 at 1 h lowers the MTD to 60; WRT 60 is no longer below it: a conflict.
    d = await rate('financial', '1h', 4);
    expect(d.objectives.mtd).toBe(60);
    expect(d.objectives.conflicts.map((c) => c.code)).toContain('wrt-not-below-mtd');
    expect(d.ratings['financial']![0]).toBe(4);
  });

  it('lists conflicts for hand-set objectives with a reason', async () => {
    await rate('customer', '8h', 3);
    const d = await t.call<BiaDetail>('bia.update', { processId, wrtMinutes: 120, manualRtoMinutes: 480 });
    const c = d.objectives.conflicts.find((x) => x.code === 'rto-plus-wrt-exceeds-mtd');
    expect(c?.message).toMatch(/8 h/);
    const overview = await t.call<ObjectivesOverview>('objectives.overview');
    expect(
      overview.conflicts.some(
        (x) => x.processName === 'Customer billing' && x.code === 'rto-plus-wrt-exceeds-mtd',
      ),
    ).toBe(true);
    expect(overview.rows[0]).toMatchObject({ name: 'Customer billing', mtd: 480, rto: 480 });
  });

  it('records each rating as an audit entry with before and after', async () => {
    await rate('operational', '4h', 2);
    await rate('operational', '4h', 3);
    const [entry] = await lastAudit();
    expect(entry).toMatchObject({
      action: 'bia.rate',
      entity: 'bia',
      entityId: processId,
      before: { categoryId: 'operational', bucketId: '4h', severity: 2 },
      after: { categoryId: 'operational', bucketId: '4h', severity: 3 },
      actorName: 'Ana Souza',
    });
    // The same value again changes nothing and records nothing.
    const head = (await t.call<AuditPage>('audit.list', { limit: 1 })).total;
    await rate('operational', '4h', 3);
    expect((await t.call<AuditPage>('audit.list', { limit: 1 })).total).toBe(head);
  });

  it('signs off draft → in review → approved by someone other than the last editor', async () => {
    await rate('operational', '4h', 3);
    await t.call('bia.transition', { processId, to: 'in_review' });
    await expect(t.call('bia.transition', { processId, to: 'approved' })).rejects.toThrow(
      /FORBIDDEN: Segregation of duties: Ana Souza made the last edit to this BIA, so someone else must approve it/,
    );
    await as('Grace Okafor', 'Head of operations');
    const d = await t.call<BiaDetail>('bia.transition', { processId, to: 'approved' });
    expect(d.bia).toMatchObject({ status: 'approved', approvedBy: 'Grace Okafor', reopenedByEdit: false });
    // The approval and, in the same transaction, Grace's signature over the BIA's content.
    const [signoff, entry] = (await t.call<AuditPage>('audit.list', { limit: 2 })).entries;
    expect(entry).toMatchObject({
      action: 'bia.approve',
      actorName: 'Grace Okafor',
      before: { status: 'in_review' },
      after: { status: 'approved', approvedBy: 'Grace Okafor', approvedAt: d.bia.approvedAt },
    });
    expect(signoff).toMatchObject({
      action: 'signoff.sign',
      entity: 'signoff',
      after: { kind: 'bia.approve', signerName: 'Grace Okafor' },
    });
    const views = await t.call<SignoffView[]>('signoffs.list', { entity: 'bia', entityId: processId });
    expect(views).toEqual([
      expect.objectContaining({ kind: 'bia.approve', signerName: 'Grace Okafor', valid: true }),
    ]);
  });

  it('compares keys, not names: renaming yourself does not let you approve your own edit', async () => {
    await rate('operational', '4h', 3);
    await t.call('bia.transition', { processId, to: 'in_review' });
    await t.call('profile.set', { name: 'Someone Else', role: 'Approver' });
    await expect(t.call('bia.transition', { processId, to: 'approved' })).rejects.toThrow(
      /FORBIDDEN: Segregation of duties: Someone Else made the last edit/,
    );
  });

  it('a retired key cannot sign: the member is refused every write', async () => {
    const ana = t.session.identity!;
    await as('Grace Okafor', 'Head of operations');
    await t.call('members.retire', { fingerprint: ana.fingerprint, reason: 'laptop lost' });
    await as('Ana Souza');
    await expect(rate('operational', '4h', 2)).rejects.toThrow(/FORBIDDEN: Ana Souza's key was retired/);
  });

  it('returns an approved BIA to draft, visibly, on any later edit', async () => {
    await rate('operational', '4h', 3);
    await t.call('bia.transition', { processId, to: 'in_review' });
    await as('Grace Okafor');
    await t.call('bia.transition', { processId, to: 'approved' });
    await as('Tomás Ólafsson');
    const d = await t.call<BiaDetail>('bia.update', { processId, notes: 'Peak season doubles volume.' });
    expect(d.bia).toMatchObject({ status: 'draft', reopenedByEdit: true, lastEditorName: 'Tomás Ólafsson' });
    const [reopen, update] = await lastAudit(2);
    expect(reopen).toMatchObject({
      action: 'bia.reopen',
      before: { status: 'approved' },
      after: { status: 'draft' },
    });
    expect(update).toMatchObject({ action: 'bia.update', after: { notes: 'Peak season doubles volume.' } });
  });

  it('refuses transitions that skip review', async () => {
    await expect(t.call('bia.transition', { processId, to: 'approved' })).rejects.toThrow(
      /draft cannot move to approved/,
    );
  });

  it('edited registers change what is derived', async () => {
    await rate('operational', '8h', 3);
    expect((await t.call<BiaDetail>('bia.get', { processId })).objectives.mtd).toBe(480);
    // The workshop decides 8 h really means 6 h.
    await t.call('buckets.save', { id: '8h', label: '6 h', minutes: 360 });
    expect((await t.call<BiaDetail>('bia.get', { processId })).objectives.mtd).toBe(360);
    const regs = await t.call<Registers>('registers.get');
    expect(regs.buckets.map((b) => b.minutes)).toEqual([60, 240, 360, 1440, 4320, 10080, 20160, 43200]);
  });

  it('refuses a time bucket as long as another, naming it, and changes nothing', async () => {
    await expect(t.call('buckets.save', { label: 'Half a day', minutes: 480 })).rejects.toThrow(
      'INVALID_INPUT: The time bucket "8 h" is already 8 h long; two buckets cannot have the same length.',
    );
    await expect(t.call('buckets.save', { id: '4h', label: '4 h', minutes: 60 })).rejects.toThrow(
      /"1 h" is already 1 h long/,
    );
    // Saving a bucket with its own length again is not a clash with itself.
    await t.call('buckets.save', { id: '8h', label: '8 h', minutes: 480 });
    const regs = await t.call<Registers>('registers.get');
    expect(regs.buckets.map((b) => b.minutes)).toEqual([60, 240, 480, 1440, 4320, 10080, 20160, 43200]);
  });
});

describe('registers and nodes', () => {
  it('saves a pasted block of resources all or nothing', async () => {
    const bad = t.call('nodes.saveMany', {
      rows: [
        { kind: 'application', name: 'Billing engine' },
        { kind: 'application', name: 'Billing engine' },
      ],
    });
    await expect(bad).rejects.toThrow(
      /Nothing was saved\. row 2: A application named "Billing engine" already exists/,
    );
    expect(await t.call<NodeView[]>('nodes.list', { kind: 'resource' })).toEqual([]);
    await t.call('nodes.saveMany', {
      rows: [
        { kind: 'application', name: 'Billing engine', rtoMinutes: 120 },
        { kind: 'datastore', name: 'Ledger DB', tierId: 'tier-1' },
      ],
    });
    expect((await t.call<NodeView[]>('nodes.list', { kind: 'resource' })).map((n) => n.name)).toEqual([
      'Billing engine',
      'Ledger DB',
    ]);
  });

  it('links processes to the resources that support them', async () => {
    const app = await t.call<NodeView>('nodes.save', { kind: 'application', name: 'Billing engine' });
    await t.call('edges.save', { consumerId: processId, providerId: app.id });
    expect((await t.call<BiaDetail>('bia.get', { processId })).supportedBy).toEqual([
      { nodeId: app.id, name: 'Billing engine', kind: 'application' },
    ]);
    await expect(t.call('edges.save', { consumerId: processId, providerId: processId })).rejects.toThrow(
      /cannot depend on itself/,
    );
    await t.call('nodes.retire', { id: app.id });
    expect((await t.call<BiaDetail>('bia.get', { processId })).supportedBy).toEqual([]);
  });

  it('refuses invalid register values with the field named', async () => {
    await expect(
      t.call('tiers.save', { name: 'T9', rank: 9, rtoMinutes: -5, rpoMinutes: 0, testFrequencyDays: 30 }),
    ).rejects.toThrow(/INVALID_INPUT: Invalid input for tiers\.save: rtoMinutes: must not be negative/);
    await expect(
      t.call('bia.rate', { processId, categoryId: 'financial', bucketId: '1h', severity: 5 }),
    ).rejects.toThrow(/severity: must be 0 to 4/);
  });
});
