// Release records from the store as the domain's Release and the contract's ReleaseView.
import type { ReleaseView } from '../../../../shared/contract';
import type { ChangeSize, Instant, Release } from '../../../../shared/domain/release';
import type { Store } from '../../store';
import type { ReleaseRecord } from '../../store/releases';

export const iso = (t: Instant): string => new Date(t).toISOString();
export const isoOrNull = (t: Instant | null): string | null => (t === null ? null : iso(t));
const opt = (t: number | null): number | undefined => t ?? undefined;

function overrideOf(r: ReleaseRecord): { justification: string; by: string } | null {
  return r.overrideJustification !== null && r.overrideBy !== null
    ? { justification: r.overrideJustification, by: r.overrideBy }
    : null;
}

export function toDomainRelease(r: ReleaseRecord): Release {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    nodeIds: r.nodeIds,
    window: { start: r.windowStart, end: r.windowEnd },
    strategy: r.strategy,
    changeType: r.changeType,
    changeSize: Math.min(5, Math.max(1, r.changeSize)) as ChangeSize,
    rollbackRunbookId: r.rollbackRunbookId ?? undefined,
    status: r.status,
    ownerId: r.owner,
    committedAt: opt(r.committedAt),
    deployedAt: opt(r.deployedAt),
    failureDetectedAt: opt(r.failureDetectedAt),
    restoredAt: opt(r.restoredAt),
    override: overrideOf(r) ?? undefined,
  };
}

export function toReleaseView(
  store: Store,
  r: ReleaseRecord,
  names = store.releases.nodeNames(),
): ReleaseView {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    nodeIds: r.nodeIds,
    nodeNames: r.nodeIds.map((id) => names.get(id) ?? id),
    windowStart: iso(r.windowStart),
    windowEnd: iso(r.windowEnd),
    strategy: r.strategy,
    changeType: r.changeType,
    changeSize: r.changeSize,
    rollbackRunbookId: r.rollbackRunbookId,
    owner: r.owner,
    status: r.status,
    committedAt: isoOrNull(r.committedAt),
    deployedAt: isoOrNull(r.deployedAt),
    failureDetectedAt: isoOrNull(r.failureDetectedAt),
    restoredAt: isoOrNull(r.restoredAt),
    override: overrideOf(r),
    gatePassage: r.gatePassage,
    approvals: store.releases.approvals(r.id).map((a) => ({ approver: a.approver, at: iso(a.approvedAt) })),
  };
}

export function loadReleaseView(store: Store, releaseId: string): ReleaseView {
  return toReleaseView(store, store.releases.get(releaseId));
}
