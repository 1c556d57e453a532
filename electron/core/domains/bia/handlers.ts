// Editing a BIA and signing it off. Every edit records its editor; an edit to a BIA in review or
// approved returns it to draft, visibly, in the same transaction. The approver must not be the
// last editor (segregation of duties).
import type Database from 'better-sqlite3';
import { AppError, type BiaRecord } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { AuditInput } from '../../store/audit-chain';
import type { WriteContext } from '../../app/workspace';
import { loadBiaDetail, loadBiaRecord } from './read';

/** Marks the BIA as edited by w.actor; returns the audit entry for a return to draft, if any. */
export function markBiaEdited(db: Database.Database, w: WriteContext, rec: BiaRecord): AuditInput[] {
  const at = w.now.toISOString();
  db.prepare(
    'UPDATE bia SET last_editor_name = ?, last_edited_at = ?, status = ?, updated_at = ? WHERE process_id = ?',
  ).run(w.actor.name, at, 'draft', at, rec.processId);
  if (rec.status === 'draft') return [];
  return [
    {
      action: 'bia.reopen',
      entity: 'bia',
      entityId: rec.processId,
      before: { status: rec.status },
      after: {
        status: 'draft',
        reason: `edited by ${w.actor.name} after it was ${rec.status === 'approved' ? 'approved' : 'submitted for review'}`,
      },
    },
  ];
}

