import { describe, expect, it } from 'vitest';
import { buildGraph, rtoInversions } from '../../../../shared/domain/graph';
import { graph, needs, node } from '../../../fixtures/graph-generator';

// P: Tier 0 process, RTO 60.
//   P ──> A (no RTO) ──> D (RTO 240)         D is slower than the 60 P needs, through A.
//   P ──> B (target 30, proven 120)          proven capability wins over the target.
//   P ──> group gs {E 240, F 480}            every member slower: the fastest, E, decides.
//   P ──> group gf {G proven 30, H proven 480} G is fast enough: no inversion for the group,
//         G ──> L (RTO 120)                  but G's own provider answers to P's 60 …
//         H ──> K (RTO 1000)                 … while the slow backup's providers do not.
//   P ─soft─> Z (RTO 9999)                   soft edges never invert.
//   Q: Tier 2 process, RTO 1440 ──> D       Q alone would be fine with D.
const g = buildGraph(
  graph(
    [
      node('P', 'process', { tierRank: 0, rtoMinutes: 60 }),
      node('Q', 'process', { tierRank: 2, rtoMinutes: 1440 }),
      node('A', 'application'),
      node('B', 'application', { rtoMinutes: 30, provenMinutes: 120, provenAt: '2025-01-15' }),
      node('D', 'datastore', { rtoMinutes: 240 }),
      node('E', 'infrastructure', { rtoMinutes: 240 }),
      node('F', 'infrastructure', { rtoMinutes: 480 }),
      // Proven capability only (no targets of their own), so their demand is P's alone.
      node('G', 'infrastructure', { provenMinutes: 30 }),
      node('H', 'infrastructure', { provenMinutes: 480 }),
      node('L', 'site', { rtoMinutes: 120 }),
      node('K', 'site', { rtoMinutes: 1000 }),
      node('Z', 'vendor', { rtoMinutes: 9999 }),
    ],
    [
      needs('P', 'A'),
      needs('A', 'D'),
      needs('P', 'B'),
      needs('P', 'E', { groupId: 'gs' }),
      needs('P', 'F', { groupId: 'gs' }),
      needs('P', 'G', { groupId: 'gf' }),
      needs('P', 'H', { groupId: 'gf' }),
      needs('G', 'L'),
      needs('H', 'K'),
      needs('P', 'Z', { hard: false }),
      needs('Q', 'D'),
    ],
  ),
);
const inversions = rtoInversions(g);
const key = (i: (typeof inversions)[number]) => `${i.consumer.id}->${i.providers.map((p) => p.id).join('|')}`;

describe('RTO inversions', () => {
  it('finds exactly the expected inversions', () => {
    expect(inversions.map(key).sort()).toEqual(['A->D', 'G->L', 'P->B', 'P->E|F'].sort());
  });

  it('inherits the demand down an untargeted node and shows the path from the process', () => {
    const i = inversions.find((x) => key(x) === 'A->D')!;
    expect(i.demandMinutes).toBe(60);
    expect(i.providerMinutes).toBe(240);
    expect(i.excessMinutes).toBe(180);
    expect(i.demandOrigin.id).toBe('P');
    expect(i.path.map((p) => p.id)).toEqual(['P', 'A', 'D']);
    expect(i.edgeIds).toHaveLength(1);
    expect(i.explanation).toContain('P → A → D');
  });

  it('uses proven capability when known and carries its date', () => {
    const i = inversions.find((x) => key(x) === 'P->B')!;
    expect(i.providerMinutes).toBe(120);
    expect(i.providers[0]).toMatchObject({ source: 'proven', provenAt: '2025-01-15' });
    expect(i.explanation).toContain('2025-01-15');
  });

  it('lets the fastest member of a group decide', () => {
    const i = inversions.find((x) => key(x) === 'P->E|F')!;
    expect(i.groupId).toBe('gs');
    expect(i.providerMinutes).toBe(240);
    expect(i.path.map((p) => p.id)).toEqual(['P', 'E']);
    expect(i.edgeIds).toHaveLength(2);
  });

  it('sends the demand only through the fastest member of a group', () => {
    const l = inversions.find((x) => key(x) === 'G->L')!;
    expect(l.demandMinutes).toBe(60);
    expect(l.path.map((p) => p.id)).toEqual(['P', 'G', 'L']);
    expect(inversions.some((x) => x.consumer.id === 'H')).toBe(false);
  });

  it('reports nothing when every provider is fast enough', () => {
    const ok = buildGraph(
      graph(
        [node('P', 'process', { rtoMinutes: 240 }), node('A', 'application', { rtoMinutes: 60 })],
        [needs('P', 'A')],
      ),
    );
    expect(rtoInversions(ok)).toEqual([]);
  });
});
