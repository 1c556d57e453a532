// Which nodes are overdue for a DR test under their tier's test frequency.
//
// Days are whole 24-hour periods elapsed (UTC arithmetic, so no daylight-saving surprises):
// a node last passed exactly `testFrequencyDays` days ago is still within its frequency; one more
// whole day makes it 1 day overdue. A node never tested is always overdue.

import type { Tier } from '../model';
import type { EpochMs } from './types';

export const DAY_MS = 86_400_000;

export interface NodeTestCoverage {
  nodeId: string;
  tier: Pick<Tier, 'testFrequencyDays'>;
  /** Finish time of the last DR test this node passed; null or absent = never passed. */
  lastPassedAt?: EpochMs | null;
}

export interface TestDueStatus {
  nodeId: string;
  testFrequencyDays: number;
  lastPassedAt?: EpochMs;
  /** Last pass + frequency; absent when never tested. */
  dueAt?: EpochMs;
  /** Whole days since the last pass; absent when never tested. */
  daysSincePass?: number;
  overdue: boolean;
  /** Whole days past the frequency (≥ 1 when overdue); null when never tested. */
  daysOverdue: number | null;
}

export function testDueStatus(node: NodeTestCoverage, now: EpochMs): TestDueStatus {
  const freq = node.tier.testFrequencyDays;
  const last = node.lastPassedAt ?? undefined;
  if (last === undefined) {
    return { nodeId: node.nodeId, testFrequencyDays: freq, overdue: true, daysOverdue: null };
  }
  const daysSincePass = Math.floor((now - last) / DAY_MS);
  const overdue = daysSincePass > freq;
  return {
    nodeId: node.nodeId,
    testFrequencyDays: freq,
    lastPassedAt: last,
    dueAt: last + freq * DAY_MS,
    daysSincePass,
    overdue,
    daysOverdue: overdue ? daysSincePass - freq : 0,
  };
}

/** Overdue nodes, never-tested first, then most overdue first; ties by node id for a stable list. */
export function overdueNodes(nodes: readonly NodeTestCoverage[], now: EpochMs): TestDueStatus[] {
  return nodes
    .map((n) => testDueStatus(n, now))
    .filter((s) => s.overdue)
    .sort((a, b) => {
      const da = a.daysOverdue ?? Infinity;
      const db = b.daysOverdue ?? Infinity;
      if (da !== db) return db - da;
      return a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;
    });
}
