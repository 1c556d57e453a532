// Releases: plan and edit, approve (never the owner; high risk needs two distinct approvers), the
// status lifecycle with its outcome times, and the emergency override of a freeze with a written
// justification. Every write is audited in the same transaction.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/contract';
import { checkApprovals, type ReleaseStatus } from '../../../../shared/domain/release';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { assertLiveNodes } from '../calendar/handlers';
import { gateFor } from '../gate/read';
import { releaseGraph } from './readiness-graph';
import {
  approvalRows,
  loadReleaseView,
  nodeNames,
  releaseRow,
  releaseRows,
  toDomainRelease,
  toReleaseView,
  type ReleaseRow,
} from './views';
import { assessReleaseRisk } from '../risk/assess';

/** Which statuses each status may move to; 'approved' is reached by approving, not by a transition. */
const NEXT: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  planned: ['in-progress'],
  approved: ['in-progress', 'deployed'],
  'in-progress': ['deployed', 'failed', 'rolled-back'],
  deployed: ['failed', 'rolled-back'],
  failed: ['rolled-back'],
  'rolled-back': [],
};

/** Changing any of these after approval means the approvers saw a different change. */
const MATERIAL = [
  'node_ids',
  'window_start',
  'window_end',
  'strategy',
  'change_type',
  'change_size',
  'rollback_runbook_id',
] as const;

function assertRunbook(db: Database.Database, id: string | null): void {
  if (id !== null && !db.prepare('SELECT 1 FROM runbook WHERE id = ? AND retired_at IS NULL').get(id))
    throw new AppError('INVALID_INPUT', `Runbook ${id} does not exist (or was retired).`);
}

function approvalsMet(db: Database.Database, row: ReleaseRow, now: number): boolean {
  const release = toDomainRelease(row);
  const risk = assessReleaseRisk(db, releaseGraph(db), release, now);
  const approvals = approvalRows(db, row.id).map((a) => ({ approverId: a.approver }));
  return checkApprovals(risk.level, row.owner, approvals).ok;
}

