// A node's own restore time in a scenario: the finish of the last step that restores it in the first
// runbook that does (a three-point estimate, so a random variable), else its restoreMinutes estimate.
// Steps are sampled exactly as the runbook Monte Carlo samples them (Beta-PERT quantile tables over
// the seeded xoshiro stream), so a single runbook gives the same distribution in both.

import { compileRunbook, validateRunbook } from '../runbook/graph';
import { criticalPath } from '../runbook/critical-path';
import { fillBetaQuantiles, PERT_TABLE_KNOTS, pertShape } from '../runbook/pert';
import type { Rng } from '../runbook/rng';
import type { RunbookSpec } from './types';

const TWO_POW_MINUS_22 = 1 / 4194304;

export interface NodeRunbook {
  runbookIndex: number;
  /** Step indices (within the runbook) that restore the node. */
  steps: number[];
  /** Own time with likely estimates: the latest earliest-finish among those steps. */
  likelyMinutes: number;
}

/** Which runbook restores which node; runbooks that fail validation are reported and skipped. */
export function indexRunbooks(runbooks: readonly RunbookSpec[]): {
  byNode: Map<string, NodeRunbook>;
  problems: string[];
} {
  const byNode = new Map<string, NodeRunbook>();
  const problems: string[] = [];
  runbooks.forEach((rb, r) => {
    if (rb.steps.length === 0) return;
    const v = validateRunbook(rb.steps);
    if (!v.ok) {
      problems.push(
        `Runbook "${rb.name}" is not valid (${v.issues[0]!.message}); its estimates are not used.`,
      );
      return;
    }
    const cp = criticalPath(rb.steps);
    const perNode = new Map<string, number[]>();
    rb.steps.forEach((s, i) => {
      for (const id of s.restoresNodeIds ?? []) {
        const list = perNode.get(id) ?? [];
        list.push(i);
        perNode.set(id, list);
      }
    });
    for (const [nodeId, steps] of perNode) {
      if (byNode.has(nodeId)) continue; // the first runbook listed is the one the plan relies on
      let likely = 0;
      for (const i of steps) likely = Math.max(likely, cp.schedule[rb.steps[i]!.id]!.earliestFinish);
      byNode.set(nodeId, { runbookIndex: r, steps, likelyMinutes: likely });
    }
  });
  return { byNode, problems };
}

/** Samples whole runbooks per run; every buffer allocated once. */
export class RunbookSampler {
  private readonly lo: Float64Array;
  private readonly range: Float64Array;
  private readonly tableAt: Int32Array;
  private readonly tables: Float64Array;
  /** Global step index of step 0 of runbook r. */
  readonly offset: Int32Array;
  private readonly order: Int32Array[];
  private readonly predStart: Int32Array[];
  private readonly preds: Int32Array[];
  /** Finish time of every step of the sampled runbooks in the current run. */
  readonly finish: Float64Array;

  constructor(
    runbooks: readonly RunbookSpec[],
    /** Only these runbooks are sampled. */
    readonly used: readonly number[],
  ) {
    const offset = new Int32Array(runbooks.length + 1);
    runbooks.forEach((rb, r) => (offset[r + 1] = offset[r]! + rb.steps.length));
    this.offset = offset;
    const n = offset[runbooks.length]!;
    this.lo = new Float64Array(n);
    this.range = new Float64Array(n);
    this.tableAt = new Int32Array(n).fill(-1);
    this.finish = new Float64Array(n);
    this.order = [];
    this.predStart = [];
    this.preds = [];
    const shapes = new Map<number, number>();
    const tableShapes: number[] = [];
    const knots = PERT_TABLE_KNOTS;
    for (const r of used) {
      const rb = runbooks[r]!;
      const c = compileRunbook(rb.steps);
      this.order[r] = c.order;
      this.predStart[r] = c.predStart;
      this.preds[r] = c.preds;
      rb.steps.forEach((s, i) => {
        const at = offset[r]! + i;
        this.lo[at] = s.minMinutes;
        this.range[at] = s.maxMinutes - s.minMinutes;
        if (this.range[at]! > 0) {
          const { alpha } = pertShape(s.minMinutes, s.likelyMinutes, s.maxMinutes);
          let t = shapes.get(alpha);
          if (t === undefined) {
            t = tableShapes.length * (knots + 1);
            shapes.set(alpha, t);
            tableShapes.push(alpha);
          }
          this.tableAt[at] = t;
        }
      });
    }
    this.tables = new Float64Array(tableShapes.length * (knots + 1));
    tableShapes.forEach((alpha, k) => fillBetaQuantiles(alpha, 6 - alpha, this.tables, k * (knots + 1)));
  }

  /** One run: draws every step of the used runbooks and fills finish[]. */
  sample(rng: Rng): void {
    const { lo, range, tableAt, tables, finish, offset } = this;
    for (const r of this.used) {
      const base = offset[r]!;
      const order = this.order[r]!;
      const predStart = this.predStart[r]!;
      const preds = this.preds[r]!;
      for (let k = 0; k < order.length; k++) {
        const i = order[k]!;
        let start = 0;
        for (let q = predStart[i]!, end = predStart[i + 1]!; q < end; q++) {
          const f = finish[base + preds[q]!]!;
          if (f > start) start = f;
        }
        const at = base + i;
        let d = lo[at]!;
        const t = tableAt[at]!;
        if (t >= 0) {
          // Same draw as runbook/monte-carlo.ts: top 10 bits pick the slice, low 22 the point in it.
          const u = rng.nextUint32();
          const j = t + (u >>> 22);
          const q0 = tables[j]!;
          d += range[at]! * (q0 + (u & 0x3fffff) * TWO_POW_MINUS_22 * (tables[j + 1]! - q0));
        }
        finish[at] = start + d;
      }
    }
  }
}
