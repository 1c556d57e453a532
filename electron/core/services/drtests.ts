// DR tests: plans, live runs recorded as timestamped events (stored as they happen, so a crash loses
// nothing and the run resumes from the events), results against RTO/RPO, proven capability, findings
// and the overdue list.
import type Database from 'better-sqlite3';
import {
  AppError,
  type DrTestDetail,
  type DrTestPlan,
  type FindingView,
  type OverdueNode,
} from '../../../shared/contract';
import {
  computeDrTestResult,
  deriveRunState,
  overdueNodes,
  toExecution,
  type RunEvent,
} from '../../../shared/domain/drtest';
import { requireWorkspace, writeContext } from '../app/context';
import type { Handlers } from '../app/router';
import type { AuditInput } from '../store/audit-chain';
import { deriveEveryProcess } from '../domains/bia/read-all';
import { compiledWorkspaceGraph } from '../domains/graph/read';
import { saveRow, type TableSpec } from './rows';
import { domainSteps, loadVersion, readIds } from './runbooks-read';

interface TestRow {
  id: string;
  name: string;
  type: DrTestPlan['type'];
  scenario: string;
  scope_node_ids: string;
  runbook_version_ids: string;
  objectives: string;
  participants: string;
  scheduled_at: string | null;
  status: DrTestPlan['status'];
  verdict: DrTestPlan['verdict'];
  data_loss: string;
  completed_at: string | null;
}

function toPlan(r: TestRow): DrTestPlan {
  let dataLoss: DrTestPlan['dataLoss'];
  try {
    dataLoss = JSON.parse(r.data_loss) as DrTestPlan['dataLoss'];
  } catch {
    dataLoss = [];
  }
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    scenario: r.scenario,
    scopeNodeIds: readIds(r.scope_node_ids),
    runbookVersionIds: readIds(r.runbook_version_ids),
    objectives: r.objectives,
    participants: r.participants,
    scheduledAt: r.scheduled_at,
    status: r.status,
    verdict: r.verdict,
    dataLoss,
    completedAt: r.completed_at,
  };
}

function planRow(db: Database.Database, testId: string): DrTestPlan {
  const row = db.prepare('SELECT * FROM dr_test WHERE id = ? AND retired_at IS NULL').get(testId) as
    TestRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That DR test does not exist.');
  return toPlan(row);
}

function loadEvents(db: Database.Database, testId: string): RunEvent[] {
  const rows = db
    .prepare('SELECT type, at, step_id, outcome, notes FROM dr_test_event WHERE test_id = ? ORDER BY seq')
    .all(testId) as {
    type: RunEvent['type'];
    at: number;
    step_id: string | null;
    outcome: string | null;
    notes: string | null;
  }[];
  return rows.map((r): RunEvent => {
    switch (r.type) {
      case 'step-started':
        return { type: 'step-started', at: r.at, stepId: r.step_id ?? '' };
      case 'step-finished':
        return {
          type: 'step-finished',
          at: r.at,
          stepId: r.step_id ?? '',
          outcome: (r.outcome ?? 'ok') as 'ok',
          ...(r.notes ? { notes: r.notes } : {}),
        };
      case 'paused':
        return { type: 'paused', at: r.at, ...(r.notes ? { reason: r.notes } : {}) };
      default:
        return { type: r.type, at: r.at } as RunEvent;
    }
  });
}

export function findingsOf(db: Database.Database, where: string, ...args: string[]): FindingView[] {
  return db
    .prepare(
      `SELECT id, test_id AS testId, step_id AS stepId, title, description, severity, owner, due_date AS dueDate, status,
         created_at AS createdAt, updated_at AS updatedAt FROM finding ${where}
       ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, due_date`,
    )
    .all(...args) as FindingView[];
}

export function loadDrTestDetail(db: Database.Database, testId: string, now: number): DrTestDetail {
  const plan = planRow(db, testId);
  const runbooks = plan.runbookVersionIds.map((v) => loadVersion(db, v));
  // Step ids are the stored steps' ids: unique across runbooks, and what run events name.
  const steps = runbooks.flatMap((v) => domainSteps(v.steps, (s) => s.id));
  const { graph } = compiledWorkspaceGraph(db);
  const nodes = plan.scopeNodeIds.map((id) => {
    const n = graph.nodes[graph.indexOf.get(id) ?? -1];
    return { id, name: n?.name ?? id, rtoMinutes: n?.rtoMinutes ?? null, rpoMinutes: n?.rpoMinutes ?? null };
  });
  const events = loadEvents(db, testId);
  const state = deriveRunState(events, now);
  const execution = toExecution(state, plan.dataLoss);
  const objectives = nodes
    .filter((n) => n.rtoMinutes !== null)
    .map((n) => ({
      nodeId: n.id,
      rtoMinutes: n.rtoMinutes!,
      rpoMinutes: n.rpoMinutes ?? Number.POSITIVE_INFINITY,
    }));
  const result = execution ? computeDrTestResult(steps, execution, objectives) : null;
  return {
    plan,
    runbooks,
    nodes,
    events,
    state,
    result,
    findings: findingsOf(db, 'WHERE test_id = ?', testId),
  };
}

