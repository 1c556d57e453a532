// Read models of operational resilience: services with their tolerances and flags, scenarios with
// the DR tests that exercised them, the reviews that expire, and the matrix's input (the map, the
// runbooks' estimates, services and scenarios) for the renderer's worker and the evidence pack.
import type {
  MatrixInput,
  ResilienceOverview,
  ReviewItem,
  ReviewStanding,
  ScenarioView,
  ServiceView,
  ToleranceView,
} from '../../../../shared/contract';
import { buildGraph, type CompiledGraph } from '../../../../shared/domain/graph';
import type { Tier } from '../../../../shared/domain/model';
import {
  releasesSinceReview,
  reviewStatus,
  serviceClosure,
  sharedResources,
  toleranceMtdFlags,
  type FailureSelector,
  type ReleaseTouch,
  type RunbookSpec,
} from '../../../../shared/domain/resilience';
import type { Store } from '../../store';
import { domainSteps } from '../../store/runbooks';
import type { ServiceRow, ToleranceRow } from '../../store/resilience';
import { deriveEveryProcess, processObjectives } from '../bia/read-all';
import { computeDrTestResult, deriveRunState, toExecution } from '../../../../shared/domain/drtest';
import { loadGraphInput } from '../graph/input';

/** The Monte Carlo of every scenario figure; an evidence pack records it beside the estimates. */
export const SCENARIO_MONTE_CARLO = { runs: 10_000, seed: 1 } as const;

function review(
  row: { lastReviewedAt: string | null; reviewIntervalDays: number },
  now: Date,
): ReviewStanding {
  const s = reviewStatus(row.lastReviewedAt, row.reviewIntervalDays, now);
  return {
    lastReviewedAt: row.lastReviewedAt,
    reviewIntervalDays: row.reviewIntervalDays,
    state: s.state,
    dueAt: s.dueAt,
  };
}

function toleranceView(t: ToleranceRow, now: Date): ToleranceView {
  return {
    id: t.id,
    serviceId: t.serviceId,
    label: t.label,
    maxDisruptionMinutes: t.maxDisruptionMinutes,
    customersAffected: t.customersAffected,
    transactionsNotProcessed: t.transactionsNotProcessed,
    valueNotProcessed: t.valueNotProcessed,
    dataLossMinutes: t.dataLossMinutes,
    rationale: t.rationale,
    review: review(t, now),
  };
}

export function serviceViews(store: Store, g: CompiledGraph, now: Date): ServiceView[] {
  const tolerances = store.resilience.tolerances();
  return store.resilience.services().map((s) => serviceView(s, tolerances, g, now));
}

function serviceView(s: ServiceRow, tolerances: ToleranceRow[], g: CompiledGraph, now: Date): ServiceView {
  const own = tolerances.filter((t) => t.serviceId === s.id).map((t) => toleranceView(t, now));
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    customers: s.customers,
    owner: s.owner,
    nodeIds: s.nodeIds,
    nodeNames: s.nodeIds.map((id) => g.nodes[g.indexOf.get(id) ?? -1]?.name ?? '(retired)'),
    tolerances: own,
    toleranceMinutes: own.length === 0 ? null : Math.min(...own.map((t) => t.maxDisruptionMinutes)),
    review: review(s, now),
  };
}

export function failureLabel(f: FailureSelector, g: CompiledGraph): string {
  if (f.type === 'kind') return `Every ${f.kind} node`;
  const n = g.nodes[g.indexOf.get(f.nodeId) ?? -1];
  const name = n ? `${n.kind}: ${n.name}` : `unknown node ${f.nodeId}`;
  return f.type === 'all-of' ? `${name} (all of it, with everything that relies on it)` : name;
}

function scenarioViews(store: Store, g: CompiledGraph, services: ServiceView[], now: Date): ScenarioView[] {
  return store.resilience.scenarios().map((sc) => ({
    id: sc.id,
    name: sc.name,
    description: sc.description,
    source: sc.source,
    assumptions: sc.assumptions,
    failures: sc.failures,
    failureLabels: sc.failures.map((f) => failureLabel(f, g)),
    review: review(sc, now),
    tests: store.resilience.scenarioTests(sc.id).map((t) => ({
      testId: t.id,
      name: t.name,
      status: t.status,
      verdict: t.verdict,
      completedAt: t.completedAt,
      outcomes: scenarioTestOutcomes(store, t.id, services, now),
    })),
  }));
}

