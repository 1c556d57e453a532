// Properties over random small maps: containment of hard ancestors in the blast radius,
// redundancy never adding a SPOF, waves respecting hard edges, and invariance under renaming.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  blastRadius,
  buildGraph,
  singlePointsOfFailure,
  type GraphAnalysis,
  type GraphEdge,
  type GraphInput,
  type GraphNode,
} from '../../../../shared/domain/graph';
import { blastRadiusSummary } from '../../../fixtures/propagation';
import { NODE_KINDS } from '../../../../shared/domain/model';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const arbGraph: fc.Arbitrary<GraphInput> = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc
    .record({
      nodes: fc.array(
        fc.record({
          kind: fc.constantFrom(...NODE_KINDS),
          tier: opt(fc.integer({ min: 0, max: 3 })),
          rto: opt(fc.integer({ min: 1, max: 50 }).map((x) => x * 10)),
          restore: opt(fc.integer({ min: 0, max: 100 })),
          proven: opt(fc.integer({ min: 1, max: 50 }).map((x) => x * 10)),
          weight: opt(fc.integer({ min: 1, max: 5 })),
        }),
        { minLength: n, maxLength: n },
      ),
      edges: fc.array(
        fc.record({
          from: fc.nat(n - 1),
          to: fc.nat(n - 1),
          hard: fc.integer({ min: 0, max: 3 }).map((x) => x > 0),
          group: opt(fc.constantFrom('a', 'b')),
        }),
        { maxLength: 3 * n },
      ),
    })
    .map(({ nodes, edges }) => {
      const out: GraphInput = {
        nodes: nodes.map((r, i): GraphNode => {
          const node: GraphNode = { id: `v${i}`, name: `Node ${i}`, kind: r.kind };
          if (r.tier !== undefined) node.tierRank = r.tier;
          if (r.rto !== undefined) node.rtoMinutes = r.rto;
          if (r.restore !== undefined) node.restoreMinutes = r.restore;
          if (r.proven !== undefined) node.provenMinutes = r.proven;
          if (r.weight !== undefined) node.impactWeight = r.weight;
          return node;
        }),
        edges: edges.map((e, i): GraphEdge => {
          const edge: GraphEdge = { id: `e${i}`, from: `v${e.from}`, to: `v${e.to}`, hard: e.hard };
          if (e.group !== undefined) edge.groupId = e.group;
          return edge;
        }),
      };
      return out;
    }),
);