/** Refuses an event that does not fit the run as it stands, with the reason. */
function assertFits(detail: DrTestDetail, event: { type: RunEvent['type']; stepId?: string }): void {
  const { status, running } = detail.state;
  const stepIds = new Set(detail.runbooks.flatMap((r) => r.steps.map((s) => s.id)));
  const fail = (msg: string) => {
    throw new AppError('CONFLICT', msg);
  };
  if (detail.plan.status === 'completed' || detail.plan.status === 'cancelled') fail('This test is closed.');
  switch (event.type) {
    case 'started':
      if (status !== 'not-started') fail('The test has already started.');
      break;
    case 'step-started':
      if (status !== 'running')
        fail(status === 'paused' ? 'The test is paused; resume it first.' : 'Start the test first.');
      if (!stepIds.has(event.stepId!)) fail('That step is not in the runbooks this test uses.');
      if (running.some((r) => r.stepId === event.stepId)) fail('That step is already running.');
      break;
    case 'step-finished':
      if (!running.some((r) => r.stepId === event.stepId)) fail('That step is not running.');
      break;
    case 'paused':
      if (status !== 'running') fail('Only a running test can be paused.');
      break;
    case 'resumed':
      if (status !== 'paused') fail('The test is not paused.');
      break;
    case 'ended':
      if (status !== 'running' && status !== 'paused') fail('The test is not running.');
      break;
  }
}

const findingSpec: TableSpec = {
  table: 'finding',
  entity: 'finding',
  columns: {
    testId: 'test_id',
    stepId: 'step_id',
    title: 'title',
    description: 'description',
    severity: 'severity',
    owner: 'owner',
    dueDate: 'due_date',
    status: 'status',
  },
  describe: (v) => `A finding "${String(v.title)}"`,
};

export function overdueList(db: Database.Database, now: number): OverdueNode[] {
  const all = deriveEveryProcess(db);
  const { graph } = compiledWorkspaceGraph(db);
  const tierById = new Map(all.registers.tiers.map((t) => [t.id, t]));
  const processTier = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier]));
  const resourceTier = new Map(
    (
      db
        .prepare(
          "SELECT id, tier_id FROM node WHERE kind <> 'process' AND retired_at IS NULL AND tier_id IS NOT NULL",
        )
        .all() as { id: string; tier_id: string }[]
    ).map((r) => [r.id, tierById.get(r.tier_id) ?? null]),
  );
  const lastPass = new Map(
    (
      db.prepare('SELECT node_id, MAX(proven_at) AS at FROM proven_capability GROUP BY node_id').all() as {
        node_id: string;
        at: string;
      }[]
    ).map((r) => [r.node_id, Date.parse(r.at)]),
  );
  const coverage = graph.nodes.flatMap((n) => {
    const tier = n.kind === 'process' ? processTier.get(n.id) : resourceTier.get(n.id);
    return tier
      ? [
          {
            nodeId: n.id,
            tier,
            lastPassedAt: lastPass.get(n.id) ?? null,
            name: n.name,
            kind: n.kind,
            tierName: tier.name,
          },
        ]
      : [];
  });
  const meta = new Map(coverage.map((c) => [c.nodeId, c]));
  return overdueNodes(coverage, now).map((s) => ({
    nodeId: s.nodeId,
    name: meta.get(s.nodeId)!.name,
    kind: meta.get(s.nodeId)!.kind,
    tierName: meta.get(s.nodeId)!.tierName,
    testFrequencyDays: s.testFrequencyDays,
    lastPassedAt: s.lastPassedAt === undefined ? null : new Date(s.lastPassedAt).toISOString(),
    daysOverdue: s.daysOverdue,
  }));
}