/** A scenario test's measured recovery of each service's footprint (the slowest node), against its tolerance. */
function scenarioTestOutcomes(
  store: Store,
  testId: string,
  services: ServiceView[],
  now: Date,
): ScenarioView['tests'][number]['outcomes'] {
  // The DR test's own arithmetic (shared/domain/drtest), read here from the store rather than
  // through the drtests domain, which the evidence pack's imports would otherwise turn into a cycle.
  const plan = store.drtests.plan(testId);
  const steps = plan.runbookVersionIds.flatMap((v) =>
    domainSteps(store.runbooks.versionView(v).steps, (st) => st.id, true),
  );
  const execution = toExecution(deriveRunState(store.drtests.events(testId), now.getTime()), plan.dataLoss);
  const objectives = plan.scopeNodeIds.map((nodeId) => ({
    nodeId,
    rtoMinutes: Number.POSITIVE_INFINITY,
    rpoMinutes: Number.POSITIVE_INFINITY,
  }));
  const result = execution ? computeDrTestResult(steps, execution, objectives) : null;
  const measured = new Map<string, number>();
  for (const n of result?.nodes ?? []) if (n.rtcMinutes !== undefined) measured.set(n.nodeId, n.rtcMinutes);
  return services.flatMap((s) => {
    const times = s.nodeIds.flatMap((id) => {
      const m = measured.get(id);
      return m === undefined ? [] : [m];
    });
    if (times.length === 0 || s.toleranceMinutes === null) return [];
    const t = Math.max(...times);
    return [
      {
        serviceId: s.id,
        serviceName: s.name,
        measuredMinutes: t,
        toleranceMinutes: s.toleranceMinutes,
        within: t <= s.toleranceMinutes,
      },
    ];
  });
}

/** Releases as changes: a deployed release changed its nodes when it was deployed. */
function releaseTouches(store: Store): ReleaseTouch[] {
  return store.releases
    .list()
    .flatMap((r) =>
      r.deployedAt === null
        ? []
        : [{ releaseId: r.id, name: r.name, at: new Date(r.deployedAt).toISOString(), nodeIds: r.nodeIds }],
    );
}

/** Critical functions: processes of tier rank 0 or 1 (DESIGN.md §4, SPOFs use the same line). */
const CRITICAL_RANK = 1;

