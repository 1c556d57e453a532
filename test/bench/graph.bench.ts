// Graph analytics and layout on generated, realistic maps (test/fixtures/graph-generator.ts):
// the whole analysis of 10,000 nodes / 30,000 edges part by part, and the layered layout of
// 2,000 and 5,000 nodes at 1.5 edges per node (TOOLCHAIN.md: cytoscape's layouts take seconds).

import { analyze } from '../../shared/domain/graph/analyze';
import { blastPass } from '../../shared/domain/graph/blast-radius';
import { buildGraph } from '../../shared/domain/graph/build';
import { condense } from '../../shared/domain/graph/cycles';
import { rtoInversions } from '../../shared/domain/graph/inversions';
import { layoutGraph } from '../../shared/domain/graph/layout/layout';
import { recoveryOrder } from '../../shared/domain/graph/recovery-order';
import { recoveryTimes } from '../../shared/domain/graph/recovery-time';
import { singlePointsOfFailure } from '../../shared/domain/graph/spof';
import { generateGraph, toLayoutInput } from '../fixtures/graph-generator';
import { measure, type BenchFigure } from './harness';

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const input = generateGraph({ nodes: 10_000, edgesPerNode: 3, seed: 42 });
  const g = buildGraph(input);
  const c = condense(g);
  const pass = blastPass(g);
  const size = `${g.nodeCount} nodes / ${g.edges.length} edges`;
  const part = (name: string, fn: () => unknown) => measure(`graph ${name} (10k/30k)`, fn, { iterations: 7 });

  figures.push(await part('build (compile to CSR)', () => buildGraph(input)));
  figures.push(await part('cycles (iterative Tarjan)', () => condense(g)));
  figures.push(await part('blast radius, all nodes', () => blastPass(g)));
  figures.push(await part('single points of failure', () => singlePointsOfFailure(g, pass)));
  figures.push(await part('RTO inversions', () => rtoInversions(g)));
  figures.push(await part('achievable recovery time', () => recoveryTimes(g, c)));
  figures.push(await part('recovery order', () => recoveryOrder(g, c)));
  const result = analyze(input);
  figures.push(
    await measure('graph analyze, whole (10k/30k, build included)', () => analyze(input), {
      iterations: 7,
      budgetMs: 200,
      note: `${size}; ${result.singlePointsOfFailure.length} SPOFs, ${result.rtoInversions.length} inversions, ${result.cycles.length} cycles`,
    }),
  );

  for (const [nodes, budgetMs] of [
    [2_000, 150],
    [5_000, 300],
  ] as const) {
    const layoutInput = toLayoutInput(generateGraph({ nodes, edgesPerNode: 1.5, seed: 42 }));
    const layout = layoutGraph(layoutInput);
    figures.push(
      await measure(
        `graph layout, ${nodes} nodes / ${layoutInput.edges.length} edges`,
        () => layoutGraph(layoutInput),
        {
          iterations: 5,
          budgetMs,
          note: `${layout.layerCount} layers, ${layout.crossings} crossings`,
        },
      ),
    );
  }
  return figures;
}
