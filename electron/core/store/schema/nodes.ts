// One node model for business processes and every resource they depend on (applications,
// infrastructure, data stores, vendors, sites, people), shared by the BIA and the dependency map.
import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { NODE_KINDS } from '../../../../shared/domain/model';
import { tier } from './registers';

export const node = sqliteTable(
  'node',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: NODE_KINDS }).notNull(),
    name: text('name').notNull(),
    owner: text('owner').notNull().default(''),
    department: text('department').notNull().default(''),
    description: text('description').notNull().default(''),
    tierId: text('tier_id').references(() => tier.id),
    /** Targets set for resources; a process's objectives come from its BIA. */
    rtoMinutes: integer('rto_minutes'),
    rpoMinutes: integer('rpo_minutes'),
    /** Own restore-time estimate, for the achievable recovery time along the graph. */
    restoreMinutes: integer('restore_minutes'),
    /** Proven recovery capability from the last passed DR test, and when it was proven. */
    provenMinutes: integer('proven_minutes'),
    provenAt: text('proven_at'),
    posX: integer('pos_x'),
    posY: integer('pos_y'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [index('node_kind_idx').on(t.kind), uniqueIndex('node_kind_name_uq').on(t.kind, t.name)],
);

/** "consumer needs provider". Edges of one consumer sharing a group are redundant: any one suffices. */
export const edge = sqliteTable(
  'edge',
  {
    id: text('id').primaryKey(),
    consumerId: text('consumer_id')
      .notNull()
      .references(() => node.id),
    providerId: text('provider_id')
      .notNull()
      .references(() => node.id),
    hard: integer('hard', { mode: 'boolean' }).notNull().default(true),
    groupId: text('group_id'),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    retiredAt: text('retired_at'),
  },
  (t) => [
    index('edge_consumer_idx').on(t.consumerId),
    index('edge_provider_idx').on(t.providerId),
    uniqueIndex('edge_pair_uq').on(t.consumerId, t.providerId),
  ],
);
