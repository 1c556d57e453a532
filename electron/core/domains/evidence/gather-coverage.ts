// The records the self-assessment's clause coverage counts, read with the rest of the pack: services,
// tolerances and scenarios (the whole workspace, as the resilience section shows them), the pack's
// processes with their BIA and what lies beneath them, providers, DR tests and reviews. The
// scenario × service results are added at render time from the matrix the resilience section computes.
import type { DependencyMap, ResilienceOverview } from '../../../../shared/contract';
import type { CoverageRecords, FailureSelector } from '../../../../shared/domain/resilience';
import type { ContinuityEvidence, IncidentEvidence, ProcessEvidence } from '../../reports/evidence-data';
import type { Store } from '../../store';

/** A live move onto redundant capacity, as opposed to a discussion or a walk through the plan. */
const SWITCHOVER_TYPES = new Set(['parallel', 'full-interruption']);

export function gatherCoverage(
  store: Store,
  at: Date,
  parts: {
    overview: ResilienceOverview;
    processes: ProcessEvidence[];
    /** The whole map: services and providers are workspace-wide. */
    map: DependencyMap;
    continuity: ContinuityEvidence;
    incidents: IncidentEvidence;
  },
): CoverageRecords {
  const { overview, map, continuity } = parts;
  const providers = store.thirdParties.providers();
  const contracts = store.thirdParties.contracts();
  const name = new Map(map.nodes.map((n) => [n.id, n.name]));
  // A node stands for a third party when it is a vendor or a provider's node or a contract's service.
  const thirdParty = new Map<string, string>();
  for (const n of map.nodes) if (n.kind === 'vendor') thirdParty.set(n.id, n.name);
  for (const p of providers) for (const id of p.nodeIds) thirdParty.set(id, p.name);
  const providerName = new Map(providers.map((p) => [p.id, p.name]));
  for (const c of contracts)
    for (const id of c.nodeIds)
      if (!thirdParty.has(id)) thirdParty.set(id, providerName.get(c.providerId) ?? c.reference);
  const needs = new Map<string, string[]>();
  for (const e of map.edges) needs.set(e.consumerId, [...(needs.get(e.consumerId) ?? []), e.providerId]);
  const beneath = (id: string): string[] => {
    const seen = new Set<string>();
    const stack = [...(needs.get(id) ?? [])];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(needs.get(n) ?? []));
    }
    return [...new Set([...seen].flatMap((n) => (thirdParty.has(n) ? [thirdParty.get(n)!] : [])))];
  };
  const takesOutThirdParty = (fs: readonly FailureSelector[]): boolean =>
    fs.some((f) => (f.type === 'kind' ? f.kind === 'vendor' : thirdParty.has(f.nodeId)));
  const thirdPartyTests = new Set(
    overview.scenarios
      .filter((s) => takesOutThirdParty(s.failures))
      .flatMap((s) => s.tests.map((t) => t.testId)),
  );
  const completedTests = continuity.drTests.filter((t) => t.plan.status === 'completed');
  return {
    at: at.toISOString(),
    services: overview.services.map((s) => ({
      name: s.name,
      why: [s.description, s.customers].filter((x) => x.trim() !== '').join(' — '),
      footprintCount: s.nodeIds.filter((id) => name.has(id)).length,
      tolerances: s.tolerances.map((t) => ({ label: t.label, rationale: t.rationale })),
    })),
    scenarios: overview.scenarios.map((s) => ({
      name: s.name,
      assumptions: s.assumptions,
      completedTests: s.tests.filter((t) => t.status === 'completed').length,
    })),
    openFindings: continuity.findings
      .filter((f) => f.status !== 'closed')
      .map((f) => ({ title: f.title, owner: f.owner, dueDate: f.dueDate })),
    reviews: parts.incidents.reviews
      .filter((r) => r.completedAt !== null)
      .map((r) => ({ name: r.title, actions: r.actions.length })),
    testFindings: completedTests.reduce((n, t) => n + t.findings.length, 0),
    processes: parts.processes.map((p) => ({
      name: p.name,
      biaApproved: p.record.status === 'approved',
      ratedBuckets: ratedBuckets(p.ratings),
      mtdMinutes: p.objectives.mtd,
      mbco: p.record.mbco,
      dependencies: needs.get(p.id)?.length ?? 0,
      thirdParties: beneath(p.id),
    })),
    // Providers we hold a contract with directly; parents and sub-contractors need no node of their own.
    providers: providers
      .filter((p) => contracts.some((c) => c.providerId === p.id))
      .map((p) => ({
        name: p.name,
        linkedNodes: new Set([
          ...p.nodeIds,
          ...contracts.filter((c) => c.providerId === p.id).flatMap((c) => c.nodeIds),
        ]).size,
      })),
    tests: continuity.drTests.map((t) => ({
      name: t.plan.name,
      status: t.plan.status,
      completedAt: t.plan.completedAt,
      switchover: SWITCHOVER_TYPES.has(t.plan.type),
      thirdPartyFailure:
        thirdPartyTests.has(t.plan.id) || t.plan.scopeNodeIds.some((id) => thirdParty.has(id)),
    })),
  };
}

/** Time buckets in which any impact category is rated. */
function ratedBuckets(ratings: Record<string, (number | null)[]>): number {
  const rated = new Set<number>();
  for (const row of Object.values(ratings)) row.forEach((v, i) => v !== null && rated.add(i));
  return rated.size;
}
