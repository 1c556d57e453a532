// Gathers everything the go/no-go gate weighs for one release from the store: approvals, risk,
// calendar conflicts, runbooks, DR tests, findings, error budgets, RTO inversions, canary, waivers.
import type Database from 'better-sqlite3';
import type { GateView, WaiverView } from '../../../shared/contract';
import {
  evaluateGate,
  type FindingSeverity,
  type GateCheckId,
  type GateDrTest,
  type GateFinding,
  type GateRunbook,
  type Instant,
} from '../../../shared/domain/release';
import { releaseConflicts } from './calendar-read';
import { latestCanary } from './canary';
import { releaseGraph } from './release-graph';
import { approvalRows, iso, releaseRow, toDomainRelease, toReleaseView } from './release-rows';
import { approvedRunbookIds, assessReleaseRisk } from './risk';
import { readIds } from '../domains/runbooks/read';
import { budgetsFor } from './slos';

function runbooks(db: Database.Database): GateRunbook[] {
  const approved = approvedRunbookIds(db);
  return (
    db.prepare('SELECT id, name FROM runbook WHERE retired_at IS NULL').all() as {
      id: string;
      name: string;
    }[]
  ).map((r) => ({ ...r, approved: approved.has(r.id) }));
}

function drTests(db: Database.Database): GateDrTest[] {
  const rows = db
    .prepare(
      "SELECT id, scope_node_ids, completed_at FROM dr_test WHERE status = 'completed' AND verdict = 'pass' AND completed_at IS NOT NULL AND retired_at IS NULL",
    )
    .all() as { id: string; scope_node_ids: string; completed_at: string }[];
  return rows.flatMap((r) => {
    const at = Date.parse(r.completed_at);
    return Number.isNaN(at) ? [] : [{ id: r.id, nodeIds: readIds(r.scope_node_ids), completedAt: at }];
  });
}

function findings(db: Database.Database): GateFinding[] {
  const rows = db
    .prepare(
      'SELECT f.id, f.title, f.severity, f.status, t.scope_node_ids FROM finding f LEFT JOIN dr_test t ON t.id = f.test_id',
    )
    .all() as {
    id: string;
    title: string;
    severity: FindingSeverity;
    status: string;
    scope_node_ids: string | null;
  }[];
  // A finding belongs to the services its DR test covered.
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    open: r.status !== 'closed',
    nodeIds: r.scope_node_ids === null ? [] : readIds(r.scope_node_ids),
  }));
}

export function waiverRows(db: Database.Database, releaseId: string): WaiverView[] {
  return (
    db
      .prepare(
        'SELECT id, check_id, justification, approver, created_at FROM gate_waiver WHERE release_id = ? AND retired_at IS NULL ORDER BY created_at',
      )
      .all(releaseId) as {
      id: string;
      check_id: string;
      justification: string;
      approver: string;
      created_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    checkId: r.check_id,
    justification: r.justification,
    approver: r.approver,
    at: r.created_at,
  }));
}

export function gateFor(db: Database.Database, releaseId: string, now: Instant): GateView {
  const row = releaseRow(db, releaseId);
  const release = toDomainRelease(row);
  const graph = releaseGraph(db);
  const risk = assessReleaseRisk(db, graph, release, now);
  const conflicts = releaseConflicts(db, graph, release);
  const canary = latestCanary(db, releaseId);
  const waivers = waiverRows(db, releaseId);
  const result = evaluateGate({
    release,
    now,
    approvals: approvalRows(db, releaseId).map((a) => ({ approverId: a.approver, at: a.approved_at })),
    risk: { level: risk.level, score: risk.score },
    conflicts,
    runbooks: runbooks(db),
    nodes: graph.gateNodes,
    tiers: graph.tiers,
    drTests: drTests(db),
    findings: findings(db),
    budgets: budgetsFor(db, release.nodeIds, now),
    rtoInversions: graph.inversions(),
    canary: canary?.result,
    waivers: waivers.map((w) => ({
      checkId: w.checkId as GateCheckId,
      justification: w.justification,
      approverId: w.approver,
    })),
  });
  return {
    ...result,
    release: toReleaseView(db, row),
    risk,
    conflicts,
    waivers,
    canary,
    evaluatedAt: iso(now),
  };
}
