// The vocabulary every domain module shares: one node model for processes and the resources they
// need (DESIGN.md §4), whole-minute times, the 0–4 severity scale and recovery tiers.

export type Minutes = number;

export const SEVERITIES = [0, 1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  0: 'none',
  1: 'minimal',
  2: 'moderate',
  3: 'significant',
  4: 'severe',
};

export const NODE_KINDS = [
  'process',
  'application',
  'infrastructure',
  'datastore',
  'vendor',
  'site',
  'people',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A recovery tier: the RTO/RPO it promises and how often it must be proven by a DR test. */
export interface Tier {
  id: string;
  name: string;
  /** Rank 0 is the most stringent. */
  rank: number;
  rtoMinutes: Minutes;
  rpoMinutes: Minutes;
  testFrequencyDays: number;
  description?: string;
}

export const DEFAULT_TIERS: readonly Tier[] = [
  { id: 'tier-0', name: 'Tier 0', rank: 0, rtoMinutes: 60, rpoMinutes: 15, testFrequencyDays: 90 },
  { id: 'tier-1', name: 'Tier 1', rank: 1, rtoMinutes: 240, rpoMinutes: 60, testFrequencyDays: 180 },
  { id: 'tier-2', name: 'Tier 2', rank: 2, rtoMinutes: 1440, rpoMinutes: 240, testFrequencyDays: 365 },
  { id: 'tier-3', name: 'Tier 3', rank: 3, rtoMinutes: 4320, rpoMinutes: 1440, testFrequencyDays: 730 },
];
