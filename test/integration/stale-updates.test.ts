// Updates carry the version they were based on (issue 15, item 5): a save based on a row that changed
// since is refused as CONFLICT with both values per field, never silently overwritten; and a save
// never resets a field it did not name (nodes and BIA fields).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BiaDetail, NodeView, Registers } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM lead');
  await t.call('workspace.create', { name: 'Harbour' });
});

afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

async function conflictOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return String(err instanceof Error ? err.message : err);
  }
  throw new Error('expected a conflict');
}

describe('stale updates', () => {
  it('refuses a node save based on a version someone else changed since, naming both values', async () => {
    const app = await t.call<NodeView>('nodes.save', {
      kind: 'application',
      name: 'Ledger',
      owner: 'Finance',
    });
    // Ana's form holds the node as loaded; Bo changes its owner meanwhile.
    await t.as('Bo Chen', 'Analyst');
    const bos = await t.call<NodeView>('nodes.save', {
      id: app.id,
      kind: 'application',
      name: 'Ledger',
      owner: 'Treasury',
      basedOn: app.updatedAt,
    });
    expect(bos.owner).toBe('Treasury');
    await t.as('Ana Souza');
    const msg = await conflictOf(
      t.call('nodes.save', {
        id: app.id,
        kind: 'application',
        name: 'Ledger',
        owner: 'IT',
        basedOn: app.updatedAt,
      }),
    );
    expect(msg).toMatch(/^CONFLICT: This node was changed by someone else at .+ after you loaded it/);
    expect(msg).toContain('owner: yours "IT", now "Treasury"');
    const [stored] = await t.call<NodeView[]>('nodes.list', {});
    expect(stored).toMatchObject({ owner: 'Treasury', updatedAt: bos.updatedAt });

    // Reloaded, the same change goes through; a stale save that changes nothing is no conflict.
    const again = await t.call<NodeView>('nodes.save', {
      id: app.id,
      kind: 'application',
      name: 'Ledger',
      owner: 'IT',
      basedOn: bos.updatedAt,
    });
    expect(again.owner).toBe('IT');
    await t.call('nodes.save', { id: app.id, kind: 'application', name: 'Ledger', basedOn: app.updatedAt });
  });

  it('the conflict carries each field as data for the form', async () => {
    const app = await t.call<NodeView>('nodes.save', { kind: 'application', name: 'Ledger' });
    await t.call('nodes.save', { id: app.id, kind: 'application', name: 'Ledger 2', description: 'core' });
    const env = await t.router(
      'nodes.save',
      { id: app.id, kind: 'application', name: 'Ledger 3', description: 'edge', basedOn: app.updatedAt },
      { session: t.session },
    );
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('CONFLICT');
    expect(env.error.details).toMatchObject({
      conflict: {
        entity: 'node',
        entityId: app.id,
        basedOn: app.updatedAt,
        fields: [
          { field: 'name', yours: 'Ledger 3', stored: 'Ledger 2' },
          { field: 'description', yours: 'edge', stored: 'core' },
        ],
      },
    });
  });

  it('refuses a BIA field save based on a BIA that changed since', async () => {
    const p = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Payroll' });
    const loaded = await t.call<BiaDetail>('bia.get', { processId: p.id });
    const reg = await t.call<Registers>('registers.get');
    await t.call('bia.rate', {
      processId: p.id,
      categoryId: reg.categories[0]!.id,
      bucketId: reg.buckets[0]!.id,
      severity: 2,
    });
    await t.call('bia.update', { processId: p.id, wrtMinutes: 120 });
    const msg = await conflictOf(
      t.call('bia.update', { processId: p.id, wrtMinutes: 60, basedOn: loaded.bia.updatedAt }),
    );
    expect(msg).toContain('This BIA was changed by someone else');
    expect(msg).toContain('wrtMinutes: yours 60, now 120');
    const fresh = await t.call<BiaDetail>('bia.get', { processId: p.id });
    expect(fresh.bia.wrtMinutes).toBe(120);
    await t.call('bia.update', { processId: p.id, wrtMinutes: 60, basedOn: fresh.bia.updatedAt });
  });
});

describe('a save keeps the fields it did not name', () => {
  it('nodes: owner, department, description, restore time and a process tier survive a rename', async () => {
    const reg = await t.call<Registers>('registers.get');
    const tier = reg.tiers[1]!;
    const app = await t.call<NodeView>('nodes.save', {
      kind: 'application',
      name: 'Ledger',
      owner: 'Finance',
      department: 'Back office',
      description: 'General ledger',
      restoreMinutes: 90,
      rtoMinutes: 240,
    });
    const renamed = await t.call<NodeView>('nodes.save', {
      id: app.id,
      kind: 'application',
      name: 'Ledger v2',
    });
    expect(renamed).toMatchObject({
      name: 'Ledger v2',
      owner: 'Finance',
      department: 'Back office',
      description: 'General ledger',
      restoreMinutes: 90,
      rtoMinutes: 240,
    });
    const proc = await t.call<NodeView>('nodes.save', {
      kind: 'process',
      name: 'Payroll',
      owner: 'HR',
      tierId: tier.id,
      rtoMinutes: 480,
    });
    const again = await t.call<NodeView>('nodes.save', { id: proc.id, kind: 'process', name: 'Payroll run' });
    expect(again).toMatchObject({ name: 'Payroll run', owner: 'HR', tierId: tier.id, rtoMinutes: 480 });
    // Naming a field as empty still clears it.
    const cleared = await t.call<NodeView>('nodes.save', {
      id: app.id,
      kind: 'application',
      name: 'Ledger v2',
      owner: '',
    });
    expect(cleared).toMatchObject({ owner: '', department: 'Back office' });
  });

  it('BIA fields: a save of the notes keeps WRT, data-loss tolerance and MBCO', async () => {
    const p = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Payroll' });
    await t.call('bia.update', {
      processId: p.id,
      wrtMinutes: 120,
      dataLossToleranceMinutes: 30,
      mbco: '50% of staff paid on time',
    });
    const d = await t.call<BiaDetail>('bia.update', { processId: p.id, notes: 'From the workshop' });
    expect(d.bia).toMatchObject({
      wrtMinutes: 120,
      dataLossToleranceMinutes: 30,
      mbco: '50% of staff paid on time',
      notes: 'From the workshop',
    });
  });
});
