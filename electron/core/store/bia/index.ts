// A process's business impact analysis: its record (the fields objectives derive from and the
// sign-off state), the severity ratings per category and bucket, and the financial loss per bucket.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { AppError, type BiaRecord } from '../../../../shared/contract';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import type { RegistersStore } from '../registers';
import { bia, biaLoss, biaRating, node } from '../schema';
import type { WriteContext, Written } from '../write';
import { refuseStale } from '../stale';

type BiaRow = typeof bia.$inferSelect;

/** The fields a person sets on a BIA (objectives derive from them). */
export type BiaFields = Pick<
  BiaRow,
  | 'wrtMinutes'
  | 'dataLossToleranceMinutes'
  | 'manualRtoMinutes'
  | 'manualRpoMinutes'
  | 'pinnedTierId'
  | 'mbco'
  | 'notes'
>;

const BIA_FIELDS = [
  'wrtMinutes',
  'dataLossToleranceMinutes',
  'manualRtoMinutes',
  'manualRpoMinutes',
  'pinnedTierId',
  'mbco',
  'notes',
] as const satisfies readonly (keyof BiaFields)[];

export interface RatingCell {
  categoryId: string;
  bucketId: string;
  severity: number | null;
}

function toBiaRecord(r: BiaRow): BiaRecord {
  return {
    processId: r.processId,
    status: r.status,
    wrtMinutes: r.wrtMinutes,
    dataLossToleranceMinutes: r.dataLossToleranceMinutes,
    manualRtoMinutes: r.manualRtoMinutes,
    manualRpoMinutes: r.manualRpoMinutes,
    pinnedTierId: r.pinnedTierId,
    mbco: r.mbco,
    notes: r.notes,
    lastEditorName: r.lastEditorName,
    lastEditedAt: r.lastEditedAt,
    approvedBy: r.approvedBy,
    approvedAt: r.approvedAt,
    reopenedByEdit: r.status === 'draft' && r.approvedAt !== null && (r.lastEditedAt ?? '') > r.approvedAt,
    updatedAt: r.updatedAt,
  };
}

