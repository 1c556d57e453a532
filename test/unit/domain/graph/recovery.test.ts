import { describe, expect, it } from 'vitest';
import { buildGraph, findCycles, recoveryOrder, recoveryTimes } from '../../../../shared/domain/graph';
import { graph, needs, node } from '../../../fixtures/graph-generator';

describe('achievable recovery time', () => {
  // P (RTO 60) ──> A (30 min) ──> group {X 100 min, Y proven 40 (estimate 20)}
  //                          └──> D (50 min) ──> S (10 min)
  // Y counts 40 (proven beats the estimate); the group waits for its fastest member: 40.
  // D = 50 + 10 = 60. A = 30 + max(40, 60) = 90 via D. P = 0 + 90 = 90: misses 60 by 30.
  // Cycle: U (1 min) ──> Q (10) <──> R (20) ──> T (5): the cycle is one unit of 10 + 20 = 30
  // own minutes, waiting 5 for T: 35 for Q and R; U = 1 + 35 = 36.
  const g = buildGraph(
    graph(
      [
        node('P', 'process', { rtoMinutes: 60 }),
        node('A', 'application', { restoreMinutes: 30 }),
        node('X', 'infrastructure', { restoreMinutes: 100 }),
        node('Y', 'infrastructure', { restoreMinutes: 20, provenMinutes: 40, provenAt: '2025-02-01' }),
        node('D', 'datastore', { restoreMinutes: 50, rtoMinutes: 120 }),
        node('S', 'site', { restoreMinutes: 10 }),
        node('U', 'application', { restoreMinutes: 1 }),
        node('Q', 'application', { restoreMinutes: 10 }),
        node('R', 'application', { restoreMinutes: 20 }),
        node('T', 'infrastructure', { restoreMinutes: 5 }),
      ],
      [
        needs('P', 'A'),
        needs('A', 'X', { groupId: 'g' }),
        needs('A', 'Y', { groupId: 'g' }),
        needs('A', 'D'),
        needs('D', 'S'),
        needs('A', 'T', { hard: false }),
        needs('U', 'Q'),
        needs('Q', 'R'),
        needs('R', 'Q'),
        needs('R', 'T'),
      ],
    ),
  );
  const times = new Map(recoveryTimes(g).map((t) => [t.id, t]));

  it('adds own time to the slowest required provider, groups taking their fastest member', () => {
    expect(times.get('Y')).toMatchObject({
      ownMinutes: 40,
      ownSource: 'proven',
      provenAt: '2025-02-01',
      achievableMinutes: 40,
    });
    expect(times.get('D')).toMatchObject({
      achievableMinutes: 60,
      rtoMinutes: 120,
      gapMinutes: -60,
      meetsRto: true,
    });
    expect(times.get('A')!.achievableMinutes).toBe(90);
    expect(times.get('A')!.criticalPath).toEqual(['A', 'D', 'S']);
    expect(times.get('P')).toMatchObject({
      achievableMinutes: 90,
      gapMinutes: 30,
      meetsRto: false,
      ownSource: 'none',
    });
    expect(times.get('P')!.criticalPath).toEqual(['P', 'A', 'D', 'S']);
    expect(times.get('P')!.explanation).toContain('misses its RTO of 1 h by 30 min');
  });

  it('times a cycle as one unit and marks its members', () => {
    expect(times.get('Q')).toMatchObject({ achievableMinutes: 35, cycleId: 'cycle-1' });
    expect(times.get('R')).toMatchObject({ achievableMinutes: 35, cycleId: 'cycle-1' });
    expect(times.get('U')!.achievableMinutes).toBe(36);
    expect(times.get('U')!.cycleId).toBeUndefined();
  });

  it('survives a 10,000-node chain without recursion', () => {
    const n = 10_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, 'application', { restoreMinutes: 1 }));
    const edges = Array.from({ length: n - 1 }, (_, i) => needs(`n${i}`, `n${i + 1}`));
    const chain = buildGraph(graph(nodes, edges));
    const t = recoveryTimes(chain);
    expect(t[0]!.achievableMinutes).toBe(n);
    expect(t[0]!.pathTruncated).toBe(true);
    expect(recoveryOrder(chain).waves).toHaveLength(n);
  });
});

