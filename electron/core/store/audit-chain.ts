// The audit chain: each entry's hash covers the previous hash and the canonical entry, so an edit,
// a deletion or a reordering anywhere breaks every later link. Truncation at the end is caught by the
// head recorded outside the file (outside-head.ts).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AuditEntryView } from '../../../shared/contract';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  name: string;
  role: string;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor_name: string;
  actor_role: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  // The canonical JSON of {seq, at, actor, action, entity, entityId, before, after}, keys sorted,
  // written out directly: before_json and after_json are stored as canonical JSON already, so they
  // are spliced in as they are instead of parsed and re-serialised (verifying 100,000 entries took
  // twice as long). A stored text that is not exactly what was hashed, even an equivalent
  // re-formatting, therefore breaks the link, which is what an evidence trail should do.
  const str = JSON.stringify;
  const canonical =
    `{"action":${str(row.action)},"actor":{"name":${str(row.actor_name)},"role":${str(row.actor_role)}},` +
    `"after":${row.after_json ?? 'null'},"at":${str(row.at)},"before":${row.before_json ?? 'null'},` +
    `"entity":${str(row.entity)},"entityId":${str(row.entity_id)},"seq":${canonicalJson(row.seq)}}`;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export function chainHead(db: Database.Database): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export function appendAudit(
  db: Database.Database,
  actor: Actor,
  at: Date,
  input: AuditInput,
): { seq: number; hash: string } {
  const head = chainHead(db);
  const row = {
    seq: head.seq + 1,
    at: at.toISOString(),
    actor_name: actor.name,
    actor_role: actor.role,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId,
    before_json: input.before === undefined ? null : canonicalJson(input.before),
    after_json: input.after === undefined ? null : canonicalJson(input.after),
  };
  const hash = entryHash(head.hash, row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_name, actor_role, action, entity, entity_id, before_json, after_json, prev_hash, hash)
     VALUES (@seq, @at, @actor_name, @actor_role, @action, @entity, @entity_id, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: head.hash, hash });
  return { seq: row.seq, hash };
}

export interface ChainWalk {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  firstBroken?: { seq: number; reason: string };
}

/** Walks the whole chain in order and names the first entry that does not hold. */
export function walkChain(db: Database.Database): ChainWalk {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let last = { seq: 0, hash: GENESIS_HASH };
  for (const row of rows) {
    const broken = (reason: string): ChainWalk => ({
      ok: false,
      checked,
      head: last,
      firstBroken: { seq: row.seq, reason },
    });
    if (row.seq !== expectedSeq) {
      return broken(
        row.seq > expectedSeq
          ? `entry ${expectedSeq}${row.seq - expectedSeq > 1 ? `–${row.seq - 1}` : ''} is missing (deleted)`
          : `entry ${row.seq} is out of sequence`,
      );
    }
    if (row.prev_hash !== prev) {
      return broken(
        `entry ${row.seq} does not link to entry ${row.seq - 1} (entries removed, reordered or replaced)`,
      );
    }
    if (entryHash(prev, row) !== row.hash) {
      return broken(
        `entry ${row.seq} was altered after it was written (its hash does not match its content)`,
      );
    }
    prev = row.hash;
    last = { seq: row.seq, hash: row.hash };
    expectedSeq++;
    checked++;
  }
  return { ok: true, checked, head: last };
}

export function toView(row: AuditRow): AuditEntryView {
  return {
    seq: row.seq,
    at: row.at,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function listAudit(
  db: Database.Database,
  limit: number,
  offset: number,
): { entries: AuditEntryView[]; total: number } {
  const total = (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
  const rows = db
    .prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?')
    .all(limit, offset) as AuditRow[];
  return { entries: rows.map(toView), total };
}