export function reviewItems(
  store: Store,
  g: CompiledGraph,
  tiers: ReadonlyMap<string, Tier | null>,
  services: ServiceView[],
  scenarios: ScenarioView[],
  now: Date,
): ReviewItem[] {
  const items: ReviewItem[] = [];
  const touches = releaseTouches(store);
  const due = (state: string) => state !== 'current';
  for (const b of store.resilience.biaReviews()) {
    const s = reviewStatus(b.lastReviewedAt, b.reviewIntervalDays, now);
    const tier = tiers.get(b.processId);
    const critical = tier !== null && tier !== undefined && tier.rank <= CRITICAL_RANK;
    const changed = critical
      ? releasesSinceReview(
          b.lastReviewedAt ?? b.approvedAt,
          new Set([...serviceClosure(g, [b.processId])].map((v) => g.nodes[v]!.id)),
          touches,
        )
      : [];
    if (changed.length > 0 && s.state !== 'overdue') {
      items.push({
        kind: 'bia',
        id: b.processId,
        name: b.name,
        state: 're-review',
        dueAt: changed[0]!.at,
        lastReviewedAt: b.lastReviewedAt,
        reason: `Release "${changed[0]!.name}" changed a dependency of this critical process after its last review: review its BIA and the runbooks that recover it.`,
      });
    } else if (due(s.state)) {
      items.push({
        kind: 'bia',
        id: b.processId,
        name: b.name,
        state: s.state,
        dueAt: s.dueAt,
        lastReviewedAt: b.lastReviewedAt,
        reason: intervalReason(s.state, b.reviewIntervalDays),
      });
    }
  }
  for (const sv of services) {
    if (due(sv.review.state)) items.push(item('service', sv.id, sv.name, sv.review));
    for (const t of sv.tolerances)
      if (due(t.review.state)) items.push(item('tolerance', t.id, `${sv.name}: ${t.label}`, t.review));
  }
  for (const sc of scenarios)
    if (due(sc.review.state)) items.push(item('scenario', sc.id, sc.name, sc.review));
  const rank = { overdue: 0, 're-review': 1, 'never-reviewed': 2, 'expires-soon': 3, current: 4 } as const;
  return items.sort(
    (a, b) =>
      rank[a.state] - rank[b.state] ||
      (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
      a.name.localeCompare(b.name),
  );
}

function intervalReason(state: string, days: number): string {
  if (state === 'never-reviewed') return 'Never reviewed.';
  return state === 'overdue'
    ? `Its ${days}-day review interval has lapsed.`
    : `Its ${days}-day review interval ends within 30 days.`;
}

function item(kind: ReviewItem['kind'], id: string, name: string, r: ReviewStanding): ReviewItem {
  return {
    kind,
    id,
    name,
    state: r.state,
    dueAt: r.dueAt,
    lastReviewedAt: r.lastReviewedAt,
    reason: intervalReason(r.state, r.reviewIntervalDays),
  };
}

export function resilienceOverview(store: Store, now: Date): ResilienceOverview {
  const all = deriveEveryProcess(store);
  const g = buildGraph(loadGraphInput(store, processObjectives(all), all.registers.tiers));
  const services = serviceViews(store, g, now);
  const scenarios = scenarioViews(store, g, services, now);
  const processes = new Map(
    all.processes.map((p, i) => [p.id, { name: p.name, mtdMinutes: all.derived[i]!.mtd }]),
  );
  const tiers = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier]));
  return {
    services,
    scenarios,
    toleranceFlags: toleranceMtdFlags(
      services,
      services.flatMap((s) =>
        s.tolerances.map((t) => ({
          id: t.id,
          serviceId: s.id,
          label: t.label,
          maxDisruptionMinutes: t.maxDisruptionMinutes,
        })),
      ),
      processes,
    ),
    sharedResources: sharedResources(g, services),
    reviews: reviewItems(store, g, tiers, services, scenarios, now),
  };
}

/** Each live runbook at the version people would run (approved, else the latest draft). */
export function runbookSpecs(store: Store): RunbookSpec[] {
  return store.runbooks.liveIds().flatMap((id) => {
    const summary = store.runbooks.summary(id);
    const version = store.runbooks.versionView((summary.approved ?? summary.latest).id);
    const steps = domainSteps(version.steps);
    return steps.length === 0 ? [] : [{ id, name: summary.name, steps }];
  });
}

export function matrixInput(store: Store, now: Date): MatrixInput {
  const all = deriveEveryProcess(store);
  const graph = loadGraphInput(store, processObjectives(all), all.registers.tiers);
  const g = buildGraph(graph);
  const services = serviceViews(store, g, now);
  return {
    graph,
    runbooks: runbookSpecs(store),
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      nodeIds: s.nodeIds,
      toleranceMinutes: s.toleranceMinutes,
    })),
    scenarios: store.resilience.scenarios().map((s) => ({ id: s.id, name: s.name, failures: s.failures })),
    mc: { ...SCENARIO_MONTE_CARLO },
  };
}

/**
 * Processes a release touches (the touched nodes themselves, or processes needing them through hard
 * edges) whose BIA review is overdue: the gate reports them. Never-reviewed BIAs are the reviews
 * list's business, not a gate failure, so that turning reviews on blocks no release by itself.
 */
export function expiredBiasTouching(
  store: Store,
  nodeIds: readonly string[],
  now: Date,
): { processId: string; name: string; dueAt: string }[] {
  if (nodeIds.length === 0) return [];
  const all = deriveEveryProcess(store);
  const g = buildGraph(loadGraphInput(store, processObjectives(all), all.registers.tiers));
  const touched = new Set(nodeIds);
  return store.resilience.biaReviews().flatMap((b) => {
    const s = reviewStatus(b.lastReviewedAt, b.reviewIntervalDays, now);
    if (s.state !== 'overdue' || s.dueAt === null) return [];
    const needs = [...serviceClosure(g, [b.processId])].some((v) => touched.has(g.nodes[v]!.id));
    return needs ? [{ processId: b.processId, name: b.name, dueAt: s.dueAt }] : [];
  });
}
