// Validation of a runbook's steps and the compiled form the timing code runs on: a topological
// order and predecessor lists as typed arrays, so hot loops index integers instead of hashing ids.

import type { RunbookIssue, RunbookStep, StepId } from './types';

/** A runbook that passed validation, in index form. Index i is steps[i] of the input. */
export interface CompiledRunbook {
  ids: StepId[];
  /** Step indices such that every step comes after all its dependencies; ties keep input order. */
  order: Int32Array;
  /** Predecessors of step i are preds[predStart[i] .. predStart[i+1]), deduplicated. */
  predStart: Int32Array;
  preds: Int32Array;
}

export type RunbookValidation = { ok: true } | { ok: false; issues: RunbookIssue[] };

/** Thrown by the timing functions when given an invalid runbook; carries the same issues. */
export class RunbookError extends Error {
  readonly issues: RunbookIssue[];
  constructor(issues: RunbookIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
    this.name = 'RunbookError';
    this.issues = issues;
  }
}

function label(step: RunbookStep | undefined, id: StepId): string {
  return step && step.title ? `"${step.title}" (${id})` : `"${id}"`;
}

function estimateIssues(step: RunbookStep): string | undefined {
  const { minMinutes: a, likelyMinutes: m, maxMinutes: b } = step;
  if (![a, m, b].every(Number.isFinite)) return 'estimates must be numbers';
  if (a < 0) return 'estimates must not be negative';
  if (!(a <= m && m <= b)) return `estimates must satisfy min ≤ likely ≤ max (got ${a} / ${m} / ${b})`;
  return undefined;
}

/**
 * Checks ids, estimates, dependencies and cycles, reporting every problem rather than the first,
 * so an editor can mark all offending steps at once.
 */
export function validateRunbook(steps: readonly RunbookStep[]): RunbookValidation {
  const issues = collectIssues(steps);
  if (issues.length > 0) return { ok: false, issues };
  const cycles = findCycles(steps);
  return cycles.length > 0 ? { ok: false, issues: cycles } : { ok: true };
}

function collectIssues(steps: readonly RunbookStep[]): RunbookIssue[] {
  const issues: RunbookIssue[] = [];
  const seen = new Set<StepId>();
  for (const step of steps) {
    if (step.id.trim() === '') {
      issues.push({
        code: 'empty-id',
        stepIds: [step.id],
        message: `Step ${label(step, step.id)} has no id.`,
      });
    } else if (seen.has(step.id)) {
      issues.push({
        code: 'duplicate-id',
        stepIds: [step.id],
        message: `Two steps share the id "${step.id}"; ids must be unique.`,
      });
    }
    seen.add(step.id);
    const bad = estimateIssues(step);
    if (bad)
      issues.push({
        code: 'bad-estimate',
        stepIds: [step.id],
        message: `Step ${label(step, step.id)}: ${bad}.`,
      });
  }
  const ids = new Set(steps.map((s) => s.id));
  for (const step of steps) {
    for (const dep of step.dependsOn) {
      if (dep === step.id) {
        issues.push({
          code: 'self-dependency',
          stepIds: [step.id],
          message: `Step ${label(step, step.id)} depends on itself.`,
        });
      } else if (!ids.has(dep)) {
        issues.push({
          code: 'unknown-dependency',
          stepIds: [step.id, dep],
          message: `Step ${label(step, step.id)} depends on "${dep}", which is not a step of this runbook.`,
        });
      }
    }
  }
  return issues;
}

function indexPreds(steps: readonly RunbookStep[]): { predStart: Int32Array; preds: Int32Array } {
  const index = new Map<StepId, number>();
  steps.forEach((s, i) => index.set(s.id, i));
  const predStart = new Int32Array(steps.length + 1);
  const list: number[] = [];
  for (let i = 0; i < steps.length; i++) {
    predStart[i] = list.length;
    const mine = new Set<number>();
    for (const dep of steps[i]!.dependsOn) {
      const j = index.get(dep);
      if (j !== undefined && j !== i && !mine.has(j)) {
        mine.add(j);
        list.push(j);
      }
    }
  }
  predStart[steps.length] = list.length;
  return { predStart, preds: Int32Array.from(list) };
}

