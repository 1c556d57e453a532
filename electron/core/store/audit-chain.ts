// The audit chain: each entry's hash covers the previous hash and the canonical entry, so an edit,
// a deletion or a reordering anywhere breaks every later link. Each entry names the member whose key
// acted (`signer`, covered by the hash), and the last entry of every transaction carries that
// member's Ed25519 signature over its hash, which vouches for every entry since the previous
// signature: an unkeyed chain can be rehashed or extended by anyone, a signed one cannot. Truncation
// at the end is caught only against an anchor: the head recorded outside the file (outside-head.ts),
// an earlier pack, or another member's recorded head.
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
/** What an entry's hash covers: everything but the hashes and the signature. */
export type AuditEntry = Omit<AuditRecord, 'prevHash' | 'hash' | 'signature'>;

/** The key a transaction is signed with: the acting member's, unlocked in their session. */
export interface Signer {
  fingerprint: string;
  /** Base64 Ed25519 signature over the UTF-8 text given (an entry's hash in hex). */
  sign(text: string): string;
}

export function entryHash(prevHash: string, row: AuditEntry): string {
  // The canonical JSON of {seq, at, actor, action, entity, entityId, before, after}, keys sorted,
  // written out directly: before_json and after_json are stored as canonical JSON already, so they
  // are spliced in as they are instead of parsed and re-serialised (verifying 100,000 entries took
  // twice as long). A stored text that is not exactly what was hashed, even an equivalent
  // re-formatting, therefore breaks the link, which is what an evidence trail should do. `signer` is
  // in the text only when present, so entries written before signing keep their hashes.
  const str = JSON.stringify;
  const canonical =
    `{"action":${str(row.action)},"actor":{"name":${str(row.actorName)},"role":${str(row.actorRole)}},` +
    `"after":${row.afterJson ?? 'null'},"at":${str(row.at)},"before":${row.beforeJson ?? 'null'},` +
    `"entity":${str(row.entity)},"entityId":${str(row.entityId)},"seq":${canonicalJson(row.seq)}` +
    `${row.signer === null || row.signer === undefined ? '' : `,"signer":${str(row.signer)}`}}`;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

const statements = new WeakMap<Database.Database, { head: Database.Statement; insert: Database.Statement }>();

function prepared(db: Database.Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (seq, at, actor_name, actor_role, action, entity, entity_id, before_json, after_json, prev_hash, hash, signer, signature)
         VALUES (@seq, @at, @actorName, @actorRole, @action, @entity, @entityId, @beforeJson, @afterJson, @prevHash, @hash, @signer, @signature)`,
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

/**
 * Appends one transaction's entries. Call inside the transaction that makes the change they record.
 * With a signer, every entry names it and the last carries its signature over the new head.
 */
export function appendAudit(
  db: Database.Database,
  actor: Actor,
  at: Date,
  inputs: readonly AuditInput[],
  signer?: Signer,
): { seq: number; hash: string } {
  let head = chainHead(db);
  const insert = insertStatement(db);
  inputs.forEach((input, i) => {
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
      signer: signer?.fingerprint ?? null,
    };
    const hash = entryHash(head.hash, row);
    const signature = signer && i === inputs.length - 1 ? signer.sign(hash) : null;
    // Raw, as the workspace hands this its own connection inside the write transaction; the statement
    // is prepared once per connection (bulk writers append 100,000 entries in one go).
    insert.run({ ...row, prevHash: head.hash, hash, signature });
    head = { seq: row.seq, hash };
  });
  return head;
}
