// Reading runbooks: versions with their steps, and the timing of a version (critical path and a
// seeded Monte Carlo against the tightest RTO of the nodes it targets).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  AppError,
  type RunbookDetail,
  type RunbookListRow,
  type RunbookStepView,
  type RunbookSummary,
  type RunbookTiming,
  type RunbookVersionView,
} from '../../../shared/contract';
import { criticalPath, monteCarlo, validateRunbook } from '../../../shared/domain/runbook';
import type { RunbookKind, RunbookStep } from '../../../shared/domain/runbook/types';
import { compiledWorkspaceGraph } from '../domains/graph/read';

const idList = z.array(z.string());

/** JSON arrays stored in TEXT columns; a damaged value reads as empty rather than breaking the view. */
export function readIds(json: string): string[] {
  try {
    const parsed = idList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

interface VersionRow {
  id: string;
  runbook_id: string;
  version: number;
  status: RunbookVersionView['status'];
  description: string;
  target_node_ids: string;
  author_name: string;
  submitted_by: string | null;
  submitted_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
}

interface StepRow {
  id: string;
  key: string;
  position: number;
  title: string;
  role: string;
  instructions: string;
  verification: string;
  rollback_point: number;
  min_minutes: number;
  likely_minutes: number;
  max_minutes: number;
  depends_on: string;
  restores_node_ids: string;
}

export function loadSteps(db: Database.Database, versionId: string): RunbookStepView[] {
  return (
    db
      .prepare('SELECT * FROM runbook_step WHERE version_id = ? ORDER BY position')
      .all(versionId) as StepRow[]
  ).map((s) => ({
    id: s.id,
    key: s.key,
    position: s.position,
    title: s.title,
    role: s.role,
    instructions: s.instructions,
    verification: s.verification,
    rollbackPoint: s.rollback_point === 1,
    minMinutes: s.min_minutes,
    likelyMinutes: s.likely_minutes,
    maxMinutes: s.max_minutes,
    dependsOn: readIds(s.depends_on),
    restoresNodeIds: readIds(s.restores_node_ids),
  }));
}

export function versionRow(db: Database.Database, versionId: string): VersionRow {
  const row = db.prepare('SELECT * FROM runbook_version WHERE id = ?').get(versionId) as
    VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That runbook version does not exist.');
  return row;
}

export function latestVersionRow(db: Database.Database, runbookId: string): VersionRow {
  const row = db
    .prepare('SELECT * FROM runbook_version WHERE runbook_id = ? ORDER BY version DESC LIMIT 1')
    .get(runbookId) as VersionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That runbook does not exist.');
  return row;
}

export function loadVersion(db: Database.Database, versionId: string): RunbookVersionView {
  const v = versionRow(db, versionId);
  return {
    id: v.id,
    runbookId: v.runbook_id,
    version: v.version,
    status: v.status,
    description: v.description,
    targetNodeIds: readIds(v.target_node_ids),
    authorName: v.author_name,
    submittedBy: v.submitted_by,
    submittedAt: v.submitted_at,
    approvedBy: v.approved_by,
    approvedAt: v.approved_at,
    createdAt: v.created_at,
    steps: loadSteps(db, v.id),
  };
}

/** Steps keyed by `key` as the domain's runbook steps. */
export function domainSteps(
  steps: readonly RunbookStepView[],
  idOf: (s: RunbookStepView) => string = (s) => s.key,
): RunbookStep[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  return steps.map((s) => ({
    id: idOf(s),
    title: s.title,
    minMinutes: s.minMinutes,
    likelyMinutes: s.likelyMinutes,
    maxMinutes: s.maxMinutes,
    dependsOn: s.dependsOn.filter((k) => byKey.has(k)).map((k) => idOf(byKey.get(k)!)),
    restoresNodeIds: s.restoresNodeIds,
    rollbackPoint: s.rollbackPoint,
  }));
}

function timing(db: Database.Database, v: RunbookVersionView, steps: RunbookStep[]): RunbookTiming {
  let rtoMinutes: number | null = null;
  let rtoFrom: string | null = null;
  if (v.targetNodeIds.length > 0) {
    const { graph } = compiledWorkspaceGraph(db);
    for (const nodeId of v.targetNodeIds) {
      const n = graph.nodes[graph.indexOf.get(nodeId) ?? -1];
      if (n?.rtoMinutes !== undefined && (rtoMinutes === null || n.rtoMinutes < rtoMinutes)) {
        rtoMinutes = n.rtoMinutes;
        rtoFrom = n.name;
      }
    }
  }
  return {
    criticalPath: criticalPath(steps),
    monteCarlo: monteCarlo(steps, { runs: 10_000, seed: 1, ...(rtoMinutes === null ? {} : { rtoMinutes }) }),
    rtoMinutes,
    rtoFrom,
  };
}

export function runbookSummary(db: Database.Database, runbookId: string): RunbookSummary {
  const rb = db.prepare('SELECT * FROM runbook WHERE id = ?').get(runbookId) as
    { id: string; name: string; kind: RunbookKind; strategy: string; template_id: string | null } | undefined;
  if (!rb) throw new AppError('NOT_FOUND', 'That runbook does not exist.');
  const latest = latestVersionRow(db, runbookId);
  const approved = db
    .prepare(
      "SELECT * FROM runbook_version WHERE runbook_id = ? AND status = 'approved' ORDER BY version DESC LIMIT 1",
    )
    .get(runbookId) as VersionRow | undefined;
  const stepCount = db
    .prepare('SELECT COUNT(*) FROM runbook_step WHERE version_id = ?')
    .pluck()
    .get(latest.id) as number;
  return {
    id: rb.id,
    name: rb.name,
    kind: rb.kind,
    strategy: rb.strategy,
    templateId: rb.template_id,
    latest: { id: latest.id, version: latest.version, status: latest.status },
    approved: approved
      ? {
          id: approved.id,
          version: approved.version,
          approvedBy: approved.approved_by,
          approvedAt: approved.approved_at,
        }
      : null,
    targetNodeIds: readIds(latest.target_node_ids),
    stepCount,
  };
}

export function listRunbooks(db: Database.Database): RunbookListRow[] {
  const ids = db
    .prepare('SELECT id FROM runbook WHERE retired_at IS NULL ORDER BY name')
    .pluck()
    .all() as string[];
  return ids.map((id) => {
    const summary = runbookSummary(db, id);
    const version = loadVersion(db, summary.latest.id);
    const steps = domainSteps(version.steps);
    // The list shows the same seeded figure the editor does, so the two never disagree.
    const t = steps.length > 0 && validateRunbook(steps).ok ? timing(db, version, steps) : null;
    return {
      ...summary,
      pMeetRto: t?.monteCarlo.pMeetRto ?? null,
      rtoMinutes: t?.rtoMinutes ?? null,
      criticalPathMinutes: t?.criticalPath.total ?? null,
    };
  });
}

export function loadRunbookDetail(
  db: Database.Database,
  runbookId: string,
  versionId?: string,
): RunbookDetail {
  const summary = runbookSummary(db, runbookId);
  const version = loadVersion(db, versionId ?? summary.latest.id);
  if (version.runbookId !== runbookId)
    throw new AppError('NOT_FOUND', 'That version belongs to another runbook.');
  const versions = (
    db
      .prepare('SELECT * FROM runbook_version WHERE runbook_id = ? ORDER BY version DESC')
      .all(runbookId) as VersionRow[]
  ).map((v) => ({
    id: v.id,
    version: v.version,
    status: v.status,
    authorName: v.author_name,
    approvedBy: v.approved_by,
    approvedAt: v.approved_at,
  }));
  const steps = domainSteps(version.steps);
  const check = validateRunbook(steps);
  const issues = check.ok ? [] : check.issues;
  return {
    summary,
    versions,
    version,
    timing: check.ok && steps.length > 0 ? timing(db, version, steps) : null,
    issues,
  };
}
