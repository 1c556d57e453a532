// Reading releases from the store: rows into the domain's Release and the contract's ReleaseView.
import type Database from 'better-sqlite3';
import { AppError, type ReleaseView } from '../../../shared/contract';
import type {
  ChangeSize,
  ChangeType,
  Instant,
  Release,
  ReleaseStatus,
  ReleaseStrategy,
} from '../../../shared/domain/release';
import { readIds } from '../domains/runbooks/read';

export interface ReleaseRow {
  id: string;
  name: string;
  version: string;
  node_ids: string;
  window_start: number;
  window_end: number;
  strategy: ReleaseStrategy;
  change_type: ChangeType;
  change_size: number;
  rollback_runbook_id: string | null;
  owner: string;
  status: ReleaseStatus;
  committed_at: number | null;
  deployed_at: number | null;
  failure_detected_at: number | null;
  restored_at: number | null;
  override_justification: string | null;
  override_by: string | null;
}

export const iso = (t: Instant): string => new Date(t).toISOString();
export const isoOrNull = (t: Instant | null): string | null => (t === null ? null : iso(t));
const opt = (t: number | null): number | undefined => t ?? undefined;

export function toDomainRelease(r: ReleaseRow): Release {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    nodeIds: readIds(r.node_ids),
    window: { start: r.window_start, end: r.window_end },
    strategy: r.strategy,
    changeType: r.change_type,
    changeSize: Math.min(5, Math.max(1, r.change_size)) as ChangeSize,
    rollbackRunbookId: r.rollback_runbook_id ?? undefined,
    status: r.status,
    ownerId: r.owner,
    committedAt: opt(r.committed_at),
    deployedAt: opt(r.deployed_at),
    failureDetectedAt: opt(r.failure_detected_at),
    restoredAt: opt(r.restored_at),
    override:
      r.override_justification !== null && r.override_by !== null
        ? { justification: r.override_justification, by: r.override_by }
        : undefined,
  };
}

export function nodeNames(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM node').all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function releaseRows(db: Database.Database): ReleaseRow[] {
  return db
    .prepare('SELECT * FROM release WHERE retired_at IS NULL ORDER BY window_start, name')
    .all() as ReleaseRow[];
}

export function releaseRow(db: Database.Database, releaseId: string): ReleaseRow {
  const row = db.prepare('SELECT * FROM release WHERE id = ? AND retired_at IS NULL').get(releaseId) as
    ReleaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That release does not exist (or was retired).');
  return row;
}

/** Finds a release by id, else by exact name (the CLI accepts either); ambiguity is an error. */
export function findReleaseId(db: Database.Database, idOrName: string): string {
  const byId = db.prepare('SELECT id FROM release WHERE id = ? AND retired_at IS NULL').pluck().get(idOrName);
  if (typeof byId === 'string') return byId;
  const byName = db
    .prepare('SELECT id FROM release WHERE name = ? AND retired_at IS NULL')
    .pluck()
    .all(idOrName) as string[];
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1)
    throw new AppError('CONFLICT', `${byName.length} releases are named "${idOrName}"; give the id instead.`);
  throw new AppError('NOT_FOUND', `No release has the id or name "${idOrName}".`);
}

export interface ApprovalRow {
  approver: string;
  approved_at: number;
}

export function approvalRows(db: Database.Database, releaseId: string): ApprovalRow[] {
  return db
    .prepare(
      'SELECT approver, approved_at FROM release_approval WHERE release_id = ? AND withdrawn_at IS NULL ORDER BY approved_at',
    )
    .all(releaseId) as ApprovalRow[];
}

export function toReleaseView(db: Database.Database, r: ReleaseRow, names = nodeNames(db)): ReleaseView {
  const nodeIds = readIds(r.node_ids);
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    nodeIds,
    nodeNames: nodeIds.map((id) => names.get(id) ?? id),
    windowStart: iso(r.window_start),
    windowEnd: iso(r.window_end),
    strategy: r.strategy,
    changeType: r.change_type,
    changeSize: r.change_size,
    rollbackRunbookId: r.rollback_runbook_id,
    owner: r.owner,
    status: r.status,
    committedAt: isoOrNull(r.committed_at),
    deployedAt: isoOrNull(r.deployed_at),
    failureDetectedAt: isoOrNull(r.failure_detected_at),
    restoredAt: isoOrNull(r.restored_at),
    override:
      r.override_justification !== null && r.override_by !== null
        ? { justification: r.override_justification, by: r.override_by }
        : null,
    approvals: approvalRows(db, r.id).map((a) => ({ approver: a.approver, at: iso(a.approved_at) })),
  };
}

export function loadReleaseView(db: Database.Database, releaseId: string): ReleaseView {
  return toReleaseView(db, releaseRow(db, releaseId));
}
