import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, DependencyMap, NodeView } from '../../shared/contract';
import type { BlastRadius, GraphAnalysis } from '../../shared/domain/graph';
import { runCli } from '../../electron/cli/main';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
const ids: Record<string, string> = {};

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana', 'Planner');
  await t.call('workspace.create', { name: 'Graph' });
  // Billing (process) needs the ERP, which needs one of two database nodes (redundant) and the network.
  const save = async (kind: string, name: string, extra: object = {}) =>
    (ids[name] = (await t.call<NodeView>('nodes.save', { kind, name, ...extra })).id);
  await save('process', 'Billing');
  await save('application', 'ERP', { rtoMinutes: 600 });
  await save('datastore', 'DB A', { tierId: 'tier-1' });
  await save('datastore', 'DB B', { tierId: 'tier-1' });
  await save('infrastructure', 'Network', { tierId: 'tier-0' });
  const edge = (c: string, p: string, groupId: string | null = null) =>
    t.call('edges.save', { consumerId: ids[c], providerId: ids[p], groupId });
  await edge('Billing', 'ERP');
  await edge('ERP', 'DB A', 'db');
  await edge('ERP', 'DB B', 'db');
  await edge('ERP', 'Network');
  // Billing's BIA: operational significant at 4 h, WRT 60 → RTO 180 → Tier 0.
  await t.call('bia.rate', {
    processId: ids['Billing'],
    categoryId: 'operational',
    bucketId: '4h',
    severity: 3,
  });
  await t.call('bia.update', { processId: ids['Billing'], wrtMinutes: 60 });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('dependency map', () => {
  it('gives processes their RTO from the BIA and resources theirs from target or tier', async () => {
    const map = await t.call<DependencyMap>('graph.map');
    const byName = Object.fromEntries(map.nodes.map((n) => [n.name, n]));
    expect(byName['Billing']).toMatchObject({ rtoMinutes: 180, tierName: 'Tier 0', tierRank: 0 });
    expect(byName['ERP']).toMatchObject({ rtoMinutes: 600, tierName: null });
    expect(byName['DB A']).toMatchObject({ rtoMinutes: 240, tierName: 'Tier 1' });
    expect(map.layout.nodes.map((n) => n.id).sort()).toEqual(Object.values(ids).sort());
    // Consumers above providers: Billing's layer is above the ERP's.
    const layer = (name: string) => map.layout.nodes.find((n) => n.id === ids[name])!.layer;
    expect(layer('Billing')).toBeLessThan(layer('ERP'));
    expect(layer('ERP')).toBeLessThan(layer('Network'));
  });

  it('finds the inversion, the SPOFs and respects redundancy', async () => {
    const { analysis } = await t.call<DependencyMap>('graph.map');
    // Billing's 180 min demand flows through the ERP to its redundant databases; the fastest member
    // (240 min, Tier 1) decides, and is still too slow.
    expect(analysis.rtoInversions.map((i) => [i.consumer.name, i.providers.map((p) => p.name)])).toEqual([
      ['Billing', ['ERP']],
      ['ERP', ['DB A', 'DB B']],
    ]);
    const spofs = analysis.singlePointsOfFailure.map((s) => s.name).sort();
    expect(spofs).toEqual(['ERP', 'Network']);
    const blast = await t.call<BlastRadius>('graph.blastRadius', { nodeId: ids['DB A'] });
    expect(blast.failed.map((f) => f.name)).toEqual(['DB A']);
  });

  it('saves positions with one audit entry', async () => {
    await t.call('graph.savePositions', { positions: [{ id: ids['ERP'], x: 10.4, y: 20.6 }] });
    const map = await t.call<DependencyMap>('graph.map');
    expect(map.nodes.find((n) => n.name === 'ERP')!.position).toEqual({ x: 10, y: 21 });
    const [entry] = (await t.call<AuditPage>('audit.list', { limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'map.positions', after: { moved: 1 } });
    await expect(t.call('graph.blastRadius', { nodeId: 'nope' })).rejects.toThrow(/NOT_FOUND/);
  });

  it('steadfast analyze prints the analysis, and --json the documented shape', async () => {
    const path = t.session.workspace!.path;
    t.session.replaceWorkspace(null);
    const out: string[] = [];
    const env = { STEADFAST_DATA_DIR: join(dir.path, 'data') };
    expect(await runCli(['analyze', path], { out: (l) => out.push(l), err: () => {}, env })).toBe(0);
    expect(out.join('\n')).toMatch(
      /RTO inversions \(2\)\n {2}- ERP \(10 h target\) is slower than the 3 h Billing must recover in/,
    );
    expect(out.join('\n')).toMatch(/Network: takes down 2 other nodes, weighted impact 5/);
    const json: string[] = [];
    expect(await runCli(['analyze', path, '--json'], { out: (l) => json.push(l), err: () => {}, env })).toBe(
      0,
    );
    const a = JSON.parse(json.join('\n')) as GraphAnalysis;
    expect(a).toMatchObject({ schemaVersion: 1, nodeCount: 5, edgeCount: 4 });
    expect(Object.keys(a).sort()).toEqual(
      [
        'blastRadius',
        'cycles',
        'edgeCount',
        'issues',
        'nodeCount',
        'recoveryOrder',
        'recoveryTimes',
        'rtoInversions',
        'schemaVersion',
        'singlePointsOfFailure',
      ].sort(),
    );
  });
});
