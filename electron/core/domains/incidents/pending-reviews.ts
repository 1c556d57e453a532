// Failed or rolled-back releases still waiting for a completed post-implementation review: the gate
// blocks the next release on their services until the review is done.
import type { GatePendingReview } from '../../../../shared/domain/release';
import { releaseNeedsReview } from '../../../../shared/domain/incident';
import type { Store } from '../../store';

export function pendingReleaseReviews(store: Store): GatePendingReview[] {
  const reviewed = new Set(
    store.incidents
      .reviews()
      .flatMap((r) => (r.releaseId !== null && r.completedAt !== null ? [r.releaseId] : [])),
  );
  return store.releases
    .list()
    .filter((r) => releaseNeedsReview(r.status) && !reviewed.has(r.id))
    .map((r) => ({ releaseId: r.id, name: `${r.name} ${r.version}`, nodeIds: r.nodeIds }));
}
