// The programme home (dashboard.get). Every figure is counted from the same API reads the area it
// opens lists with (called through the handler map), filtered by the predicates of
// shared/contract/list-filters.ts, so a number and its list agree by construction. No SQL here.
import {
  BIA_COVERAGE,
  FINDING_AGES,
  FINDING_SEVERITIES,
  conflictFilter,
  departmentOf,
  drTestFilter,
  findingFilter,
  gapFilter,
  needsApproval,
  overdueFilter,
  processFilter,
  releaseFilter,
  runbookFilter,
  type BiaCoverage,
  type DashboardArea,
  type DashboardView,
  type Figure,
  type MethodName,
  type MethodParsedInput,
  type MethodResult,
  type SignatureGroup,
} from '../../../../shared/contract';
import { recoveryTimes } from '../../../../shared/domain/graph';
import { requireWorkspace, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import { compiledWorkspaceGraph } from '../graph/read';
import {
  biaAuthors,
  releaseApprovers,
  releasePlanners,
  runbookAuthors,
  type Writer,
} from '../members/duties';

const DAY_MS = 86_400_000;
const HORIZON_DAYS = 14;

type Call = <M extends MethodName>(m: M, input: MethodParsedInput<M>) => Promise<MethodResult<M>>;

function figure<T>(
  area: DashboardArea,
  query: Record<string, string>,
  rows: readonly T[],
  filterOf: (q: Record<string, string>) => ((row: T) => boolean) | null,
): Figure {
  const keep = filterOf(query);
  return { count: keep ? rows.filter(keep).length : rows.length, link: { area, query } };
}

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The people whose signature cannot count, by key (by name on entries from before keys). */
const notByWriters = (writers: readonly Writer[]) =>
  writers.map((x) => ({ name: x.name, fingerprint: x.signer }));

async function buildDashboard(ctx: Context, handlers: Handlers): Promise<DashboardView> {
  const { store } = requireWorkspace(ctx);
  const call: Call = async (m, input) => (handlers[m] as Handlers[typeof m])(input, ctx);
  const nowMs = ctx.session.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const horizon = new Date(nowMs + HORIZON_DAYS * DAY_MS).toISOString();

  const [overview, runbooks, releases, tests, overdue, findings, registers] = await Promise.all([
    call('objectives.overview', {}),
    call('runbooks.list', {}),
    call('releases.list', {}),
    call('drtests.list', {}),
    call('drtests.overdue', {}),
    call('findings.list', { openOnly: true }),
    call('registers.get', {}),
  ]);

  // BIA coverage, by department.
  const coverageFigures = (department?: string) =>
    Object.fromEntries(
      BIA_COVERAGE.map((c) => [
        c,
        figure(
          'bia',
          department ? { coverage: c, department } : { coverage: c },
          overview.rows,
          processFilter,
        ),
      ]),
    ) as Record<BiaCoverage, Figure>;
  const departments = [...new Set(overview.rows.map(departmentOf))].sort((a, b) => a.localeCompare(b));

  // What waits for a signature, and whose. Who wrote what comes from the chain's signers, as the
  // approval handlers read it (members/duties.ts): two people of one name, or a renamed person, are
  // told apart by key; names only for entries from before keys.
  const biaInReview = overview.rows.filter((r) => r.status === 'in_review');
  const biaItems = biaInReview.map((r) => {
    const authors = biaAuthors(store, r.processId);
    const author = authors[0]?.name;
    return {
      id: r.processId,
      name: r.name,
      waitingFor: author ? `an approver other than ${author}` : 'an approver',
      notBy: notByWriters(authors),
    };
  });
  const runbooksInReview = runbooks.filter((r) => r.latest.status === 'in_review');
  const runbookItems = runbooksInReview.map((r) => {
    const authors = runbookAuthors(store, r.id);
    const names = [...new Set(authors.map((a) => a.name))].join(', ');
    return {
      id: r.id,
      name: `${r.name} v${r.latest.version}`,
      waitingFor: names ? `an approver other than ${names}` : 'an approver',
      notBy: notByWriters(authors),
    };
  });
  const releasesWaiting = releases.filter(needsApproval);
  const releaseItems = await Promise.all(
    releasesWaiting.map(async (r) => {
      const gate = await call('gate.evaluate', { releaseId: r.id });
      return {
        id: r.id,
        name: r.name,
        waitingFor: `${gate.risk.approvals.description} (owner ${r.owner || 'not named'})`,
        // The owner is a name typed on the release, and the approval handler compares it so.
        notBy: [
          ...(r.owner ? [{ name: r.owner, fingerprint: null }] : []),
          ...notByWriters([...releasePlanners(store, r.id), ...releaseApprovers(store, r.id)]),
        ],
      };
    }),
  );
  const signatures: SignatureGroup[] = [
    {
      kind: 'bia',
      label: 'BIAs in review',
      figure: figure('bia', { coverage: 'in_review' }, overview.rows, processFilter),
      items: biaItems,
    },
    {
      kind: 'runbook',
      label: 'Runbook versions in review',
      figure: figure('runbooks', { status: 'in_review' }, runbooks, runbookFilter),
      items: runbookItems,
    },
    {
      kind: 'release',
      label: 'Releases waiting for approval',
      figure: figure('releases', { approval: 'needed' }, releases, releaseFilter),
      items: releaseItems,
    },
  ];

  // DR tests overdue by tier (most stringent first), and those scheduled in the next two weeks.
  const byTier = registers.tiers
    .map((t) => {
      const rows = overdue.filter((n) => n.tierName === t.name);
      return {
        tierName: t.name,
        testFrequencyDays: t.testFrequencyDays,
        neverTested: rows.filter((n) => n.daysOverdue === null).length,
        late: rows.filter((n) => n.daysOverdue !== null).length,
        figure: figure('drtests', { overdue: t.name }, overdue, overdueFilter),
      };
    })
    .filter((t) => t.figure.count > 0);

  // Open findings by severity and by how long ago they were raised.
  const ageQuery = (a: (typeof FINDING_AGES)[number]) => {
    const q: Record<string, string> = {};
    if (a.toDays !== null) q.raisedAfter = new Date(nowMs - a.toDays * DAY_MS).toISOString();
    if (a.fromDays > 0) q.raisedBefore = new Date(nowMs - a.fromDays * DAY_MS).toISOString();
    return q;
  };
  const bySeverity = FINDING_SEVERITIES.map((severity) => ({
    severity,
    figure: figure('drtests', { findings: 'open', severity }, findings, findingFilter),
    byAge: FINDING_AGES.map((a) =>
      figure('drtests', { findings: 'open', severity, ...ageQuery(a) }, findings, findingFilter),
    ),
  }));

  // Conflicts: a process's own objectives, inversions along the graph, achievable recovery gaps.
  const recovery = recoveryTimes(compiledWorkspaceGraph(store).graph);

  // Releases in the next two weeks, each with its gate's verdict.
  const releaseWindow = { from: now, to: horizon };
  const upcoming = releases
    .filter(releaseFilter(releaseWindow)!)
    .sort((a, b) => a.windowStart.localeCompare(b.windowStart));
  const items = await Promise.all(
    upcoming.map(async (r) => {
      const gate = await call('gate.evaluate', { releaseId: r.id });
      return {
        id: r.id,
        name: r.name,
        version: r.version,
        windowStart: r.windowStart,
        status: r.status,
        go: gate.go,
        summary: gate.summary,
        failing: gate.checks.filter((c) => c.status === 'fail').map((c) => c.label),
      };
    }),
  );

  return {
    asOf: now,
    processCount: overview.rows.length,
    coverage: {
      total: coverageFigures(),
      byDepartment: departments.map((department) => ({ department, figures: coverageFigures(department) })),
    },
    signatures,
    drTests: {
      overdue: figure('drtests', { overdue: 'all' }, overdue, overdueFilter),
      byTier,
      scheduledSoon: figure(
        'drtests',
        { scheduledFrom: dayOf(nowMs), scheduledTo: dayOf(nowMs + HORIZON_DAYS * DAY_MS) },
        tests,
        drTestFilter,
      ),
    },
    findings: {
      open: figure('drtests', { findings: 'open' }, findings, findingFilter),
      bySeverity,
    },
    conflicts: {
      objectives: figure('objectives', { conflicts: 'objectives' }, overview.conflicts, conflictFilter),
      inversions: figure('objectives', { conflicts: 'inversions' }, overview.conflicts, conflictFilter),
      gaps: figure('objectives', { conflicts: 'gaps' }, recovery, gapFilter),
    },
    releases: { ...releaseWindow, figure: figure('releases', releaseWindow, releases, releaseFilter), items },
  };
}

/**
 * The dashboard counts through the areas' own read methods, so every number equals the list it
 * opens. It is given the composed handler map (core/handlers.ts) rather than importing it.
 */
export function dashboardHandlers(all: () => Handlers) {
  return {
    'dashboard.get': (_input, ctx) => buildDashboard(ctx, all()),
  } satisfies Partial<Handlers>;
}