describe('graph properties', () => {
  it('the blast radius of X contains every node that reaches X by required, ungrouped edges', () => {
    fc.assert(
      fc.property(arbGraph, (input) => {
        const g = buildGraph(input);
        for (const x of input.nodes) {
          const reach = new Set([x.id]);
          const queue = [x.id];
          while (queue.length > 0) {
            const p = queue.pop()!;
            for (const e of input.edges) {
              if (e.hard && e.groupId === undefined && e.to === p && !reach.has(e.from)) {
                reach.add(e.from);
                queue.push(e.from);
              }
            }
          }
          const failed = new Set(blastRadius(g, x.id).failed.map((f) => f.id));
          for (const id of reach) expect(failed.has(id)).toBe(true);
        }
      }),
    );
  });

  it('the all-nodes summary agrees with the single-node blast radius', () => {
    fc.assert(
      fc.property(arbGraph, (input) => {
        const g = buildGraph(input);
        for (const s of blastRadiusSummary(g)) {
          const b = blastRadius(g, s.id);
          expect([s.failedCount, s.weightedImpact]).toEqual([b.failedCount, b.weightedImpact]);
        }
      }),
    );
  });

  it('adding a redundant provider to an existing group never adds a SPOF', () => {
    fc.assert(
      fc.property(arbGraph, fc.nat(), fc.option(fc.nat(), { nil: undefined }), (input, pick, memberPick) => {
        const grouped = input.edges.filter((e) => e.hard && e.groupId !== undefined);
        fc.pre(grouped.length > 0);
        const base = grouped[pick % grouped.length]!;
        // The new member is an existing node, or a brand-new one.
        const nodes = [...input.nodes];
        let to: string;
        if (memberPick === undefined) {
          to = 'fresh';
          nodes.push({ id: to, name: 'Fresh', kind: 'infrastructure' });
        } else {
          to = input.nodes[memberPick % input.nodes.length]!.id;
        }
        const edges = [
          ...input.edges,
          { id: 'added', from: base.from, to, hard: true, groupId: base.groupId! },
        ];
        const before = new Map(
          singlePointsOfFailure(buildGraph(input)).map((s) => [s.id, new Set(s.takesDown.map((p) => p.id))]),
        );
        for (const s of singlePointsOfFailure(buildGraph({ nodes, edges }))) {
          const was = before.get(s.id);
          expect(was, `${s.id} became a SPOF`).toBeDefined();
          for (const p of s.takesDown) expect(was!.has(p.id)).toBe(true);
        }
      }),
    );
  });

  it('the recovery order respects every hard edge outside cycles', () => {
    fc.assert(
      fc.property(arbGraph, (input) => {
        const { recoveryOrder } = analyze(input);
        const wave = new Map<string, number>();
        const unit = new Map<string, string>();
        for (const w of recoveryOrder.waves) {
          for (const u of w.units) {
            for (const id of u.nodeIds) {
              expect(wave.has(id)).toBe(false);
              wave.set(id, w.wave);
              unit.set(id, u.nodeIds.join('+'));
            }
          }
        }
        expect(wave.size).toBe(input.nodes.length);
        for (const e of input.edges) {
          if (!e.hard || unit.get(e.from) === unit.get(e.to)) continue;
          expect(wave.get(e.to)!).toBeLessThan(wave.get(e.from)!);
        }
      }),
    );
  });

  it('renaming and permuting ids does not change any analysis (mapped back)', () => {
    fc.assert(
      fc.property(arbGraph, fc.integer(), (input, seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j]!, out[i]!];
          }
          return out;
        };
        const rename = new Map(shuffle(input.nodes).map((n, i) => [n.id, `r${i}`]));
        const back = new Map([...rename].map(([a, b]) => [b, a]));
        const renamed: GraphInput = {
          nodes: shuffle(input.nodes.map((n) => ({ ...n, id: rename.get(n.id)! }))),
          edges: shuffle(
            input.edges.map((e) => ({ ...e, from: rename.get(e.from)!, to: rename.get(e.to)! })),
          ),
        };
        const canon = (a: GraphAnalysis, map: (id: string) => string) => ({
          blast: Object.fromEntries(
            a.blastRadius.map((b) => [map(b.id), [b.failedCount, b.weightedImpact, b.processCountByTier]]),
          ),
          spof: Object.fromEntries(
            a.singlePointsOfFailure.map((s) => [map(s.id), s.takesDown.map((p) => map(p.id)).sort()]),
          ),
          inversions: a.rtoInversions
            .map(
              (i) =>
                `${map(i.consumer.id)}>${i.providers
                  .map((p) => map(p.id))
                  .sort()
                  .join('|')}:${i.demandMinutes}/${i.providerMinutes}`,
            )
            .sort(),
          times: Object.fromEntries(
            a.recoveryTimes.map((t) => [
              map(t.id),
              [t.achievableMinutes, t.gapMinutes, t.cycleId !== undefined],
            ]),
          ),
          waves: Object.fromEntries(
            a.recoveryOrder.waves.flatMap((w) =>
              w.units.flatMap((u) => u.nodeIds.map((id) => [map(id), w.wave])),
            ),
          ),
          cycles: a.cycles
            .map((c) =>
              c.members
                .map((m) => map(m.id))
                .sort()
                .join('+'),
            )
            .sort(),
        });
        expect(canon(analyze(renamed), (id) => back.get(id)!)).toEqual(canon(analyze(input), (id) => id));
      }),
    );
  });
});
