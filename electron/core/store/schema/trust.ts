// Who may sign in this workspace, and what they signed. The roster holds public keys only: private
// keys live in each person's own data folder (electron/core/trust/identity-file.ts). Both tables are
// written with audit entries like any other, so the chain carries every addition and retirement.
import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

export const member = sqliteTable('member', {
  /** The key's fingerprint ("SHA256:…"), which is the person's identity here. */
  fingerprint: text('fingerprint').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  publicKeyPem: text('public_key_pem').notNull(),
  addedAt: text('added_at').notNull(),
  /** The fingerprint of the member who added this one; the creator adds themself. */
  addedBy: text('added_by').notNull(),
  retiredAt: text('retired_at'),
  retiredBy: text('retired_by'),
  retiredReason: text('retired_reason'),
});

/** A sign-off: a member's signature over what they approved (entity, version, content hash). */
export const signoff = sqliteTable(
  'signoff',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    signer: text('signer').notNull(),
    signerName: text('signer_name').notNull(),
    signedAt: text('signed_at').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [index('signoff_entity_idx').on(t.entity, t.entityId)],
);
