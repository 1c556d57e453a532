// Runbook timing benchmark: the Monte Carlo budget from DESIGN.md §4 on a generated DAG that is the
// same every time (seeded), so figures compare across machines and commits.

import { criticalPath, monteCarlo, Rng, type RunbookStep } from '../../shared/domain/runbook';
import { measure, type BenchFigure } from './harness';

/** 200 steps; each later step waits for 1–3 earlier ones, and every 20th starts a new branch at 0. */
export function generateRunbook(stepCount: number, seed: number): RunbookStep[] {
  const rng = new Rng(seed);
  // Uniform on (0, 1), the same draws Rng.next() gave before it went with the samplers only tests used.
  const unit = (): number => (rng.nextUint32() + 0.5) / 4294967296;
  const steps: RunbookStep[] = [];
  for (let i = 0; i < stepCount; i++) {
    const dependsOn: string[] = [];
    if (i > 0 && i % 20 !== 0) {
      const want = 1 + (rng.nextUint32() % 3);
      for (let k = 0; k < want; k++) {
        const dep = `s${rng.nextUint32() % i}`;
        if (!dependsOn.includes(dep)) dependsOn.push(dep);
      }
    }
    const a = 5 + Math.floor(unit() * 25);
    const m = a + Math.floor(unit() * 20);
    const b = m + 1 + Math.floor(unit() * 60);
    steps.push({
      id: `s${i}`,
      title: `Step ${i}`,
      minMinutes: a,
      likelyMinutes: m,
      maxMinutes: b,
      dependsOn,
    });
  }
  return steps;
}

export async function run(): Promise<BenchFigure[]> {
  const steps = generateRunbook(200, 42);
  const edges = steps.reduce((n, s) => n + s.dependsOn.length, 0);
  const figures: BenchFigure[] = [];
  figures.push(
    await measure(
      'Monte Carlo 10,000 runs × 200 steps with dependencies',
      () => monteCarlo(steps, { runs: 10_000, seed: 7, rtoMinutes: 600 }),
      {
        budgetMs: 100,
        note: `${edges} dependencies`,
      },
    ),
  );
  figures.push(await measure('Critical path 200 steps', () => criticalPath(steps), { iterations: 20 }));
  return figures;
}
