// Blast radius: what fails when one node fails, weighted by the BIA impact of the processes hit.

import { plural } from '../../format/plural';
import { listNames, nameOf, ref, tierLabel } from './format';
import { createPropagator, describeFailed, type Propagator } from './propagation';
import type { BlastRadius, BlastSummaryEntry, CompiledGraph, ProcessHit, TierHits } from './types';

function processHit(g: CompiledGraph, v: number): ProcessHit {
  const rank = g.tierRank[v]!;
  return { ...ref(g, v), tierRank: rank < 0 ? null : rank, impactWeight: g.impact[v]! };
}

/** Most critical tier first, untiered last. */
function groupByTier(hits: readonly ProcessHit[]): TierHits[] {
  const byRank = new Map<number | null, ProcessHit[]>();
  for (const h of hits) {
    const list = byRank.get(h.tierRank);
    if (list) list.push(h);
    else byRank.set(h.tierRank, [h]);
  }
  return [...byRank.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([tierRank, processes]) => ({ tierRank, processes }));
}

function blastFromRun(g: CompiledGraph, prop: Propagator, x: number, count: number): BlastRadius {
  const failed = [];
  const hits: ProcessHit[] = [];
  let weightedImpact = 0;
  for (let i = 0; i < count; i++) {
    const v = prop.queue[i]!;
    failed.push(describeFailed(g, prop, v));
    if (g.isProcess[v]) {
      hits.push(processHit(g, v));
      weightedImpact += g.impact[v]!;
    }
  }
  const processesByTier = groupByTier(hits);
  const name = nameOf(g, x);
  const tierText = processesByTier.map(
    (t) => `${plural(t.processes.length, 'process', 'processes')} ${tierLabel(t.tierRank)}`,
  );
  const explanation =
    count === 1
      ? `Nothing else depends on ${name} by a required edge, so its failure stays contained.`
      : `If ${name} fails, ${plural(count - 1, 'other node')} fail with it` +
        (hits.length > 0
          ? `, hitting ${listNames(tierText)} (weighted impact ${weightedImpact}).`
          : '; no process is hit.');
  return { origin: ref(g, x), failed, failedCount: count - 1, weightedImpact, processesByTier, explanation };
}

/** Blast radius of one node, with the cause of every failure. Throws on an unknown id. */
export function blastRadius(g: CompiledGraph, id: string): BlastRadius {
  const x = g.indexOf.get(id);
  if (x === undefined) throw new Error(`Unknown node "${id}"`);
  const prop = createPropagator(g);
  return blastFromRun(g, prop, x, prop.run([x]));
}

export interface BlastPass {
  /** In node index order. */
  summary: BlastSummaryEntry[];
  /** For each node, the Tier 0/1 processes (other than itself) it takes down. */
  criticalHits: (number[] | undefined)[];
}

/**
 * Runs the propagation from every node. Monotone failure makes each run cost only what fails,
 * and the epoch-stamped kernel avoids clearing arrays, so realistic graphs stay near-linear.
 * Nodes nobody requires skip the kernel: their radius is themselves.
 */
export function blastPass(g: CompiledGraph, criticalRank = 1): BlastPass {
  const prop = createPropagator(g);
  const summary: BlastSummaryEntry[] = new Array<BlastSummaryEntry>(g.nodeCount);
  const criticalHits: (number[] | undefined)[] = new Array<number[] | undefined>(g.nodeCount);
  const tierCounts = new Map<number, number>();
  for (let x = 0; x < g.nodeCount; x++) {
    const node = g.nodes[x]!;
    const lonely = g.providerUnitStart[x] === g.providerUnitStart[x + 1];
    const count = lonely ? 1 : prop.run([x]);
    tierCounts.clear();
    let weightedImpact = 0;
    let processCount = 0;
    let critical: number[] | undefined;
    for (let i = 0; i < count; i++) {
      const v = lonely ? x : prop.queue[i]!;
      if (!g.isProcess[v]) continue;
      processCount++;
      weightedImpact += g.impact[v]!;
      const rank = g.tierRank[v]!;
      tierCounts.set(rank, (tierCounts.get(rank) ?? 0) + 1);
      // A process is not its own single point of failure: that it fails when it fails says nothing.
      if (v !== x && rank >= 0 && rank <= criticalRank) (critical ??= []).push(v);
    }
    const processCountByTier: Record<string, number> = {};
    for (const [rank, c] of [...tierCounts.entries()].sort((a, b) =>
      a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0],
    )) {
      processCountByTier[rank < 0 ? 'none' : String(rank)] = c;
    }
    summary[x] = {
      id: node.id,
      name: node.name,
      kind: node.kind,
      failedCount: count - 1,
      weightedImpact,
      processCount,
      processCountByTier,
    };
    criticalHits[x] = critical;
  }
  return { summary, criticalHits };
}

export function sortSummary(g: CompiledGraph, summary: readonly BlastSummaryEntry[]): BlastSummaryEntry[] {
  return [...summary].sort(
    (a, b) =>
      b.weightedImpact - a.weightedImpact ||
      b.failedCount - a.failedCount ||
      g.indexOf.get(a.id)! - g.indexOf.get(b.id)!,
  );
}

export { processHit };
