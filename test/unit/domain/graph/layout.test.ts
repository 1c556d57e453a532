import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  condense,
  layoutGraph,
  type GraphLayout,
  type LayoutInput,
} from '../../../../shared/domain/graph';
import { generateGraph, toLayoutInput } from '../../../fixtures/graph-generator';

const arbLayout: fc.Arbitrary<LayoutInput> = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc
    .record({
      widths: fc.array(opt(fc.integer({ min: 10, max: 200 })), { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    })
    .map(({ widths, edges }) => ({
      nodes: widths.map((w, i) => (w === undefined ? { id: `v${i}` } : { id: `v${i}`, width: w })),
      edges: edges.map(([a, b], i) => ({ id: `e${i}`, from: `v${a}`, to: `v${b}` })),
    })),
);

function opt<T>(a: fc.Arbitrary<T>) {
  return fc.option(a, { nil: undefined });
}

/** Checks the invariants every layout must keep; returns nothing, throws on a breach. */
function checkLayout(input: LayoutInput, layout: GraphLayout): void {
  const byLayer = new Map<number, GraphLayout['nodes']>();
  for (const nd of layout.nodes) {
    const list = byLayer.get(nd.layer) ?? [];
    list.push(nd);
    byLayer.set(nd.layer, list);
    expect(nd.x - nd.width / 2).toBeGreaterThanOrEqual(0);
    expect(nd.x + nd.width / 2).toBeLessThanOrEqual(layout.width);
    expect(nd.y + nd.height / 2).toBeLessThanOrEqual(layout.height);
  }
  // No two nodes of a layer overlap.
  for (const list of byLayer.values()) {
    const sorted = [...list].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(a.x + a.width / 2 - 1e-6);
      expect(a.y).toBe(b.y);
    }
  }
  // Outside cycles, every consumer sits in a layer above its providers.
  const g = buildGraph({
    nodes: input.nodes.map((n) => ({ id: n.id, name: n.id, kind: 'application' as const })),
    edges: input.edges.map((e) => ({ ...e, hard: true })),
  });
  const { comp } = condense(g);
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const edges = new Map(layout.edges.map((e) => [e.id, e]));
  for (const e of input.edges) {
    const a = pos.get(e.from)!;
    const b = pos.get(e.to)!;
    const drawn = edges.get(e.id)!;
    expect(drawn.points.length).toBeGreaterThanOrEqual(2);
    if (comp[g.indexOf.get(e.from)!] === comp[g.indexOf.get(e.to)!]) continue;
    expect(a.layer).toBeLessThan(b.layer);
    expect(a.y).toBeLessThan(b.y);
    expect(drawn.reversed).toBe(false);
    // Drawn from the consumer's bottom border to the provider's top border.
    expect(drawn.points[0]).toEqual({ x: a.x, y: a.y + a.height / 2 });
    expect(drawn.points[drawn.points.length - 1]).toEqual({ x: b.x, y: b.y - b.height / 2 });
  }
}

describe('layered layout', () => {
  it('lays out a small map: consumers above providers, long edges bent through dummies', () => {
    // P → A → D, P → D (long edge, one bend point on A's layer), A → S, D → S.
    const input: LayoutInput = {
      nodes: [{ id: 'P' }, { id: 'A' }, { id: 'D' }, { id: 'S' }],
      edges: [
        { id: 'pa', from: 'P', to: 'A' },
        { id: 'ad', from: 'A', to: 'D' },
        { id: 'pd', from: 'P', to: 'D' },
        { id: 'ds', from: 'D', to: 'S' },
      ],
    };
    const layout = layoutGraph(input);
    expect(layout.nodes.map((n) => n.layer)).toEqual([0, 1, 2, 3]);
    expect(layout.edges.find((e) => e.id === 'pd')!.points).toHaveLength(3);
    expect(layout.crossings).toBe(0);
    checkLayout(input, layout);
  });

  it('reverses a back edge to break a cycle and draws it consumer → provider', () => {
    const input: LayoutInput = {
      nodes: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      edges: [
        { id: 'ab', from: 'A', to: 'B' },
        { id: 'ba', from: 'B', to: 'A' },
        { id: 'cc', from: 'C', to: 'C' },
      ],
    };
    const layout = layoutGraph(input);
    const ba = layout.edges.find((e) => e.id === 'ba')!;
    expect(ba.reversed).toBe(true);
    const b = layout.nodes.find((n) => n.id === 'B')!;
    expect(ba.points[0]!.y).toBe(b.y - b.height / 2);
    expect(layout.edges.find((e) => e.id === 'cc')!.points).toHaveLength(4);
  });

  it('keeps its invariants on random maps', () => {
    fc.assert(fc.property(arbLayout, (input) => checkLayout(input, layoutGraph(input))));
  });

  it('is deterministic and keeps its invariants on a generated 1,000-node map', () => {
    const input = toLayoutInput(generateGraph({ nodes: 1000, edgesPerNode: 1.5, seed: 5 }));
    const a = layoutGraph(input);
    expect(layoutGraph(input)).toEqual(a);
    checkLayout(input, a);
  });

  it('ignores edges to unknown nodes and handles an empty graph', () => {
    expect(layoutGraph({ nodes: [{ id: 'a' }], edges: [{ id: 'x', from: 'a', to: 'zz' }] }).edges).toEqual(
      [],
    );
    expect(layoutGraph({ nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [], layerCount: 0 });
  });
});
