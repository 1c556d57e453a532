// The scenario Monte Carlo against an independent one in numpy with exact Beta-PERT draws (no
// quantile table): the probability and the mean must agree within the standard error.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { GraphInput } from '../../../../shared/domain/graph';
import { scenarioMatrix, type RunbookSpec } from '../../../../shared/domain/resilience';

/** The first Python with numpy: Debian's, else the one on PATH (a machine may have either). */
function pythonWithNumpy(): string {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(candidate, ['-c', 'import numpy'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('No python3 with numpy found (tried /usr/bin/python3 and python3 on PATH).');
}

// Site S (5 min) fails; A and D need S; P (15 min) needs A and D. A's runbook: s1 then s2;
// D's runbook: one step. P is back at 15 + 5 + max(s1 + s2, d).
const runbooks: RunbookSpec[] = [
  {
    id: 'ra',
    name: 'Recover A',
    steps: [
      { id: 's1', title: 'fail over', minMinutes: 10, likelyMinutes: 20, maxMinutes: 40, dependsOn: [] },
      {
        id: 's2',
        title: 'warm caches',
        minMinutes: 5,
        likelyMinutes: 10,
        maxMinutes: 30,
        dependsOn: ['s1'],
        restoresNodeIds: ['A'],
      },
    ],
  },
  {
    id: 'rd',
    name: 'Recover D',
    steps: [
      {
        id: 'd',
        title: 'restore',
        minMinutes: 20,
        likelyMinutes: 30,
        maxMinutes: 60,
        dependsOn: [],
        restoresNodeIds: ['D'],
      },
    ],
  },
];
const graph: GraphInput = {
  nodes: [
    { id: 'P', name: 'P', kind: 'process', restoreMinutes: 15 },
    { id: 'A', name: 'A', kind: 'application' },
    { id: 'D', name: 'D', kind: 'datastore' },
    { id: 'S', name: 'S', kind: 'site', restoreMinutes: 5 },
  ],
  edges: [
    { id: 'e1', from: 'P', to: 'A', hard: true },
    { id: 'e2', from: 'P', to: 'D', hard: true },
    { id: 'e3', from: 'A', to: 'S', hard: true },
    { id: 'e4', from: 'D', to: 'S', hard: true },
  ],
};

const NUMPY = `
import json, numpy as np
rng = np.random.default_rng(12345)
N = 400_000
def pert(a, m, b):
    al = 1 + 4 * (m - a) / (b - a); be = 1 + 4 * (b - m) / (b - a)
    return a + (b - a) * rng.beta(al, be, N)
t = 15 + 5 + np.maximum(pert(10, 20, 40) + pert(5, 10, 30), pert(20, 30, 60))
print(json.dumps({"p": float(np.mean(t <= 60)), "mean": float(t.mean()), "sd": float(t.std())}))
`;

describe('scenario Monte Carlo agrees with numpy', () => {
  it('P(within 60 min) and the mean agree within three standard errors', () => {
    const ref = JSON.parse(execFileSync(pythonWithNumpy(), ['-c', NUMPY], { encoding: 'utf8' })) as {
      p: number;
      mean: number;
      sd: number;
    };
    const cell = scenarioMatrix({
      graph,
      runbooks,
      services: [{ id: 'svc', name: 'svc', nodeIds: ['P'], toleranceMinutes: 60 }],
      scenarios: [{ id: 'x', name: 'site loss', failures: [{ type: 'node', nodeId: 'S' }] }],
      mc: { runs: 10_000, seed: 1 },
    }).scenarios[0]!.cells[0]!;
    expect(cell.achievableMinutes).toBe(15 + 5 + 30); // likely: max(20 + 10, 30)
    // The reference's own error (400k runs) is small beside ours; combine both.
    const se = Math.sqrt((ref.p * (1 - ref.p)) / 10_000 + (ref.p * (1 - ref.p)) / 400_000);
    expect(Math.abs(cell.probability! - ref.p)).toBeLessThan(3 * se);
    const seMean = ref.sd * Math.sqrt(1 / 10_000 + 1 / 400_000);
    expect(Math.abs(cell.meanMinutes! - ref.mean)).toBeLessThan(3 * seMean);
  });
});
