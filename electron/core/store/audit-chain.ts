// The audit chain: each entry's hash covers the previous hash and the canonical entry, so an edit,
// a deletion or a reordering anywhere breaks every later link. Truncation at the end is caught by the
// head recorded outside the file (outside-head.ts).
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { canonicalJson } from './canonical-json';
import type { auditLog } from './schema';

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

/** One stored audit entry, as the schema types it. */
export type AuditRecord = typeof auditLog.$inferSelect;
/** What an entry's hash covers: everything but the hashes. */
export type AuditEntry = Omit<AuditRecord, 'prevHash' | 'hash'>;

export function entryHash(prevHash: string, row: AuditEntry): string {
  // The canonical JSON of {seq, at, actor, action, entity, entityId, before, after}, keys sorted,
  // written out directly: before_json and after_json are stored as canonical JSON already, so they
  // are spliced in as they are instead of parsed and re-serialised (verifying 100,000 entries took
  // twice as long). A stored text that is not exactly what was hashed, even an equivalent
  // re-formatting, therefore breaks the link, which is what an evidence trail should do.
  const str = JSON.stringify;
  const canonical =
    `{"action":${str(row.action)},"actor":{"name":${str(row.actorName)},"role":${str(row.actorRole)}},` +
    `"after":${row.afterJson ?? 'null'},"at":${str(row.at)},"before":${row.beforeJson ?? 'null'},` +
    `"entity":${str(row.entity)},"entityId":${str(row.entityId)},"seq":${canonicalJson(row.seq)}}`;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

const statements = new WeakMap<Database.Database, { head: Database.Statement; insert: Database.Statement }>();

function prepared(db: Database.Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (seq, at, actor_name, actor_role, action, entity, entity_id, before_json, after_json, prev_hash, hash)
         VALUES (@seq, @at, @actorName, @actorRole, @action, @entity, @entityId, @beforeJson, @afterJson, @prevHash, @hash)`,
      ),
    };
    statements.set(db, s);
  }
  return s;
}
const insertStatement = (db: Database.Database) => prepared(db).insert;

/** The newest entry, or the genesis hash of an empty chain. For the store's own reads: store.audit.head(). */
export function chainHead(db: Database.Database): { seq: number; hash: string } {
  const row: unknown = prepared(db).head.get();
  return isHead(row) ? row : { seq: 0, hash: GENESIS_HASH };
}

function isHead(row: unknown): row is { seq: number; hash: string } {
  return typeof row === 'object' && row !== null && 'seq' in row && 'hash' in row;
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export function appendAudit(
  db: Database.Database,
  actor: Actor,
  at: Date,
  input: AuditInput,
): { seq: number; hash: string } {
  const head = chainHead(db);
  const row: AuditEntry = {
    seq: head.seq + 1,
    at: at.toISOString(),
    actorName: actor.name,
    actorRole: actor.role,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    beforeJson: input.before === undefined ? null : canonicalJson(input.before),
    afterJson: input.after === undefined ? null : canonicalJson(input.after),
  };
  const hash = entryHash(head.hash, row);
  // Raw, as the workspace hands this its own connection inside the write transaction; the statement
  // is prepared once per connection (bulk writers append 100,000 entries in one go).
  insertStatement(db).run({ ...row, prevHash: head.hash, hash });
  return { seq: row.seq, hash };
}