export const releaseHandlers = {
  'releases.list': (_input, ctx) => {
    const db = requireWorkspace(ctx).db;
    const names = nodeNames(db);
    return releaseRows(db).map((r) => toReleaseView(db, r, names));
  },
  'releases.get': (input, ctx) => {
    const db = requireWorkspace(ctx).db;
    return {
      release: loadReleaseView(db, input.releaseId),
      gate: gateFor(db, input.releaseId, ctx.session.clock.now().getTime()),
    };
  },
  'releases.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutate(w, () => {
      assertLiveNodes(ws.db, input.nodeIds);
      assertRunbook(ws.db, input.rollbackRunbookId);
      const at = w.now.toISOString();
      const next = {
        name: input.name,
        version: input.version,
        node_ids: JSON.stringify(input.nodeIds),
        window_start: input.start,
        window_end: input.end,
        strategy: input.strategy,
        change_type: input.changeType,
        change_size: input.changeSize,
        rollback_runbook_id: input.rollbackRunbookId,
        owner: input.owner,
        committed_at: input.committedAt,
      };
      if (!input.id) {
        const releaseId = randomUUID();
        ws.db
          .prepare(
            `INSERT INTO release (id, name, version, node_ids, window_start, window_end, strategy, change_type, change_size,
               rollback_runbook_id, owner, committed_at, status, created_at, updated_at)
             VALUES (@id, @name, @version, @node_ids, @window_start, @window_end, @strategy, @change_type, @change_size,
               @rollback_runbook_id, @owner, @committed_at, 'planned', @at, @at)`,
          )
          .run({ ...next, id: releaseId, at });
        return {
          value: releaseId,
          audit: { action: 'release.create', entity: 'release', entityId: releaseId, after: next },
        };
      }
      const before = releaseRow(ws.db, input.id);
      if (before.status !== 'planned' && before.status !== 'approved')
        throw new AppError('CONFLICT', `A release that is ${before.status} can no longer be edited.`);
      const material = MATERIAL.some((k) => String(before[k]) !== String(next[k]));
      const audit = [];
      ws.db
        .prepare(
          `UPDATE release SET name = @name, version = @version, node_ids = @node_ids, window_start = @window_start,
             window_end = @window_end, strategy = @strategy, change_type = @change_type, change_size = @change_size,
             rollback_runbook_id = @rollback_runbook_id, owner = @owner, committed_at = @committed_at, updated_at = @at WHERE id = @id`,
        )
        .run({ ...next, id: input.id, at });
      audit.push({ action: 'release.update', entity: 'release', entityId: input.id, before, after: next });
      const approvals = approvalRows(ws.db, input.id);
      if ((material || before.owner !== input.owner) && approvals.length > 0) {
        ws.db
          .prepare(
            'UPDATE release_approval SET withdrawn_at = ? WHERE release_id = ? AND withdrawn_at IS NULL',
          )
          .run(w.now.getTime(), input.id);
        ws.db.prepare("UPDATE release SET status = 'planned' WHERE id = ?").run(input.id);
        audit.push({
          action: 'release.approvals.withdrawn',
          entity: 'release',
          entityId: input.id,
          before: { status: before.status, approvers: approvals.map((a) => a.approver) },
          after: { status: 'planned', reason: 'the release changed after it was approved' },
        });
      }
      return { value: input.id, audit };
    });
    return loadReleaseView(ws.db, id);
  },
  'releases.approve': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const row = releaseRow(ws.db, input.releaseId);
      if (row.status !== 'planned' && row.status !== 'approved')
        throw new AppError('CONFLICT', `A release that is ${row.status} cannot be approved any more.`);
      if (row.owner === w.actor.name)
        throw new AppError('FORBIDDEN', 'The release owner cannot approve their own release.');
      if (approvalRows(ws.db, row.id).some((a) => a.approver === w.actor.name))
        throw new AppError('CONFLICT', `${w.actor.name} has already approved this release.`);
      ws.db
        .prepare('INSERT INTO release_approval (id, release_id, approver, approved_at) VALUES (?, ?, ?, ?)')
        .run(randomUUID(), row.id, w.actor.name, w.now.getTime());
      const met = row.status === 'planned' && approvalsMet(ws.db, row, w.now.getTime());
      if (met)
        ws.db
          .prepare("UPDATE release SET status = 'approved', updated_at = ? WHERE id = ?")
          .run(w.now.toISOString(), row.id);
      return {
        value: null,
        audit: {
          action: 'release.approve',
          entity: 'release',
          entityId: row.id,
          before: { status: row.status },
          after: { approver: w.actor.name, status: met ? 'approved' : row.status },
        },
      };
    });
    return loadReleaseView(ws.db, input.releaseId);
  },
  'releases.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const row = releaseRow(ws.db, input.releaseId);
      if (!NEXT[row.status].includes(input.status))
        throw new AppError(
          'CONFLICT',
          `A release that is ${row.status} cannot become ${input.status}` +
            (NEXT[row.status].length ? ` (it can become ${NEXT[row.status].join(' or ')}).` : '.'),
        );
      const at = input.at ?? w.now.getTime();
      const times: Partial<Record<'deployed_at' | 'failure_detected_at' | 'restored_at', number>> = {};
      if (input.status === 'deployed') times.deployed_at = at;
      if (input.status === 'failed') times.failure_detected_at = at;
      if (input.status === 'rolled-back') {
        times.restored_at = at;
        if (row.failure_detected_at === null) times.failure_detected_at = at;
      }
      const sets = Object.keys(times).map((k) => `${k} = @${k}`);
      ws.db
        .prepare(
          `UPDATE release SET status = @status, ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`,
        )
        .run({ ...times, status: input.status, now: w.now.toISOString(), id: row.id });
      return {
        value: null,
        audit: {
          action: 'release.transition',
          entity: 'release',
          entityId: row.id,
          before: { status: row.status },
          after: { status: input.status, at: new Date(at).toISOString() },
        },
      };
    });
    return loadReleaseView(ws.db, input.releaseId);
  },
  'releases.override': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const row = releaseRow(ws.db, input.releaseId);
      if (row.change_type !== 'emergency')
        throw new AppError(
          'FORBIDDEN',
          'Only an emergency change may override a freeze; change its type first.',
        );
      ws.db
        .prepare(
          'UPDATE release SET override_justification = ?, override_by = ?, updated_at = ? WHERE id = ?',
        )
        .run(input.justification, w.actor.name, w.now.toISOString(), row.id);
      return {
        value: null,
        audit: {
          action: 'release.override',
          entity: 'release',
          entityId: row.id,
          before: { justification: row.override_justification, by: row.override_by },
          after: { justification: input.justification, by: w.actor.name },
        },
      };
    });
    return loadReleaseView(ws.db, input.releaseId);
  },
  'releases.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.mutate(w, () => {
      const row = releaseRow(ws.db, input.releaseId);
      ws.db
        .prepare('UPDATE release SET retired_at = ?, updated_at = ? WHERE id = ?')
        .run(w.now.toISOString(), w.now.toISOString(), row.id);
      return {
        value: null,
        audit: {
          action: 'release.retire',
          entity: 'release',
          entityId: row.id,
          before: { status: row.status },
        },
      };
    });
  },
} satisfies Partial<Handlers>;
