import { describe, expect, it } from 'vitest';
import { blastRadius, buildGraph } from '../../../../shared/domain/graph';
import { graph, needs, node } from '../../../fixtures/graph-generator';
import { blastRadiusSummary, propagateFailure } from '../../../fixtures/propagation';

// The map used by the failure examples:
//   Pay (Tier 0 process, weight 5) ──> App ──> DB ──> Srv1 ──> Site1
//   Bill (Tier 1 process, weight 2) ─┘  └──> group g1 {Srv1, Srv2}; Srv2 ──> Site2
//   Bill ──> Ledger; Ledger ─soft─> Srv1
const map = graph(
  [
    node('Pay', 'process', { tierRank: 0, impactWeight: 5 }),
    node('Bill', 'process', { tierRank: 1, impactWeight: 2 }),
    node('App', 'application'),
    node('Ledger', 'application'),
    node('DB', 'datastore'),
    node('Srv1', 'infrastructure'),
    node('Srv2', 'infrastructure'),
    node('Site1', 'site'),
    node('Site2', 'site'),
  ],
  [
    needs('Pay', 'App'),
    needs('Bill', 'App'),
    needs('Bill', 'Ledger'),
    needs('App', 'DB'),
    needs('App', 'Srv1', { groupId: 'g1' }),
    needs('App', 'Srv2', { groupId: 'g1' }),
    needs('Ledger', 'Srv1', { hard: false }),
    needs('DB', 'Srv1'),
    needs('Srv1', 'Site1'),
    needs('Srv2', 'Site2'),
  ],
);
const g = buildGraph(map);
const ids = (list: { id: string }[]) => list.map((f) => f.id).sort();

describe('failure propagation', () => {
  it('follows required edges up to every consumer', () => {
    // DB is required by App, App by both processes.
    const r = propagateFailure(g, ['DB']);
    expect(ids(r.failed)).toEqual(['App', 'Bill', 'DB', 'Pay']);
    const app = r.failed.find((f) => f.id === 'App')!;
    expect(app.causeId).toBe('DB');
    expect(app.depth).toBe(1);
    expect(app.explanation).toContain('requires DB');
  });

  it('does not fail a consumer while one member of its redundancy group survives', () => {
    // Srv2 is one of two members of g1: App still has Srv1.
    expect(ids(propagateFailure(g, ['Srv2']).failed)).toEqual(['Srv2']);
    expect(ids(propagateFailure(g, ['Site2']).failed)).toEqual(['Site2', 'Srv2']);
  });

  it('fails the consumer when the last member of its group fails', () => {
    // Kill both servers' sites: g1 loses every member, and DB loses Srv1 too.
    const r = propagateFailure(g, ['Site2', 'Srv1']);
    expect(ids(r.failed)).toEqual(['App', 'Bill', 'DB', 'Pay', 'Site2', 'Srv1', 'Srv2']);
  });

  it('ignores soft edges', () => {
    // Ledger needs Srv1 only softly, so it survives Srv1's failure.
    const r = propagateFailure(g, ['Srv1']);
    expect(r.failed.some((f) => f.id === 'Ledger')).toBe(false);
  });

  it('names the group when a group failure is the cause', () => {
    const gg = buildGraph(
      graph(
        [node('C', 'application'), node('A', 'infrastructure'), node('B', 'infrastructure')],
        [needs('C', 'A', { groupId: 'pair' }), needs('C', 'B', { groupId: 'pair' })],
      ),
    );
    expect(propagateFailure(gg, ['A']).failed).toHaveLength(1);
    const c = propagateFailure(gg, ['A', 'B']).failed.find((f) => f.id === 'C')!;
    expect(c.causeGroupId).toBe('pair');
    expect(c.explanation).toContain('every member');
  });

  it('reports unknown ids instead of throwing', () => {
    const r = propagateFailure(g, ['nope', 'Site2']);
    expect(r.unknownIds).toEqual(['nope']);
    expect(ids(r.failed)).toEqual(['Site2', 'Srv2']);
  });

  it('terminates on cycles', () => {
    const cg = buildGraph(
      graph([node('A', 'application'), node('B', 'application')], [needs('A', 'B'), needs('B', 'A')]),
    );
    expect(ids(propagateFailure(cg, ['A']).failed)).toEqual(['A', 'B']);
  });
});

describe('blast radius', () => {
  it('includes the origin flagged, weights processes and groups them by tier', () => {
    // Site1 → Srv1 → DB → App → Pay (5) and Bill (2): weighted impact 7.
    const b = blastRadius(g, 'Site1');
    expect(b.failedCount).toBe(5);
    expect(b.failed[0]).toMatchObject({ id: 'Site1', origin: true });
    expect(b.weightedImpact).toBe(7);
    expect(b.processesByTier.map((t) => [t.tierRank, t.processes.map((p) => p.id)])).toEqual([
      [0, ['Pay']],
      [1, ['Bill']],
    ]);
    expect(b.explanation).toContain('Site1');
  });

  it('of a process counts the process itself', () => {
    const b = blastRadius(g, 'Pay');
    expect(b.failedCount).toBe(0);
    expect(b.weightedImpact).toBe(5);
  });

  it('throws on an unknown node', () => {
    expect(() => blastRadius(g, 'nope')).toThrow(/nope/);
  });

  it('summary agrees with the single-node computation, largest impact first', () => {
    const summary = blastRadiusSummary(g);
    for (const s of summary) {
      const b = blastRadius(g, s.id);
      expect(s.failedCount).toBe(b.failedCount);
      expect(s.weightedImpact).toBe(b.weightedImpact);
    }
    for (let i = 1; i < summary.length; i++)
      expect(summary[i - 1]!.weightedImpact).toBeGreaterThanOrEqual(summary[i]!.weightedImpact);
    expect(summary.find((s) => s.id === 'Srv1')!.processCountByTier).toEqual({ '0': 1, '1': 1 });
  });
});
