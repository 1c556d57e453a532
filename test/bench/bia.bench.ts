// How long the BIA view waits to derive objectives for a large portfolio.
import {
  DEFAULT_IMPACT_CATEGORIES,
  deriveAll,
  prepareBiaConfig,
  type BiaProcessInput,
  type RatingRow,
} from '../../shared/domain/bia';
import { measure, type BenchFigure } from './harness';
import { DEFAULT_BIA_CONFIG, DEFAULT_TIME_BUCKETS } from '../fixtures/bia-config';

const PROCESSES = 10_000;

/** mulberry32: the same portfolio on every run, so figures compare across commits. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function portfolio(count: number, seed = 42): BiaProcessInput[] {
  const random = seeded(seed);
  const int = (n: number) => Math.floor(random() * n);
  const out: BiaProcessInput[] = [];
  for (let i = 0; i < count; i++) {
    const ratings: Record<string, RatingRow> = {};
    for (const category of DEFAULT_IMPACT_CATEGORIES) {
      const row: number[] = [];
      let level = int(2);
      // A few rows in a hundred dip once, as real workshop grids sometimes do.
      const dipAt = random() < 0.03 ? 1 + int(DEFAULT_TIME_BUCKETS.length - 1) : -1;
      for (let b = 0; b < DEFAULT_TIME_BUCKETS.length; b++) {
        if (b > 0 && random() < 0.45) level = Math.min(4, level + 1);
        row.push(b === dipAt ? Math.max(0, level - 2) : level);
      }
      ratings[category.id] = row;
    }
    let loss = 0;
    out.push({
      id: `process-${i}`,
      ratings,
      wrtMinutes: [0, 30, 60, 120, 240][int(5)],
      dataLossToleranceMinutes: [15, 60, 240, 1440][int(4)],
      manualRtoMinutes: random() < 0.1 ? [60, 240, 1440][int(3)] : null,
      pinnedTierId: random() < 0.05 ? `tier-${int(4)}` : null,
      financialLossByBucket: DEFAULT_TIME_BUCKETS.map(() => (loss += 1000 * (1 + int(10)))),
    });
  }
  return out;
}

export async function run(): Promise<BenchFigure[]> {
  const processes = portfolio(PROCESSES);
  const config = prepareBiaConfig(DEFAULT_BIA_CONFIG);
  return [
    await measure('derive objectives for 10,000 processes', () => deriveAll(processes, config), {
      iterations: 9,
      budgetMs: 100,
      note: '6 categories × 8 buckets',
    }),
  ];
}
