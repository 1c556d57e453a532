import { describe, expect, it } from 'vitest';
import { buildGraph, singlePointsOfFailure } from '../../../../shared/domain/graph';
import { graph, needs, node } from '../../../fixtures/graph-generator';

// Pay (Tier 0) ──> App ──> group {Srv1, Srv2}; App ──> DB
// Ops (Tier 1) ──> Pay        (a critical process needing another one)
// Report (Tier 3) ──> Warehouse (not critical: Warehouse is no SPOF)
const g = buildGraph(
  graph(
    [
      node('Pay', 'process', { tierRank: 0 }),
      node('Ops', 'process', { tierRank: 1 }),
      node('Report', 'process', { tierRank: 3 }),
      node('App', 'application'),
      node('DB', 'datastore'),
      node('Srv1', 'infrastructure'),
      node('Srv2', 'infrastructure'),
      node('Warehouse', 'datastore'),
    ],
    [
      needs('Pay', 'App'),
      needs('Ops', 'Pay'),
      needs('Report', 'Warehouse'),
      needs('App', 'DB'),
      needs('App', 'Srv1', { groupId: 'g' }),
      needs('App', 'Srv2', { groupId: 'g' }),
    ],
  ),
);

describe('single points of failure', () => {
  const spofs = singlePointsOfFailure(g);
  const byId = new Map(spofs.map((s) => [s.id, s]));

  it('lists every node whose failure alone takes down a Tier 0/1 process', () => {
    // App and DB take down Pay, and Ops with it. Pay takes down Ops (Pay is not its own SPOF,
    // but it is Ops's). The redundant servers and the Tier 3 report's warehouse are not SPOFs.
    expect([...byId.keys()].sort()).toEqual(['App', 'DB', 'Pay']);
    expect(
      byId
        .get('DB')!
        .takesDown.map((p) => p.id)
        .sort(),
    ).toEqual(['Ops', 'Pay']);
    expect(byId.get('Pay')!.takesDown.map((p) => p.id)).toEqual(['Ops']);
  });

  it('puts SPOFs that reach Tier 0 first and explains by name', () => {
    expect(spofs[spofs.length - 1]!.id).toBe('Pay');
    expect(byId.get('DB')!.explanation).toMatch(/DB .*Pay \(Tier 0\)/);
  });

  it('becomes a non-SPOF once a redundant partner is added', () => {
    const g2 = buildGraph(
      graph(
        [node('P', 'process', { tierRank: 0 }), node('A', 'application'), node('B', 'application')],
        [needs('P', 'A', { groupId: 'x' })],
      ),
    );
    expect(singlePointsOfFailure(g2).map((s) => s.id)).toEqual(['A']);
    const g3 = buildGraph(
      graph(
        [node('P', 'process', { tierRank: 0 }), node('A', 'application'), node('B', 'application')],
        [needs('P', 'A', { groupId: 'x' }), needs('P', 'B', { groupId: 'x' })],
      ),
    );
    expect(singlePointsOfFailure(g3)).toEqual([]);
  });
});
