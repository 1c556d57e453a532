import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { DataDir } from '../../electron/core/data-dir';
import { verifyWorkspaceChain } from '../../electron/core/services/audit';
import { objectivesOverview } from '../../electron/core/services/objectives';
import { loadGraphInput } from '../../electron/core/services/graph-input';
import { deriveEveryProcess, processObjectives } from '../../electron/core/services/bia-all';
import type { Workspace } from '../../electron/core/workspace';
import { analyze } from '../../shared/domain/graph';
import { tempDir } from '../fixtures/session';

describe('demo workspace (Meridian Freight)', () => {
  const dir = tempDir();
  const dataDir = new DataDir(join(dir.path, 'data'));
  let ws: Workspace;
  beforeAll(async () => {
    ws = await buildDemoWorkspace(
      join(dir.path, 'demo.steadfast'),
      dataDir,
      new Date('2026-11-01T09:00:00Z'),
    );
  });
  afterAll(() => {
    ws.close();
    dir.cleanup();
  });

  it('has twelve processes in four departments with complete BIAs, three approved', () => {
    const o = objectivesOverview(ws.db);
    expect(o.rows).toHaveLength(12);
    expect(new Set(o.rows.map((r) => r.department)).size).toBe(4);
    expect(
      o.rows
        .filter((r) => r.status === 'approved')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Customer billing', 'Customs declarations', 'Freight booking']);
    // Complete: every process has an MTD and a tier.
    for (const r of o.rows) {
      expect(r.mtd, r.name).not.toBeNull();
      expect(r.tierName, r.name).not.toBeNull();
    }
  });

  it('shows each kind of conflict, and exactly two RTO inversions', () => {
    const codes = objectivesOverview(ws.db).conflicts.map((c) => `${c.processName}: ${c.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'Warehouse dispatch: rto-plus-wrt-exceeds-mtd',
        'Dangerous goods compliance: tier-rto-exceeds-rto',
        'Claims handling: falling-rating',
        'Customs declarations: rto-inversion',
        'Contact-centre telephony: rto-inversion',
      ]),
    );
    expect(codes.filter((c) => c.endsWith('rto-inversion'))).toHaveLength(2);
  });

  it('gives the graph analysis something to show: ~40 resources, redundancy, a SPOF and a cycle', () => {
    const all = deriveEveryProcess(ws.db);
    const input = loadGraphInput(ws.db, processObjectives(all), all.registers.tiers);
    expect(input.nodes.filter((n) => n.kind !== 'process')).toHaveLength(40);
    expect(input.edges.length).toBeGreaterThanOrEqual(80);
    expect(input.edges.some((e) => e.groupId)).toBe(true);
    const a = analyze(input);
    expect(a.cycles.map((c) => c.members.map((m) => m.name).sort())).toEqual([
      ['Directory DB', 'Directory service', 'Identity provider (SSO)'],
    ]);
    expect(a.singlePointsOfFailure.map((s) => s.name)).toContain('Identity provider (SSO)');
    // Redundant pairs are not SPOFs on their own.
    expect(a.singlePointsOfFailure.map((s) => s.name)).not.toContain('Bookings DB (replica)');
  });

  it('has an intact audit chain', () => {
    expect(verifyWorkspaceChain(ws.db, ws.id, dataDir)).toMatchObject({ ok: true });
  });
});
