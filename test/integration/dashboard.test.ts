// The programme home against the registers on the demo: every figure's count equals the length of
// the list its link opens, read through the same API method that list uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  conflictFilter,
  drTestFilter,
  findingFilter,
  gapFilter,
  overdueFilter,
  processFilter,
  releaseFilter,
  runbookFilter,
  type DashboardView,
  type DependencyMap,
  type DrTestPlan,
  type Figure,
  type FindingView,
  type ObjectivesOverview,
  type OverdueNode,
  type ReleaseView,
  type RunbookListRow,
} from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

type Call = ReturnType<typeof testSession>['call'];

/** Which list a link opens, as the area's view chooses it, and how many rows it shows. */
async function listLength(call: Call, f: Figure): Promise<number> {
  const q = f.link.query;
  const count = <T>(rows: T[], pred: ((r: T) => boolean) | null) => {
    expect(pred, `a filter for ${JSON.stringify(f.link)}`).not.toBeNull();
    return rows.filter(pred!).length;
  };
  switch (f.link.area) {
    case 'bia':
      return count((await call<ObjectivesOverview>('objectives.overview')).rows, processFilter(q));
    case 'runbooks':
      return count(await call<RunbookListRow[]>('runbooks.list'), runbookFilter(q));
    case 'releases':
      return count(await call<ReleaseView[]>('releases.list'), releaseFilter(q));
    case 'drtests':
      if (q.overdue) return count(await call<OverdueNode[]>('drtests.overdue'), overdueFilter(q));
      if (q.findings)
        return count(await call<FindingView[]>('findings.list', { openOnly: true }), findingFilter(q));
      return count(await call<DrTestPlan[]>('drtests.list'), drTestFilter(q));
    case 'objectives':
      if (q.conflicts === 'gaps')
        return count((await call<DependencyMap>('graph.map')).analysis.recoveryTimes, gapFilter(q));
      return count((await call<ObjectivesOverview>('objectives.overview')).conflicts, conflictFilter(q));
  }
}

function everyFigure(d: DashboardView): [string, Figure][] {
  return [
    ...Object.entries(d.coverage.total).map(([k, f]): [string, Figure] => [`coverage ${k}`, f]),
    ...d.coverage.byDepartment.flatMap((r) =>
      Object.entries(r.figures).map(([k, f]): [string, Figure] => [`coverage ${r.department} ${k}`, f]),
    ),
    ...d.signatures.map((s): [string, Figure] => [s.label, s.figure]),
    ['DR tests overdue', d.drTests.overdue],
    ...d.drTests.byTier.map((t): [string, Figure] => [`overdue ${t.tierName}`, t.figure]),
    ['DR tests scheduled soon', d.drTests.scheduledSoon],
    ['open findings', d.findings.open],
    ...d.findings.bySeverity.flatMap((s) => [
      [`findings ${s.severity}`, s.figure] as [string, Figure],
      ...s.byAge.map((f, i): [string, Figure] => [`findings ${s.severity} age ${i}`, f]),
    ]),
    ['objective conflicts', d.conflicts.objectives],
    ['inversions', d.conflicts.inversions],
    ['recovery gaps', d.conflicts.gaps],
    ['releases next two weeks', d.releases.figure],
  ];
}

describe('dashboard.get on the demo', () => {
  const dir = tempDir();
  const { call, as } = testSession(dir.path);
  let d: DashboardView;
  beforeAll(async () => {
    await as('Dana Board', 'Continuity manager');
    await call('workspace.openDemo');
    d = await call<DashboardView>('dashboard.get');
    // Building the demo (about 900 signed writes) takes seconds, more beside other test workers.
  }, 120_000);
  afterAll(() => dir.cleanup());

  it('every count equals the length of the list it opens', async () => {
    const figures = everyFigure(d);
    expect(figures.length).toBeGreaterThan(30);
    for (const [name, f] of figures) {
      expect(await listLength(call, f), name).toBe(f.count);
    }
  });

  it('coverage adds up to every process, by department and in total', () => {
    const total = Object.values(d.coverage.total).reduce((n, f) => n + f.count, 0);
    expect(total).toBe(d.processCount);
    expect(d.processCount).toBe(12);
    expect(d.coverage.total.approved.count).toBeGreaterThan(0);
    for (const k of ['approved', 'in_review', 'draft', 'missing'] as const) {
      const byDept = d.coverage.byDepartment.reduce((n, r) => n + r.figures[k].count, 0);
      expect(byDept, k).toBe(d.coverage.total[k].count);
    }
  });

  it('the demo has something in each section, so the equalities above are not all zero', () => {
    const nonZero = everyFigure(d)
      .filter(([, f]) => f.count > 0)
      .map(([n]) => n);
    expect(nonZero).toEqual(
      expect.arrayContaining(['DR tests overdue', 'open findings', 'inversions', 'releases next two weeks']),
    );
    expect(d.releases.items.length).toBe(d.releases.figure.count);
    for (const s of d.signatures) expect(s.items.length, s.label).toBe(s.figure.count);
    const overdueByTier = d.drTests.byTier.reduce((n, t) => n + t.figure.count, 0);
    expect(overdueByTier).toBe(d.drTests.overdue.count);
  });
});
