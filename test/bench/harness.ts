// Benchmarks print figures; they never fail a test run. A budget is shown beside the figure.

export interface BenchFigure {
  name: string;
  ms: number;
  budgetMs?: number;
  /** Peak resident memory in MB, when the benchmark measures it. */
  peakMb?: number;
  budgetMb?: number;
  note?: string;
}

/** Runs fn once to warm up, then `iterations` times, and reports the median wall time. */
export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  opts: { iterations?: number; budgetMs?: number; note?: string } = {},
): Promise<BenchFigure> {
  const iterations = opts.iterations ?? 5;
  await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? 0;
  return { name, ms, budgetMs: opts.budgetMs, note: opts.note };
}

export function formatFigure(f: BenchFigure): string {
  const within = (v: number, b?: number) => (b === undefined ? '' : v <= b ? ' ok' : ' OVER BUDGET');
  let line = `${f.name.padEnd(58)} ${f.ms.toFixed(1).padStart(9)} ms`;
  if (f.budgetMs !== undefined) line += ` (budget ${f.budgetMs} ms${within(f.ms, f.budgetMs)})`;
  if (f.peakMb !== undefined) {
    line += `  peak ${f.peakMb.toFixed(0)} MB`;
    if (f.budgetMb !== undefined) line += ` (budget ${f.budgetMb} MB${within(f.peakMb, f.budgetMb)})`;
  }
  if (f.note) line += `  ${f.note}`;
  return line;
}
