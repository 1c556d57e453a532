// Workshop packets: a copy of a master workspace taken to a workshop, and what the master keeps when
// a packet comes back. A packet's own record says where it was cut from (its base); the master keeps
// one record per merged packet and the packet's entries verbatim, so `audit verify` can recompute the
// packet's part of the history from the base hash to the head hash the merge entry committed to.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export interface PacketScope {
  kind: 'whole' | 'departments' | 'processes';
  /** Department names or process ids, as the cut named them; empty for the whole workspace. */
  values: string[];
}

/** In a packet only (its one row, written by the signed `packet.cut` entry): never merged back. */
export const workspacePacket = sqliteTable('workspace_packet', {
  id: text('id').primaryKey(),
  masterId: text('master_id').notNull(),
  masterName: text('master_name').notNull(),
  baseSeq: integer('base_seq').notNull(),
  baseHash: text('base_hash').notNull(),
  scope: text('scope', { mode: 'json' }).$type<PacketScope>().notNull(),
  /** Node ids in scope (the named processes or departments and what they depend on); empty = all. */
  scopeNodeIds: text('scope_node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
  cutByName: text('cut_by_name').notNull(),
  cutByFingerprint: text('cut_by_fingerprint'),
  cutAt: text('cut_at').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** In the master: the last merge of each packet (a packet can come back again after more work). */
export const packetMerge = sqliteTable('packet_merge', {
  packetId: text('packet_id').primaryKey(),
  baseSeq: integer('base_seq').notNull(),
  baseHash: text('base_hash').notNull(),
  packetHeadSeq: integer('packet_head_seq').notNull(),
  packetHeadHash: text('packet_head_hash').notNull(),
  mergedBy: text('merged_by').notNull(),
  mergedAt: text('merged_at').notNull(),
  applied: integer('applied').notNull(),
  resolved: integer('resolved').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A merged packet's audit entries exactly as the packet holds them (every hashed column, signature
 * included). Left out of the state check: the merge entry commits to the packet's head hash, and
 * `audit verify` recomputes these entries' links and signatures up to it.
 */
export const importedAudit = sqliteTable(
  'imported_audit',
  {
    packetId: text('packet_id').notNull(),
    seq: integer('seq').notNull(),
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
    signer: text('signer'),
    signature: text('signature'),
  },
  (t) => [
    primaryKey({ columns: [t.packetId, t.seq] }),
    index('imported_audit_entity_idx').on(t.entity, t.entityId),
  ],
);
