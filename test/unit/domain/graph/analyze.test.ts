import { describe, expect, it } from 'vitest';
import { analyze, buildGraph } from '../../../../shared/domain/graph';
import { generateGraph, graph, needs, node } from '../../../fixtures/graph-generator';

describe('analyze', () => {
  it('returns every analysis in one JSON-safe object and reports skipped input', () => {
    const input = graph(
      [
        node('P', 'process', { tierRank: 0, rtoMinutes: 60 }),
        node('A', 'application', { rtoMinutes: 240 }),
        node('P', 'process'),
      ],
      [needs('P', 'A'), needs('P', 'ghost'), needs('P', 'A')],
    );
    const a = analyze(input);
    expect(a.schemaVersion).toBe(1);
    expect(a.nodeCount).toBe(2);
    expect(a.issues.map((i) => i.code).sort()).toEqual(['dangling-edge', 'duplicate-edge', 'duplicate-node']);
    expect(a.singlePointsOfFailure.map((s) => s.id)).toEqual(['A']);
    expect(a.rtoInversions).toHaveLength(1);
    expect(a.recoveryOrder.waves).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('gives the same result from raw input and from a compiled graph', () => {
    const input = generateGraph({ nodes: 300, edgesPerNode: 3, seed: 11 });
    expect(analyze(buildGraph(input))).toEqual(analyze(input));
  });

  it('handles an empty graph', () => {
    const a = analyze({ nodes: [], edges: [] });
    expect(a.recoveryOrder.waves).toEqual([]);
    expect(a.blastRadius).toEqual([]);
  });
});