export function biaStore(db: Db, registers: RegistersStore) {
  const find = (processId: string): BiaRecord | undefined => {
    const row = stmt().record.get({ processId });
    return row ? toBiaRecord(row) : undefined;
  };

  const assertLive = (register: 'category' | 'bucket', id: string): void => {
    const what = register === 'category' ? 'impact category' : 'time bucket';
    const state = registers.state(register, id);
    if (state === 'missing') throw new AppError('NOT_FOUND', `There is no ${what} with id ${id}.`);
    if (state === 'retired') throw new AppError('CONFLICT', `That ${what} was retired; it cannot be rated.`);
  };

  const ratingAt = and(
    eq(biaRating.processId, sql.placeholder('processId')),
    eq(biaRating.categoryId, sql.placeholder('categoryId')),
    eq(biaRating.bucketId, sql.placeholder('bucketId')),
  );
  const ofProcess = sql.placeholder('processId');
  // Prepared once per connection: an import reads every process's BIA and writes a hundred thousand
  // ratings through them, and building a drizzle query costs more than running it.
  let statements: ReturnType<typeof prepareStatements> | undefined;
  function prepareStatements() {
    return {
      record: db.select().from(bia).where(eq(bia.processId, ofProcess)).prepare(),
      ratings: db
        .select({
          categoryId: biaRating.categoryId,
          bucketId: biaRating.bucketId,
          severity: biaRating.severity,
        })
        .from(biaRating)
        .where(eq(biaRating.processId, ofProcess))
        .prepare(),
      losses: db
        .select({ bucketId: biaLoss.bucketId, amount: biaLoss.amount })
        .from(biaLoss)
        .where(eq(biaLoss.processId, ofProcess))
        .prepare(),
      markEdited: db
        .update(bia)
        .set({
          lastEditorName: sql`${sql.placeholder('editor')}`,
          lastEditedAt: sql`${sql.placeholder('at')}`,
          status: 'draft',
          updatedAt: sql`${sql.placeholder('at')}`,
        })
        .where(eq(bia.processId, ofProcess))
        .prepare(),
      severity: db.select({ severity: biaRating.severity }).from(biaRating).where(ratingAt).prepare(),
      clearRating: db.delete(biaRating).where(ratingAt).prepare(),
      upsertRating: db
        .insert(biaRating)
        .values({
          processId: sql.placeholder('processId'),
          categoryId: sql.placeholder('categoryId'),
          bucketId: sql.placeholder('bucketId'),
          severity: sql.placeholder('severity'),
          updatedAt: sql.placeholder('at'),
        })
        .onConflictDoUpdate({
          target: [biaRating.processId, biaRating.categoryId, biaRating.bucketId],
          set: { severity: sql`excluded.severity`, updatedAt: sql`excluded.updated_at` },
        })
        .prepare(),
      upsertLoss: db
        .insert(biaLoss)
        .values({
          processId: sql.placeholder('processId'),
          bucketId: sql.placeholder('bucketId'),
          amount: sql.placeholder('amount'),
          updatedAt: sql.placeholder('at'),
        })
        .onConflictDoUpdate({
          target: [biaLoss.processId, biaLoss.bucketId],
          set: { amount: sql`excluded.amount`, updatedAt: sql`excluded.updated_at` },
        })
        .prepare(),
    };
  }
  const stmt = () => (statements ??= prepareStatements());

  return {
    /** The BIA of a process; NOT_FOUND when there is none (it is not a process). */
    record(processId: string): BiaRecord {
      const rec = find(processId);
      if (!rec) throw new AppError('NOT_FOUND', 'That process has no BIA (is it a process?).');
      return rec;
    },

    find,

    ratings: (processId: string) => stmt().ratings.all({ processId }),

    losses: (processId: string) => stmt().losses.all({ processId }),

    /** Every rating of every process, in one read. */
    everyRating() {
      return db
        .select({
          processId: biaRating.processId,
          categoryId: biaRating.categoryId,
          bucketId: biaRating.bucketId,
          severity: biaRating.severity,
        })
        .from(biaRating)
        .all();
    },

    /** Every financial-loss figure of every process, in one read. */
    everyLoss() {
      return db
        .select({ processId: biaLoss.processId, bucketId: biaLoss.bucketId, amount: biaLoss.amount })
        .from(biaLoss)
        .all();
    },

    /** Every live process with its BIA record, by department then name. */
    liveProcesses(): { id: string; name: string; department: string; owner: string; record: BiaRecord }[] {
      return db
        .select({ id: node.id, name: node.name, department: node.department, owner: node.owner, bia })
        .from(node)
        .innerJoin(bia, eq(bia.processId, node.id))
        .where(and(eq(node.kind, 'process'), isNull(node.retiredAt)))
        .orderBy(asc(node.department), asc(node.name))
        .all()
        .map((r) => ({
          id: r.id,
          name: r.name,
          department: r.department,
          owner: r.owner,
          record: toBiaRecord(r.bia),
        }));
    },

    /** Sets (or with null clears) one rating of a live category and bucket; unchanged → no entry. */
    rate(w: WriteContext, processId: string, cell: RatingCell): Written<null> {
      assertLive('category', cell.categoryId);
      assertLive('bucket', cell.bucketId);
      const at = { processId, categoryId: cell.categoryId, bucketId: cell.bucketId };
      const old = stmt().severity.get(at)?.severity ?? null;
      if (old === cell.severity) return { value: null, audit: [] };
      if (cell.severity === null) stmt().clearRating.run(at);
      else stmt().upsertRating.run({ ...at, severity: cell.severity, at: w.now.toISOString() });
      return {
        value: null,
        audit: [
          {
            action: 'bia.rate',
            entity: 'bia',
            entityId: processId,
            before: { categoryId: cell.categoryId, bucketId: cell.bucketId, severity: old },
            after: { categoryId: cell.categoryId, bucketId: cell.bucketId, severity: cell.severity },
          },
        ],
      };
    },

    /** Sets (or with null clears) the financial loss at one live bucket; unchanged → no entry. */
    setLoss(w: WriteContext, processId: string, bucketId: string, amount: number | null): Written<null> {
      assertLive('bucket', bucketId);
      const where = and(eq(biaLoss.processId, processId), eq(biaLoss.bucketId, bucketId));
      const old = db.select({ amount: biaLoss.amount }).from(biaLoss).where(where).get()?.amount ?? null;
      if (old === amount) return { value: null, audit: [] };
      if (amount === null) db.delete(biaLoss).where(where).run();
      else stmt().upsertLoss.run({ processId, bucketId, amount, at: w.now.toISOString() });
      return {
        value: null,
        audit: [
          {
            action: 'bia.setLoss',
            entity: 'bia',
            entityId: processId,
            before: { bucketId, amount: old },
            after: { bucketId, amount },
          },
        ],
      };
    },

    /**
     * Changes the given fields (undefined: leave as is); a pinned tier must be live. With `basedOn`
     * (the BIA's updatedAt as the form loaded it), a BIA changed since is refused as CONFLICT.
     */
    update(_w: WriteContext, processId: string, input: Partial<BiaFields>, basedOn?: string): Written<null> {
      const rec = find(processId);
      if (!rec) throw new AppError('NOT_FOUND', 'That process has no BIA (is it a process?).');
      const changed = BIA_FIELDS.filter((f) => input[f] !== undefined && input[f] !== rec[f]);
      refuseStale(
        'BIA',
        processId,
        basedOn,
        rec.updatedAt,
        changed.map((f) => ({ field: f, yours: input[f], stored: rec[f] })),
      );
      if (changed.length === 0) return { value: null, audit: [] };
      if (input.pinnedTierId && registers.state('tier', input.pinnedTierId) !== 'live')
        throw new AppError('INVALID_INPUT', 'That tier does not exist or was retired.');
      const after: Partial<BiaFields> = {};
      for (const f of changed) Object.assign(after, { [f]: input[f] ?? null });
      db.update(bia).set(after).where(eq(bia.processId, processId)).run();
      return {
        value: null,
        audit: [
          {
            action: 'bia.update',
            entity: 'bia',
            entityId: processId,
            before: Object.fromEntries(changed.map((f) => [f, rec[f]])),
            after,
          },
        ],
      };
    },

    /**
     * Writes fields an import resolved (tiers and values already checked), recording the import's
     * own view of what they were before.
     */
    importFields(
      _w: WriteContext,
      processId: string,
      after: Partial<Record<keyof BiaFields, string | number | null>>,
      before: Record<string, unknown>,
    ): Written<null> {
      // The import's resolver parsed each column as its field's type; the plan only keys them loosely.
      db.update(bia)
        .set(after as Partial<BiaFields>)
        .where(eq(bia.processId, processId))
        .run();
      return {
        value: null,
        audit: [{ action: 'bia.update', entity: 'bia', entityId: processId, before, after }],
      };
    },

    /**
     * Writes an import's ratings and losses for one process with the prepared statements (a null
     * severity clears the cell); one summary entry per process.
     */
    importRatings(
      w: WriteContext,
      processId: string,
      fileName: string,
      cells: readonly (readonly [string, string, number | null])[],
      losses: readonly (readonly [string, number])[],
    ): Written<null> {
      const at = w.now.toISOString();
      const s = stmt();
      let cleared = 0;
      for (const [categoryId, bucketId, severity] of cells) {
        if (severity === null) {
          s.clearRating.run({ processId, categoryId, bucketId });
          cleared += 1;
        } else s.upsertRating.run({ processId, categoryId, bucketId, severity, at });
      }
      for (const [bucketId, amount] of losses) s.upsertLoss.run({ processId, bucketId, amount, at });
      return {
        value: null,
        audit: [
          {
            action: 'bia.rate',
            entity: 'bia',
            entityId: processId,
            after: {
              source: 'import',
              fileName,
              ratingsSet: cells.length - cleared,
              ratingsCleared: cleared,
              lossesSet: losses.length,
            },
          },
        ],
      };
    },

    /**
     * Marks the BIA as edited by w.actor, back in draft; `rec` is the record before the edit. A BIA
     * that was in review or approved records its return to draft.
     */
    markEdited(w: WriteContext, rec: BiaRecord): Written<null> {
      const at = w.now.toISOString();
      stmt().markEdited.run({ editor: w.actor.name, at, processId: rec.processId });
      const audit: AuditInput[] =
        rec.status === 'draft'
          ? []
          : [
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
      return { value: null, audit };
    },

    /** Moves the BIA to `to` (the domain checks the move is allowed); approval records its approver. */
    setStatus(w: WriteContext, rec: BiaRecord, to: BiaRecord['status']): Written<null> {
      const at = w.now.toISOString();
      const approval = to === 'approved' ? { approvedBy: w.actor.name, approvedAt: at } : {};
      db.update(bia)
        .set({ status: to, ...approval, updatedAt: at })
        .where(eq(bia.processId, rec.processId))
        .run();
      const action = { in_review: 'bia.submit', approved: 'bia.approve', draft: 'bia.return' } as const;
      return {
        value: null,
        audit: [
          {
            action: action[to],
            entity: 'bia',
            entityId: rec.processId,
            before: { status: rec.status },
            after: { status: to, ...approval },
          },
        ],
      };
    },
  };
}
