// One RTO and one tier per process (issue 13 item 2): Registers, the map and Objectives read the
// BIA's objectives; a target typed in Registers is the BIA's override, shown as such, and its
// departure from the BIA is listed among Objectives' conflicts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BiaDetail, DependencyMap, NodeView, ObjectivesOverview } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let process: NodeView;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'One RTO' });
  process = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Freight booking' });
  // Worked example: operational turns significant at 8 h → MTD 480; WRT 2 h → RTO 6 h (360 min);
  // the least stringent tier promising at most 6 h is Tier 1 (4 h).
  await t.call('bia.rate', { processId: process.id, categoryId: 'operational', bucketId: '8h', severity: 3 });
  await t.call('bia.update', { processId: process.id, wrtMinutes: 120 });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const registerRow = async () =>
  (await t.call<NodeView[]>('nodes.list', { kind: 'process' })).find((n) => n.id === process.id)!;
const mapNode = async () =>
  (await t.call<DependencyMap>('graph.map')).nodes.find((n) => n.id === process.id)!;

describe('a process has one RTO and one tier', () => {
  it('Registers shows the BIA-derived tier and RTO, the same as the map', async () => {
    const row = await registerRow();
    expect(row.objectives).toEqual({
      rtoMinutes: 360,
      rtoSource: 'recommended',
      rpoMinutes: null,
      rpoSource: null,
      tierId: 'tier-1',
      tierSource: 'derived',
    });
    // No override on the row itself.
    expect(row).toMatchObject({ rtoMinutes: null, tierId: null });
    expect(await mapNode()).toMatchObject({ rtoMinutes: 360, tierId: 'tier-1' });
  });

  it('an RTO typed in Registers is the BIA override everywhere, listed as a departure from the BIA', async () => {
    const saved = await t.call<NodeView>('nodes.save', {
      id: process.id,
      kind: 'process',
      name: 'Freight booking',
      rtoMinutes: 240,
    });
    expect(saved.rtoMinutes).toBe(240);
    expect(saved.objectives).toMatchObject({ rtoMinutes: 240, rtoSource: 'manual', tierId: 'tier-1' });
    const bia = await t.call<BiaDetail>('bia.get', { processId: process.id });
    expect(bia.objectives).toMatchObject({ effectiveRto: 240, rtoSource: 'manual', recommendedRto: 360 });
    expect(await mapNode()).toMatchObject({ rtoMinutes: 240 });
    const o = await t.call<ObjectivesOverview>('objectives.overview');
    expect(o.rows[0]).toMatchObject({ rto: 240, tierName: 'Tier 1' });
    expect(o.conflicts).toContainEqual(
      expect.objectContaining({
        processName: 'Freight booking',
        code: 'rto-override',
        severity: 'warning',
        message: 'The hand-set RTO of 4 h overrides the 6 h this BIA derives (MTD 8 h − WRT 2 h).',
      }),
    );

    // Saving the row again (another column edited) keeps the override; clearing it returns to the BIA.
    const { id, kind, name, department, description, tierId, rtoMinutes, rpoMinutes, restoreMinutes } = saved;
    await t.call('nodes.save', {
      ...{ id, kind, name, department, description, tierId, rtoMinutes, rpoMinutes, restoreMinutes },
      owner: 'Lee',
    });
    expect((await registerRow()).objectives?.rtoSource).toBe('manual');
    await t.call('nodes.save', {
      id: process.id,
      kind: 'process',
      name: 'Freight booking',
      rtoMinutes: null,
    });
    expect((await registerRow()).objectives).toMatchObject({ rtoMinutes: 360, rtoSource: 'recommended' });
  });

  it('a tier set in Registers pins the BIA tier', async () => {
    await t.call('nodes.save', {
      id: process.id,
      kind: 'process',
      name: 'Freight booking',
      tierId: 'tier-0',
    });
    const row = await registerRow();
    expect(row.tierId).toBe('tier-0');
    expect(row.objectives).toMatchObject({ tierId: 'tier-0', tierSource: 'pinned' });
    expect((await t.call<BiaDetail>('bia.get', { processId: process.id })).objectives.tier?.id).toBe(
      'tier-0',
    );
    expect(await mapNode()).toMatchObject({ tierId: 'tier-0' });
  });
});
