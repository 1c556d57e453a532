// The third-party register: the financial entity that files the DORA Register of Information, its
// providers, their contracts and the sub-contracting chain behind each contract. Rows are retired,
// never deleted: the register and evidence refer to them.
import { integer, real, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import {
  ALT_CODE_TYPES,
  DATA_SENSITIVITY,
  PERSON_TYPES,
  SUBSTITUTABILITY,
} from '../../../../shared/domain/thirdparty/types';

const stamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  retiredAt: text('retired_at'),
};

/** One row ('self'): who maintains the register. */
export const financialEntity = sqliteTable('financial_entity', {
  id: text('id').primaryKey(),
  lei: text('lei').notNull().default(''),
  name: text('name').notNull().default(''),
  country: text('country').notNull().default(''),
  entityType: text('entity_type').notNull().default(''),
  competentAuthority: text('competent_authority').notNull().default(''),
  currency: text('currency').notNull().default('EUR'),
  ...stamps,
});

export const provider = sqliteTable(
  'provider',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    lei: text('lei'),
    altCode: text('alt_code'),
    altCodeType: text('alt_code_type', { enum: ALT_CODE_TYPES }),
    country: text('country').notNull().default(''),
    personType: text('person_type', { enum: PERSON_TYPES }).notNull().default('legal'),
    providerType: text('provider_type').notNull().default(''),
    parentId: text('parent_id'),
    substitutability: text('substitutability', { enum: SUBSTITUTABILITY }),
    substitutabilityReason: text('substitutability_reason').notNull().default(''),
    exitPlan: text('exit_plan').notNull().default(''),
    alternatives: text('alternatives').notNull().default(''),
    lastAuditDate: text('last_audit_date'),
    nodeIds: text('node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    ...stamps,
  },
  (t) => [uniqueIndex('provider_name_uq').on(t.name)],
);

export const providerContract = sqliteTable(
  'provider_contract',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id),
    serviceType: text('service_type').notNull().default(''),
    nodeIds: text('node_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    noticeEntityDays: integer('notice_entity_days'),
    noticeProviderDays: integer('notice_provider_days'),
    governingLaw: text('governing_law').notNull().default(''),
    provisionCountry: text('provision_country').notNull().default(''),
    storesData: integer('stores_data', { mode: 'boolean' }).notNull().default(false),
    storageCountry: text('storage_country').notNull().default(''),
    processingCountry: text('processing_country').notNull().default(''),
    dataSensitivity: text('data_sensitivity', { enum: DATA_SENSITIVITY }),
    contractedRtoMinutes: integer('contracted_rto_minutes'),
    contractedRpoMinutes: integer('contracted_rpo_minutes'),
    annualCost: real('annual_cost'),
    currency: text('currency').notNull().default(''),
    ...stamps,
  },
  (t) => [
    uniqueIndex('provider_contract_reference_uq').on(t.reference),
    index('provider_contract_provider_idx').on(t.providerId),
  ],
);

/** A sub-contractor in a contract's supply chain, at `rank` (the direct provider is rank 1). */
export const supplyChainLink = sqliteTable(
  'supply_chain_link',
  {
    id: text('id').primaryKey(),
    contractId: text('contract_id')
      .notNull()
      .references(() => providerContract.id),
    providerId: text('provider_id')
      .notNull()
      .references(() => provider.id),
    recipientId: text('recipient_id').references(() => provider.id),
    rank: integer('rank').notNull(),
    ...stamps,
  },
  (t) => [index('supply_chain_contract_idx').on(t.contractId)],
);
