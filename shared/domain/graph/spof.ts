// Single points of failure: nodes whose failure alone takes down a Tier 0 or Tier 1 process.
// Reading chosen: a critical process is not a SPOF of itself (its own failure is not a dependency
// risk), but a process that another critical process requires is one. Because failure is monotone,
// adding a member to a redundancy group can only shrink blast radii, so it never adds a SPOF.

import { blastPass, processHit, type BlastPass } from './blast-radius';
import { plural } from '../../format/plural';
import { listNames, tierLabel } from './format';
import type { CompiledGraph, SinglePointOfFailure } from './types';

/** The highest tier rank that counts as critical (Tier 0 and Tier 1). */
export const CRITICAL_TIER_RANK = 1;

/** SPOFs, most critical processes taken down first; pass a precomputed blast pass to share it. */
export function singlePointsOfFailure(
  g: CompiledGraph,
  pass: BlastPass = blastPass(g, CRITICAL_TIER_RANK),
): SinglePointOfFailure[] {
  const result: { spof: SinglePointOfFailure; index: number; worst: number }[] = [];
  for (let x = 0; x < g.nodeCount; x++) {
    const hits = pass.criticalHits[x];
    if (!hits || hits.length === 0) continue;
    const takesDown = hits.map((v) => processHit(g, v));
    let weightedImpact = 0;
    let worst = Infinity;
    for (const h of takesDown) {
      weightedImpact += h.impactWeight;
      worst = Math.min(worst, h.tierRank ?? Infinity);
    }
    const node = g.nodes[x]!;
    const names = takesDown.map((h) => `${h.name} (${tierLabel(h.tierRank)})`);
    result.push({
      index: x,
      worst,
      spof: {
        id: node.id,
        name: node.name,
        kind: node.kind,
        takesDown,
        weightedImpact,
        explanation: `${node.name} is a single point of failure: on its own it takes down ${plural(takesDown.length, 'critical process', 'critical processes')}: ${listNames(names)}.`,
      },
    });
  }
  result.sort(
    (a, b) =>
      a.worst - b.worst ||
      b.spof.takesDown.length - a.spof.takesDown.length ||
      b.spof.weightedImpact - a.spof.weightedImpact ||
      a.index - b.index,
  );
  return result.map((r) => r.spof);
}
