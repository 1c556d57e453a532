// SLOs read as an error budget over the SLO's window, burn rates over a short and a long window, and
// the budgets the gate weighs for the services a release touches.
import type { SloView } from '../../../../shared/contract';
import { DAY_MS, burnRates, errorBudget, type Instant, type Slo } from '../../../../shared/domain/release';
import type { Store } from '../../store';
import type { SloRecord } from '../../store/slos';

/** Burn-rate windows scaled to the SLO: a day and a week, the pair a daily-measured service can show. */
export const BURN_WINDOWS = { shortMs: DAY_MS, longMs: 7 * DAY_MS } as const;

export function toSlo(r: SloRecord): Slo {
  return {
    nodeId: r.nodeId,
    sliKind: r.sliKind,
    targetPercent: r.targetPercent,
    windowDays: r.windowDays,
    policyMinRemainingFraction: r.policyMinRemaining,
  };
}

export function sloView(
  store: Store,
  r: SloRecord,
  now: Instant,
  names = store.releases.nodeNames(),
): SloView {
  const ms = store.slos.measurements(r.id);
  const slo = toSlo(r);
  return {
    id: r.id,
    nodeId: r.nodeId,
    nodeName: names.get(r.nodeId) ?? r.nodeId,
    name: r.name,
    sliKind: r.sliKind,
    targetPercent: r.targetPercent,
    windowDays: r.windowDays,
    policyMinRemaining: r.policyMinRemaining,
    measurementCount: ms.length,
    budget: errorBudget(slo, ms, now),
    burn: burnRates(slo, ms, now, BURN_WINDOWS),
  };
}

/** The SLOs on the given services, in the order the gate weighs their budgets. */
export function slosOn(store: Store, nodeIds: readonly string[]): SloRecord[] {
  const touched = new Set(nodeIds);
  return store.slos.list().filter((r) => touched.has(r.nodeId));
}
