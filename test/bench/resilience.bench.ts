// The scenario × service matrix (issue 18): 50 scenarios × 30 important business services on a
// 10,000-node map, 10,000 Monte Carlo runs per scenario, over 500 runbooks of five steps each.
// The renderer runs the same function in a Web Worker, so this is the time the user waits.

import type { GraphInput } from '../../shared/domain/graph/types';
import {
  scenarioMatrix,
  type FailureSelector,
  type ResilienceInput,
  type RunbookSpec,
} from '../../shared/domain/resilience';
import { generateGraph, prng } from '../fixtures/graph-generator';
import { measure, type BenchFigure } from './harness';

export function resilienceBenchInput(graph: GraphInput, seed = 7): ResilienceInput {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const of = (kind: string) => graph.nodes.filter((n) => n.kind === kind);
  const resources = graph.nodes.filter((n) => n.kind !== 'process');
  const runbooks: RunbookSpec[] = [];
  for (let r = 0; r < 500; r++) {
    const target = pick(resources).id;
    const est = (m: number) => ({ minMinutes: m * 0.5, likelyMinutes: m, maxMinutes: m * 2.5 });
    runbooks.push({
      id: `rb${r}`,
      name: `Runbook ${r}`,
      steps: [
        { id: 'a', title: 'assess', ...est(10), dependsOn: [] },
        { id: 'b', title: 'fail over', ...est(20), dependsOn: ['a'] },
        { id: 'c', title: 'restore data', ...est(40), dependsOn: ['a'] },
        { id: 'd', title: 'reconcile', ...est(15), dependsOn: ['b', 'c'] },
        { id: 'e', title: 'verify', ...est(5), dependsOn: ['d'], restoresNodeIds: [target] },
      ],
    });
  }
  const processes = of('process');
  const services = Array.from({ length: 30 }, (_, i) => ({
    id: `svc${i}`,
    name: `Service ${i}`,
    nodeIds: [0, 1, 2, 3].map(() => pick(processes).id),
    toleranceMinutes: 120 + Math.floor(rand() * 8) * 60,
  }));
  const sites = of('site');
  const vendors = of('vendor');
  const infra = of('infrastructure');
  const scenarios = Array.from({ length: 50 }, (_, i) => {
    // Heavy on purpose: a site, all of a vendor and three infrastructure nodes at once.
    const failures: FailureSelector[] = [
      { type: 'node', nodeId: pick(sites).id },
      { type: 'all-of', nodeId: pick(vendors).id },
      ...[0, 1, 2].map(() => ({ type: 'node' as const, nodeId: pick(infra).id })),
    ];
    return { id: `sc${i}`, name: `Scenario ${i}`, failures };
  });
  return { graph, runbooks, services, scenarios, mc: { runs: 10_000, seed: 1 } };
}

export async function run(): Promise<BenchFigure[]> {
  const graph = generateGraph({ nodes: 10_000, edgesPerNode: 3, seed: 42 });
  const input = resilienceBenchInput(graph);
  const m = scenarioMatrix(input);
  let breaches = 0;
  let hit = 0;
  for (const s of m.scenarios)
    for (const c of s.cells) {
      if (c.status !== 'unaffected') hit++;
      if (c.status === 'breach') breaches++;
    }
  return [
    await measure(
      'scenario × service matrix, 50 × 30 on 10k nodes, 10,000 runs each',
      () => scenarioMatrix(input),
      {
        iterations: 3,
        budgetMs: 2000,
        note: `${hit} of 1,500 cells hit, ${breaches} breaches; 500 runbooks`,
      },
    ),
  ];
}
