// Release risk: the assessment of one release from the dependency map, its rollback runbook and the
// recent change failures of what it touches, weighted by the workspace's risk weights.
import {
  DAY_MS,
  assessRisk,
  changeFailureRate,
  type Instant,
  type Release,
  type RiskAssessment,
  type RiskInput,
  type RollbackReadiness,
} from '../../../../shared/domain/release';
import type { Store } from '../../store';
import type { ReleaseGraph } from './readiness-graph';
import { toDomainRelease } from './views';

/** How far back "recent" change failures reach. */
export const RECENT_FAILURE_DAYS = 90;

export function rollbackReadiness(store: Store, release: Release): RollbackReadiness {
  const id = release.rollbackRunbookId;
  if (!id || !store.releases.isLiveRunbook(id)) return 'none';
  return store.releases.approvedRunbookIds().has(id) ? 'approved' : 'unapproved';
}

export function assessReleaseRisk(
  store: Store,
  graph: ReleaseGraph,
  release: Release,
  now: Instant,
): RiskAssessment {
  return assessRisk(releaseRiskInput(store, graph, release, now), { weights: store.releases.riskWeights() });
}

/** The factors the risk model scores for a release (an evidence pack records them). */
export function releaseRiskInput(
  store: Store,
  graph: ReleaseGraph,
  release: Release,
  now: Instant,
): RiskInput {
  let blast = 0;
  let depth = 0;
  for (const id of release.nodeIds) {
    const b = graph.blast(id);
    if (!b) continue;
    // Touched services that fail together are one outage: the largest radius stands for the release.
    blast = Math.max(blast, b.weightedImpact);
    depth = Math.max(depth, ...b.failed.map((f) => f.depth));
  }
  const touched = new Set(release.nodeIds);
  const history = store.releases
    .list()
    .map(toDomainRelease)
    .filter((r) => r.id !== release.id && r.nodeIds.some((id) => touched.has(id)));
  const cfr = changeFailureRate(history, { start: now - RECENT_FAILURE_DAYS * DAY_MS, end: now });
  return {
    touchedTierRanks: release.nodeIds.map((id) => graph.tierRankOf(id)),
    maxTierRank: Math.max(0, ...graph.tiers.map((t) => t.rank)),
    blastRadius: blast,
    blastRadiusScale: graph.totalImpact,
    dependencyDepth: depth,
    changeSize: release.changeSize,
    changeType: release.changeType,
    rollback: rollbackReadiness(store, release),
    recentChangeFailureRate: cfr.rate,
  };
}
