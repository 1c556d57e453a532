// Canary comparisons as the contract's views, judged by the domain's Mann-Whitney analysis with each
// metric's tolerance and direction.
import type { CanaryMetricView, CanaryView } from '../../../../shared/contract';
import { analyseCanary } from '../../../../shared/domain/release';
import type { Store } from '../../store';
import type { CanaryComparisonRecord } from '../../store/canary';

export function toCanaryView(store: Store, c: CanaryComparisonRecord): CanaryView {
  const metrics: CanaryMetricView[] = store.canary.metrics(c.id).map((m) => ({
    id: m.id,
    name: m.name,
    direction: m.direction,
    tolerance: m.tolerance,
    critical: m.critical,
    baseline: m.baseline,
    canary: m.canary,
  }));
  return {
    id: c.id,
    releaseId: c.releaseId,
    name: c.name,
    passThreshold: c.passThreshold,
    marginalThreshold: c.marginalThreshold,
    createdAt: c.createdAt,
    metrics,
    result: analyseCanary(metrics, {
      passThreshold: c.passThreshold,
      marginalThreshold: c.marginalThreshold,
    }),
  };
}

export function listCanaries(store: Store, releaseId?: string): CanaryView[] {
  return store.canary.list(releaseId).map((r) => toCanaryView(store, r));
}

/** The latest comparison of a release decides its gate's canary check. */
export function latestCanary(store: Store, releaseId: string): CanaryView | null {
  return listCanaries(store, releaseId)[0] ?? null;
}
