// `npm run bench`: every benchmark module in this folder, figures printed against their budgets.
// Benchmarks never fail the build; their figures go into the closing notes of the issues.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatFigure, type BenchFigure } from './harness';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const mod = (await import(join(import.meta.dirname, file))) as { run: () => Promise<BenchFigure[]> };
  console.log(`\n# ${file.replace('.bench.ts', '')}`);
  try {
    for (const figure of await mod.run()) console.log(formatFigure(figure));
  } catch (err) {
    console.log(`  failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
