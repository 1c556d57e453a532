// The append-only, hash-chained record of every write (DESIGN.md §3).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** The acting member's key fingerprint; covered by the hash. Null on entries written before signing. */
    signer: text('signer'),
    /** The signer's Ed25519 signature over this entry's hash, on the last entry of each transaction. */
    signature: text('signature'),
  },
  // Who wrote what about one entity: segregation of duties and the readable trail look entries up by it.
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