describe('a measured recovery time is what counts (issue 13 item 12)', () => {
  // Worked example. Site DC2 is estimated at 10 min with an RTO of 60; a DR test (failed) measured it
  // back in 90 min. Process Ship (own 20 min, RTO 240) needs App (own 30) which needs DC2.
  // Before: DC2 "recovered in 10 min" whatever the test said only when a test passed; a failed test
  // changed nothing. Now DC2 = 90 (10 estimated, 80 slower), 30 over its RTO; App = 30 + 90 = 120;
  // Ship = 20 + 120 = 140. App measured end to end (App2, 45 min, estimate 30 + DC3's 50 = 80): 45,
  // with nothing added below it, since the test timed the providers' recovery too.
  const g = buildGraph(
    graph(
      [
        node('DC2', 'site', {
          restoreMinutes: 10,
          rtoMinutes: 60,
          provenMinutes: 90,
          provenAt: '2026-11-20T10:00:00Z',
        }),
        node('App', 'application', { restoreMinutes: 30 }),
        node('Ship', 'process', { restoreMinutes: 20, rtoMinutes: 240 }),
        node('App2', 'application', { restoreMinutes: 30, provenMinutes: 45 }),
        node('DC3', 'site', { restoreMinutes: 50 }),
      ],
      [needs('Ship', 'App'), needs('App', 'DC2'), needs('App2', 'DC3')],
    ),
  );
  const times = new Map(recoveryTimes(g).map((t) => [t.id, t]));

  it('the measurement replaces the estimate, with both shown and the gap to the RTO', () => {
    expect(times.get('DC2')).toMatchObject({
      ownSource: 'proven',
      achievableMinutes: 90,
      estimatedMinutes: 10,
      rtoMinutes: 60,
      gapMinutes: 30,
      meetsRto: false,
    });
    expect(times.get('DC2')!.explanation).toBe(
      'DC2 was measured back in 1 h 30 min by a DR test (2026-11-20); the estimates give 10 min, so it recovers 1 h 20 min slower than estimated. That misses its RTO of 1 h by 30 min.',
    );
    expect(times.get('App')!.achievableMinutes).toBe(120);
    expect(times.get('Ship')).toMatchObject({ achievableMinutes: 140, criticalPath: ['Ship', 'App', 'DC2'] });
  });

  it('a measurement is end to end: the providers are not added on top', () => {
    expect(times.get('App2')).toMatchObject({
      achievableMinutes: 45,
      estimatedMinutes: 80,
      criticalPath: ['App2'],
    });
  });
});

describe('recovery order and cycles', () => {
  // P ──> A ──> D ──> S;  P ──> B ──> S;  C1 <──> C2 ──> S;  X ──> X (self-loop);  B ─soft─> P.
  // Waves: 0: S, X(cycle)  1: D, B, {C1, C2}  2: A  3: P
  const g = buildGraph(
    graph(
      [
        node('P', 'process'),
        node('A', 'application'),
        node('B', 'application'),
        node('D', 'datastore'),
        node('S', 'site'),
        node('C1', 'application'),
        node('C2', 'application'),
        node('X', 'infrastructure'),
      ],
      [
        needs('P', 'A'),
        needs('A', 'D'),
        needs('D', 'S'),
        needs('P', 'B'),
        needs('B', 'S'),
        needs('C1', 'C2'),
        needs('C2', 'C1'),
        needs('C2', 'S'),
        needs('X', 'X'),
        needs('B', 'P', { hard: false }),
      ],
    ),
  );

  it('restores providers first in parallel waves, cycles as one unit', () => {
    const order = recoveryOrder(g);
    expect(order.waves.map((w) => w.units.map((u) => u.nodeIds.join('+')))).toEqual([
      ['S', 'X'],
      ['B', 'D', 'C1+C2'],
      ['A'],
      ['P'],
    ]);
    expect(order.waves[0]!.units[1]!.cycleId).toBeDefined();
    expect(order.cycles).toHaveLength(2);
  });

  it('reports cycles with their members and self-loops', () => {
    const cycles = findCycles(g);
    expect(cycles.map((c) => [c.id, c.members.map((m) => m.id), c.selfLoop])).toEqual([
      ['cycle-1', ['C1', 'C2'], false],
      ['cycle-2', ['X'], true],
    ]);
    expect(cycles[0]!.explanation).toContain('C1 and C2');
  });
});