/** Kahn's algorithm; returns the order and how many steps it could place (fewer = a cycle). */
function topoOrder(
  n: number,
  predStart: Int32Array,
  preds: Int32Array,
): { order: Int32Array; placed: number } {
  const indeg = new Int32Array(n);
  const succCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    indeg[i] = predStart[i + 1]! - predStart[i]!;
    for (let k = predStart[i]!; k < predStart[i + 1]!; k++) succCount[preds[k]! + 1]!++;
  }
  // Successor lists in CSR form, built from the predecessor lists.
  for (let i = 0; i < n; i++) succCount[i + 1]! += succCount[i]!;
  const succStart = succCount.slice();
  const succ = new Int32Array(preds.length);
  const fill = succStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = predStart[i]!; k < predStart[i + 1]!; k++) succ[fill[preds[k]!]!++] = i;
  }
  // A min-ordered ready queue would cost a heap; a FIFO seeded in input order is deterministic,
  // which is all callers rely on.
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
  while (head < tail) {
    const v = order[head++]!;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const w = succ[k]!;
      if (--indeg[w]! === 0) order[tail++] = w;
    }
  }
  return { order, placed: tail };
}

/** Names each distinct cycle once, in the order the steps wait for each other. */
function findCycles(steps: readonly RunbookStep[]): RunbookIssue[] {
  const n = steps.length;
  const { predStart, preds } = indexPreds(steps);
  const { order, placed } = topoOrder(n, predStart, preds);
  if (placed === n) return [];
  const placedSet = new Uint8Array(n);
  for (let k = 0; k < placed; k++) placedSet[order[k]!] = 1;
  // Every unplaced step has an unplaced predecessor, so walking predecessors among unplaced steps
  // must revisit a step; the revisited stretch is a cycle. 0 = unseen, 1 = on this walk, 2 = done.
  const mark = new Uint8Array(n);
  const issues: RunbookIssue[] = [];
  for (let start = 0; start < n; start++) {
    if (placedSet[start] || mark[start]) continue;
    const walk: number[] = [];
    let v = start;
    for (;;) {
      if (mark[v] === 2) break;
      if (mark[v] === 1) {
        const cycle = walk.slice(walk.indexOf(v));
        const names = cycle.map((i) => label(steps[i], steps[i]!.id));
        const waits = names.map((name, k) => `${name} waits for ${names[(k + 1) % names.length]}`);
        issues.push({
          code: 'cycle',
          stepIds: cycle.map((i) => steps[i]!.id),
          message: `Steps depend on each other in a circle: ${waits.join(', ')}.`,
        });
        break;
      }
      mark[v] = 1;
      walk.push(v);
      let next = -1;
      for (let k = predStart[v]!; k < predStart[v + 1]!; k++) {
        const p = preds[k]!;
        if (!placedSet[p] && mark[p] !== 2) {
          next = p;
          break;
        }
      }
      if (next < 0) break;
      v = next;
    }
    for (const i of walk) mark[i] = 2;
  }
  return issues;
}

/** Validates and compiles; throws RunbookError naming every problem when the runbook is invalid. */
export function compileRunbook(steps: readonly RunbookStep[]): CompiledRunbook {
  const issues = collectIssues(steps);
  if (issues.length > 0) throw new RunbookError(issues);
  const { predStart, preds } = indexPreds(steps);
  const { order, placed } = topoOrder(steps.length, predStart, preds);
  if (placed !== steps.length) throw new RunbookError(findCycles(steps));
  return { ids: steps.map((s) => s.id), order, predStart, preds };
}
