// Every conflict the analyses report now, each with the stable key an exception names: objectives'
// own conflicts, RTO inversions and recovery gaps (the objectives overview), overdue DR tests, and
// SLOs whose error budget is below policy.
import type { ConflictCandidate } from '../../../../shared/contract';
import { conflictKey } from '../../../../shared/domain/exceptions';
import { errorBudget } from '../../../../shared/domain/release';
import type { Store } from '../../store';
import { overdue } from '../drtests/read';
import { objectivesOverview } from '../objectives/overview';
import { toSlo } from '../releases/slo-read';

export function currentConflicts(store: Store, now: number): ConflictCandidate[] {
  const objectives = objectivesOverview(store).conflicts.flatMap((c) =>
    c.key === undefined ? [] : [{ key: c.key, kind: c.code, subject: c.processName, message: c.message }],
  );
  const lateTests = overdue({ store }, now).map((n) => ({
    key: conflictKey('dr-test-overdue', [n.nodeId]),
    kind: 'dr-test-overdue',
    subject: n.name,
    message:
      n.daysOverdue === null
        ? `${n.name} (${n.tierName}) has never passed a DR test.`
        : `${n.name} (${n.tierName}) is ${n.daysOverdue} days past its DR test frequency of ${n.testFrequencyDays} days.`,
  }));
  const names = store.releases.nodeNames();
  const seen = new Set<string>();
  const slos = store.slos.list().flatMap((r) => {
    const b = errorBudget(toSlo(r), store.slos.measurements(r.id), now);
    const key = conflictKey('slo-below-target', [r.nodeId]);
    if (b.totalEvents === 0 || b.meetsPolicy || seen.has(key)) return [];
    seen.add(key);
    const name = names.get(r.nodeId) ?? r.nodeId;
    return [
      { key, kind: 'slo-below-target', subject: name, message: `${name}, SLO "${r.name}": ${b.reason}` },
    ];
  });
  return [...objectives, ...lateTests, ...slos];
}
