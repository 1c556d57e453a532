// Reading the audit trail: the head, a page of entries, the stream of every entry up to a head (for
// the workbook), the walk that verifies each link and the comparison with the head recorded outside
// the file. Appending lives in audit-chain.ts, inside the workspace's write transaction.
import { and, count, desc, eq, gte, inArray, notInArray } from 'drizzle-orm';
import type { AuditEntryView, OutsideHeadStatus } from '../../../../shared/contract';
import { chainHead, type AuditRecord } from '../audit-chain';
import type { Db } from '../db';
import { compareWithRecordedHead } from '../outside-head';
import { auditLog } from '../schema';
import { IMAGES_FIELD, type RowImages } from '../state/capture';
import { finish, selectList, walkSteps, type ChainWalk, type StepProgress } from './chain-walk';

export type { ChainWalk, StepProgress } from './chain-walk';

/** The entry's `after` for people, with its row images (machine data for the state check) apart. */
function splitAfter(afterJson: string | null): Pick<AuditEntryView, 'after' | 'rowImages'> {
  const after: unknown = afterJson === null ? null : JSON.parse(afterJson);
  if (typeof after !== 'object' || after === null || !(IMAGES_FIELD in after)) return { after };
  const { [IMAGES_FIELD]: images, ...rest } = after as Record<string, unknown>;
  // An entry that recorded no after of its own (a deleted step) reads as it did before images.
  return { after: Object.keys(rest).length > 0 ? rest : null, rowImages: images as RowImages };
}

export function toAuditView(row: AuditRecord): AuditEntryView {
  return {
    seq: row.seq,
    at: row.at,
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.beforeJson === null ? null : (JSON.parse(row.beforeJson) as unknown),
    ...splitAfter(row.afterJson),
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** Entries per page of `upTo`: large enough to cost nothing per page, small enough to hold. */
const UP_TO_PAGE = 1000;

export function auditStore(db: Db) {
  const sqlite = db.$client;

  return {
    /** The newest entry, or the genesis hash of an empty chain. */
    head: (): { seq: number; hash: string } => chainHead(sqlite),

    /** How the chain compares with the head this machine recorded outside the file. */
    outsideHead: (recorded: { seq: number; hash: string } | undefined): OutsideHeadStatus =>
      compareWithRecordedHead(sqlite, recorded),

    /** Newest first. */
    list(limit: number, offset: number): { entries: AuditEntryView[]; total: number } {
      const total = db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
      const page = db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(limit).offset(offset).all();
      return { entries: page.map(toAuditView), total };
    },

    /**
     * Who wrote an entity: the signer (fingerprint; null on entries from before personal keys) and
     * name of each entry about it, newest first, leaving out the given actions (status moves, say).
     * For segregation of duties, which compares keys, never typed names.
     */
    writers(
      entity: string,
      entityId: string,
      opts: {
        actions?: readonly string[];
        excludeActions?: readonly string[];
        since?: string;
        limit?: number;
      } = {},
    ): { signer: string | null; name: string; at: string; action: string }[] {
      const where = [eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)];
      if (opts.actions?.length) where.push(inArray(auditLog.action, [...opts.actions]));
      if (opts.excludeActions?.length) where.push(notInArray(auditLog.action, [...opts.excludeActions]));
      if (opts.since) where.push(gte(auditLog.at, opts.since));
      return db
        .select({
          signer: auditLog.signer,
          name: auditLog.actorName,
          at: auditLog.at,
          action: auditLog.action,
        })
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.seq))
        .limit(opts.limit ?? 1000)
        .all();
    },

    /**
     * Every entry up to and including `seq`, oldest first, a page at a time. An export consumes this
     * across awaits; an open statement would hold the connection, and a write made meanwhile failed
     * with "This database connection is busy" (issue 16). Between pages nothing is open. Entries
     * are append-only and the range ends at `seq`, so the pages describe one chain.
     */
    *upTo(seq: number): Generator<AuditRecord> {
      const page = sqlite.prepare(
        `SELECT ${selectList} FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ${UP_TO_PAGE}`,
      );
      let after = 0;
      for (;;) {
        const rows = page.all(after, seq) as AuditRecord[];
        yield* rows;
        if (rows.length < UP_TO_PAGE) return;
        after = rows[rows.length - 1]!.seq;
      }
    },

    /**
     * Walks the whole chain in order and names the first entry that does not hold: a missing or
     * reordered entry, a broken link, an altered entry, or a signature that is missing, does not
     * verify, or was made by a key that was not an active member at that point of the chain.
     */
    walk: (): ChainWalk => finish(walkSteps(sqlite)),

    /** The same walk in steps, for the open-time check that yields between them (chain-walk.ts). */
    walkSteps: (): Generator<StepProgress, ChainWalk> => walkSteps(sqlite),
  };
}