function assertLive(
  db: Database.Database,
  table: 'impact_category' | 'time_bucket',
  id: string,
  what: string,
): void {
  const row = db.prepare(`SELECT retired_at FROM ${table} WHERE id = ?`).get(id) as
    { retired_at: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no ${what} with id ${id}.`);
  if (row.retired_at) throw new AppError('CONFLICT', `That ${what} was retired; it cannot be rated.`);
}

function rateCell(
  db: Database.Database,
  w: WriteContext,
  processId: string,
  cell: { categoryId: string; bucketId: string; severity: number | null },
): AuditInput | null {
  assertLive(db, 'impact_category', cell.categoryId, 'impact category');
  assertLive(db, 'time_bucket', cell.bucketId, 'time bucket');
  const old =
    (db
      .prepare('SELECT severity FROM bia_rating WHERE process_id = ? AND category_id = ? AND bucket_id = ?')
      .pluck()
      .get(processId, cell.categoryId, cell.bucketId) as number | undefined) ?? null;
  if (old === cell.severity) return null;
  if (cell.severity === null) {
    db.prepare('DELETE FROM bia_rating WHERE process_id = ? AND category_id = ? AND bucket_id = ?').run(
      processId,
      cell.categoryId,
      cell.bucketId,
    );
  } else {
    db.prepare(
      `INSERT INTO bia_rating (process_id, category_id, bucket_id, severity, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (process_id, category_id, bucket_id) DO UPDATE SET severity = excluded.severity, updated_at = excluded.updated_at`,
    ).run(processId, cell.categoryId, cell.bucketId, cell.severity, w.now.toISOString());
  }
  return {
    action: 'bia.rate',
    entity: 'bia',
    entityId: processId,
    before: { categoryId: cell.categoryId, bucketId: cell.bucketId, severity: old },
    after: { categoryId: cell.categoryId, bucketId: cell.bucketId, severity: cell.severity },
  };
}

/** Runs an edit of one BIA: nothing changed → nothing recorded; a change also marks the editor. */
function editBia(
  ctx: Parameters<Handlers['bia.get']>[1],
  processId: string,
  edit: (db: Database.Database, w: WriteContext) => AuditInput[],
) {
  const ws = requireWorkspace(ctx);
  const w = writeContext(ctx);
  ws.mutateMaybe(w, () => {
    const rec = loadBiaRecord(ws.db, processId);
    const audit = edit(ws.db, w);
    return { value: null, audit: audit.length > 0 ? [...audit, ...markBiaEdited(ws.db, w, rec)] : [] };
  });
  return loadBiaDetail(ws.db, processId);
}

const FIELD_COLUMNS = {
  wrtMinutes: 'wrt_minutes',
  dataLossToleranceMinutes: 'data_loss_tolerance_minutes',
  manualRtoMinutes: 'manual_rto_minutes',
  manualRpoMinutes: 'manual_rpo_minutes',
  pinnedTierId: 'pinned_tier_id',
  mbco: 'mbco',
  notes: 'notes',
} as const;

const TRANSITIONS: Record<BiaRecord['status'], BiaRecord['status'][]> = {
  draft: ['in_review'],
  in_review: ['approved', 'draft'],
  approved: ['draft'],
};

const TRANSITION_ACTION = { in_review: 'bia.submit', approved: 'bia.approve', draft: 'bia.return' } as const;

export const biaHandlers = {
  'bia.get': (input, ctx) => loadBiaDetail(requireWorkspace(ctx).db, input.processId),
  'bia.rate': (input, ctx) =>
    editBia(ctx, input.processId, (db, w) => {
      const entry = rateCell(db, w, input.processId, input);
      return entry ? [entry] : [];
    }),
  'bia.rateMany': (input, ctx) =>
    editBia(ctx, input.processId, (db, w) =>
      input.cells.map((c) => rateCell(db, w, input.processId, c)).filter((e): e is AuditInput => e !== null),
    ),
  'bia.setLoss': (input, ctx) =>
    editBia(ctx, input.processId, (db, w) => {
      assertLive(db, 'time_bucket', input.bucketId, 'time bucket');
      const old =
        (db
          .prepare('SELECT amount FROM bia_loss WHERE process_id = ? AND bucket_id = ?')
          .pluck()
          .get(input.processId, input.bucketId) as number | undefined) ?? null;
      if (old === input.amount) return [];
      if (input.amount === null) {
        db.prepare('DELETE FROM bia_loss WHERE process_id = ? AND bucket_id = ?').run(
          input.processId,
          input.bucketId,
        );
      } else {
        db.prepare(
          `INSERT INTO bia_loss (process_id, bucket_id, amount, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (process_id, bucket_id) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at`,
        ).run(input.processId, input.bucketId, input.amount, w.now.toISOString());
      }
      return [
        {
          action: 'bia.setLoss',
          entity: 'bia',
          entityId: input.processId,
          before: { bucketId: input.bucketId, amount: old },
          after: { bucketId: input.bucketId, amount: input.amount },
        },
      ];
    }),
  'bia.update': (input, ctx) =>
    editBia(ctx, input.processId, (db) => {
      const rec = loadBiaRecord(db, input.processId);
      const changed = (Object.keys(FIELD_COLUMNS) as (keyof typeof FIELD_COLUMNS)[]).filter(
        (f) => input[f] !== undefined && input[f] !== rec[f],
      );
      if (changed.length === 0) return [];
      if (input.pinnedTierId) {
        const tier = db.prepare('SELECT retired_at FROM tier WHERE id = ?').get(input.pinnedTierId) as
          { retired_at: string | null } | undefined;
        if (!tier || tier.retired_at)
          throw new AppError('INVALID_INPUT', 'That tier does not exist or was retired.');
      }
      db.prepare(
        `UPDATE bia SET ${changed.map((f) => `${FIELD_COLUMNS[f]} = ?`).join(', ')} WHERE process_id = ?`,
      ).run(...changed.map((f) => input[f] ?? null), input.processId);
      return [
        {
          action: 'bia.update',
          entity: 'bia',
          entityId: input.processId,
          before: Object.fromEntries(changed.map((f) => [f, rec[f]])),
          after: Object.fromEntries(changed.map((f) => [f, input[f] ?? null])),
        },
      ];
    }),
  'bia.transition': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const rec = loadBiaRecord(ws.db, input.processId);
      if (!TRANSITIONS[rec.status].includes(input.to)) {
        throw new AppError(
          'CONFLICT',
          `A BIA that is ${rec.status.replace('_', ' ')} cannot move to ${input.to.replace('_', ' ')}.`,
        );
      }
      if (input.to === 'approved' && rec.lastEditorName === w.actor.name) {
        throw new AppError(
          'FORBIDDEN',
          `Segregation of duties: ${w.actor.name} made the last edit to this BIA, so someone else must approve it.`,
        );
      }
      const at = w.now.toISOString();
      if (input.to === 'approved') {
        ws.db
          .prepare(
            'UPDATE bia SET status = ?, approved_by = ?, approved_at = ?, updated_at = ? WHERE process_id = ?',
          )
          .run('approved', w.actor.name, at, at, input.processId);
      } else {
        ws.db
          .prepare('UPDATE bia SET status = ?, updated_at = ? WHERE process_id = ?')
          .run(input.to, at, input.processId);
      }
      return {
        value: null,
        audit: {
          action: TRANSITION_ACTION[input.to],
          entity: 'bia',
          entityId: input.processId,
          before: { status: rec.status },
          after:
            input.to === 'approved'
              ? { status: 'approved', approvedBy: w.actor.name, approvedAt: at }
              : { status: input.to },
        },
      };
    });
    return loadBiaDetail(ws.db, input.processId);
  },
} satisfies Partial<Handlers>;
