// Picking a recovery tier for a process's RTO.
//
// DESIGN.md: "the tier is the least stringent tier whose RTO does not exceed the process's RTO".
// NIST SP 800-34 Rev. 1 §3.2.1: the RTO "defines the maximum amount of time that a system resource can
// remain unavailable before there is an unacceptable impact", and "the RTO must ensure that the MTD is
// not exceeded". The process RTO is therefore a ceiling on recovery time, and a tier is a promise to
// recover within tier.rtoMinutes. A tier serves the process only if its promise is at least as fast:
// tier.rtoMinutes ≤ process RTO. Of those, the least stringent (cheapest) is the one with the largest
// tier.rtoMinutes. With DEFAULT_TIERS an RTO of 180 min gets Tier 0 (60 ≤ 180; Tier 1's 240 > 180),
// and an RTO of 240 gets Tier 1. An RTO faster than every tier gets no tier here; deriveObjectives
// then gives the most stringent tier with a conflict (objectives.ts).
import type { Minutes, Tier } from '../model';

/** `tiers` fastest first, as PreparedBiaConfig holds them. */
export function selectTier(tiers: readonly Tier[], rtoMinutes: Minutes): Tier | null {
  let chosen: Tier | null = null;
  for (const tier of tiers) {
    if (tier.rtoMinutes > rtoMinutes) break;
    chosen = tier;
  }
  return chosen;
}

export function findTier(tiers: readonly Tier[], id: string): Tier | null {
  for (const tier of tiers) if (tier.id === id) return tier;
  return null;
}