export const drTestHandlers = {
  'drtests.list': (_input, ctx) =>
    (
      requireWorkspace(ctx)
        .db.prepare('SELECT * FROM dr_test WHERE retired_at IS NULL ORDER BY scheduled_at DESC, name')
        .all() as TestRow[]
    ).map(toPlan),
  'drtests.get': (input, ctx) =>
    loadDrTestDetail(requireWorkspace(ctx).db, input.testId, ctx.session.clock.now().getTime()),
  'drtests.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutate(w, () => {
      if (input.id) {
        const plan = planRow(ws.db, input.id);
        if (plan.status !== 'planned')
          throw new AppError('CONFLICT', 'Only a planned test can be edited; this one has started.');
      }
      for (const v of input.runbookVersionIds) loadVersion(ws.db, v);
      const check = ws.db.prepare('SELECT 1 FROM node WHERE id = ? AND retired_at IS NULL');
      for (const n of input.scopeNodeIds)
        if (!check.get(n)) throw new AppError('INVALID_INPUT', `Node ${n} is not in the workspace.`);
      const { id: givenId, scopeNodeIds, runbookVersionIds, ...rest } = input;
      const saved = saveRow(
        ws.db,
        w,
        {
          table: 'dr_test',
          entity: 'drtest',
          describe: (v) => `A DR test "${String(v.name)}"`,
          columns: {
            name: 'name',
            type: 'type',
            scenario: 'scenario',
            scopeNodeIds: 'scope_node_ids',
            runbookVersionIds: 'runbook_version_ids',
            objectives: 'objectives',
            participants: 'participants',
            scheduledAt: 'scheduled_at',
          },
        },
        givenId,
        {
          ...rest,
          scopeNodeIds: JSON.stringify(scopeNodeIds),
          runbookVersionIds: JSON.stringify(runbookVersionIds),
        },
      );
      return {
        value: saved.id,
        audit: saved.audit.length
          ? saved.audit
          : [{ action: 'drtest.save', entity: 'drtest', entityId: saved.id }],
      };
    });
    return loadDrTestDetail(ws.db, id, w.now.getTime());
  },
  'drtests.record': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const at = w.now.getTime();
    ws.mutate(w, () => {
      assertFits(loadDrTestDetail(ws.db, input.testId, at), input.event);
      const e = input.event;
      ws.db
        .prepare(
          'INSERT INTO dr_test_event (test_id, type, at, step_id, outcome, notes) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          input.testId,
          e.type,
          at,
          'stepId' in e ? e.stepId : null,
          e.type === 'step-finished' ? e.outcome : null,
          e.type === 'step-finished' ? (e.notes ?? null) : e.type === 'paused' ? (e.reason ?? null) : null,
        );
      if (e.type === 'started')
        ws.db
          .prepare("UPDATE dr_test SET status = 'running', updated_at = ? WHERE id = ?")
          .run(w.now.toISOString(), input.testId);
      return {
        value: null,
        audit: {
          action: `drtest.${e.type}`,
          entity: 'drtest',
          entityId: input.testId,
          after: { ...e, at: w.now.toISOString() },
        },
      };
    });
    return loadDrTestDetail(ws.db, input.testId, at);
  },
  'drtests.complete': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const at = w.now.toISOString();
    ws.mutate(w, () => {
      const before = loadDrTestDetail(ws.db, input.testId, w.now.getTime());
      if (before.state.status !== 'ended')
        throw new AppError('CONFLICT', 'End the run before completing the test.');
      if (before.plan.status === 'completed')
        throw new AppError('CONFLICT', 'This test is already completed.');
      ws.db
        .prepare('UPDATE dr_test SET data_loss = ? WHERE id = ?')
        .run(JSON.stringify(input.dataLoss), input.testId);
      const result = loadDrTestDetail(ws.db, input.testId, w.now.getTime()).result!;
      ws.db
        .prepare(
          "UPDATE dr_test SET status = 'completed', verdict = ?, completed_at = ?, updated_at = ? WHERE id = ?",
        )
        .run(result.verdict, at, at, input.testId);
      const audit: AuditInput[] = [
        {
          action: 'drtest.complete',
          entity: 'drtest',
          entityId: input.testId,
          after: {
            verdict: result.verdict,
            nodes: result.nodes.map((n) => ({
              nodeId: n.nodeId,
              rtcMinutes: n.rtcMinutes ?? null,
              verdict: n.verdict,
            })),
          },
        },
      ];
      // A node that passed has proven how fast it recovers: the graph analysis uses that from now on.
      for (const n of result.nodes.filter((x) => x.verdict === 'pass' && x.rtcMinutes !== undefined)) {
        const minutes = Math.ceil(n.rtcMinutes!);
        const old = ws.db
          .prepare('SELECT proven_minutes AS m, proven_at AS at FROM node WHERE id = ?')
          .get(n.nodeId) as { m: number | null; at: string | null };
        ws.db
          .prepare('UPDATE node SET proven_minutes = ?, proven_at = ?, updated_at = ? WHERE id = ?')
          .run(minutes, at, at, n.nodeId);
        ws.db
          .prepare('INSERT INTO proven_capability (node_id, test_id, minutes, proven_at) VALUES (?, ?, ?, ?)')
          .run(n.nodeId, input.testId, n.rtcMinutes!, at);
        audit.push({
          action: 'node.proven',
          entity: 'node',
          entityId: n.nodeId,
          after: { provenMinutes: minutes, provenAt: at, testId: input.testId, before: old },
        });
      }
      return { value: null, audit };
    });
    return loadDrTestDetail(ws.db, input.testId, w.now.getTime());
  },
  'drtests.overdue': (_input, ctx) =>
    overdueList(requireWorkspace(ctx).db, ctx.session.clock.now().getTime()),
  'findings.list': (input, ctx) => {
    const db = requireWorkspace(ctx).db;
    const conditions = [input.testId ? 'test_id = ?' : '', input.openOnly ? "status <> 'closed'" : ''].filter(
      Boolean,
    );
    return findingsOf(
      db,
      conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
      ...(input.testId ? [input.testId] : []),
    );
  },
  'findings.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...values } = input;
    const savedId = ws.mutateMaybe(w, () => {
      if (values.testId) planRow(ws.db, values.testId);
      const r = saveRow(ws.db, w, findingSpec, id, values);
      return { value: r.id, audit: r.audit };
    });
    return findingsOf(ws.db, 'WHERE id = ?', savedId)[0]!;
  },
} satisfies Partial<Handlers>;
