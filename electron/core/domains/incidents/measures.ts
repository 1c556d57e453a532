// Measures from real outages: availability per service per month over the last twelve months against
// the SLA target (the SLO target of the node where it has one), MTTR, and the change failure rate
// counting a release an incident names as its cause as failed.
import type { IncidentMeasures } from '../../../../shared/contract';
import { availabilityReport, changeFailureRate, monthOf } from '../../../../shared/domain/incident';
import type { Reader } from '../runbooks/read';

export function incidentMeasures(r: Reader, now: number): IncidentMeasures {
  const incidents = r.store.incidents.list();
  const targets = new Map<string, number>();
  // A node with several SLOs is held to the strictest.
  for (const s of r.store.slos.list())
    targets.set(s.nodeId, Math.max(targets.get(s.nodeId) ?? 0, s.targetPercent / 100));
  const names = r.store.runbooks.nodeNames();
  const services = [...names].map(([id, name]) => ({ id, name, target: targets.get(id) ?? null }));
  const thisMonth = monthOf(now);
  const from = Date.UTC(
    new Date(thisMonth.from).getUTCFullYear(),
    new Date(thisMonth.from).getUTCMonth() - 11,
    1,
  );
  return {
    report: availabilityReport(incidents, services, from, now, now),
    changeFailureRate: changeFailureRate(
      r.store.releases.list(),
      incidents.map((i) => i.causeReleaseId),
    ),
  };
}
