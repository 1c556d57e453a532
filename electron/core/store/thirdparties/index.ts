// The third-party register: the filing entity, providers, contracts and supply-chain links.
import { asc, eq, isNull } from 'drizzle-orm';
import type {
  SupplyChainLink,
  ThirdPartyContract,
  ThirdPartyProvider,
} from '../../../../shared/domain/thirdparty/types';
import type { RoiEntity } from '../../../../shared/domain/thirdparty/roi';
import type { Db } from '../db';
import { retireRow, saveRow, type RowFields, type RowSpec } from '../rows';
import { financialEntity, provider, providerContract, supplyChainLink } from '../schema';
import type { WriteContext, Written } from '../write';

export const ENTITY_ID = 'self';

const entitySpec: RowSpec<typeof financialEntity> = {
  table: financialEntity,
  entity: 'financial-entity',
  describe: () => 'The financial entity',
};
const providerSpec: RowSpec<typeof provider> = {
  table: provider,
  entity: 'provider',
  describe: (v) => `A provider named "${String(v.name)}"`,
};
const contractSpec: RowSpec<typeof providerContract> = {
  table: providerContract,
  entity: 'contract',
  describe: (v) => `A contract with reference "${String(v.reference)}"`,
};
const linkSpec: RowSpec<typeof supplyChainLink> = {
  table: supplyChainLink,
  entity: 'supply-chain-link',
  describe: () => 'This supply-chain link',
};

export type ProviderFields = RowFields<typeof provider>;
export type ContractFields = RowFields<typeof providerContract>;
export type LinkFields = RowFields<typeof supplyChainLink>;

function toProvider(r: typeof provider.$inferSelect): ThirdPartyProvider {
  const { createdAt: _c, updatedAt: _u, retiredAt: _r, ...rest } = r;
  return rest;
}
function toContract(r: typeof providerContract.$inferSelect): ThirdPartyContract {
  const { createdAt: _c, updatedAt: _u, retiredAt: _r, ...rest } = r;
  return rest;
}

export function thirdPartiesStore(db: Db) {
  // saveRow compares fields with !==, which a JSON array never passes: an unchanged node list is
  // left out so a save that changes nothing else records nothing.
  const sameNodes = <T extends { nodeIds?: string[] }>(
    table: typeof provider | typeof providerContract,
    id: string | undefined,
    v: T,
  ): T => {
    if (!id || v.nodeIds === undefined) return v;
    const row = db.select({ nodeIds: table.nodeIds }).from(table).where(eq(table.id, id)).get();
    if (!row || JSON.stringify(row.nodeIds) !== JSON.stringify(v.nodeIds)) return v;
    const { nodeIds: _same, ...rest } = v;
    return rest as T;
  };
  return {
    entity(): RoiEntity {
      const r = db.select().from(financialEntity).where(eq(financialEntity.id, ENTITY_ID)).get();
      return {
        lei: r?.lei ?? '',
        name: r?.name ?? '',
        country: r?.country ?? '',
        entityType: r?.entityType ?? '',
        competentAuthority: r?.competentAuthority ?? '',
        currency: r?.currency ?? 'EUR',
      };
    },
    saveEntity(w: WriteContext, v: RoiEntity): Written<null> {
      return { value: null, audit: saveRow(db, w, entitySpec, ENTITY_ID, v).audit };
    },

    providers(): ThirdPartyProvider[] {
      return db
        .select()
        .from(provider)
        .where(isNull(provider.retiredAt))
        .orderBy(asc(provider.name))
        .all()
        .map(toProvider);
    },
    providerState(id: string): 'live' | 'retired' | 'missing' {
      const r = db.select({ retiredAt: provider.retiredAt }).from(provider).where(eq(provider.id, id)).get();
      return !r ? 'missing' : r.retiredAt ? 'retired' : 'live';
    },
    saveProvider(w: WriteContext, id: string | undefined, v: ProviderFields): Written<string> {
      const r = saveRow(db, w, providerSpec, id, sameNodes(provider, id, v));
      return { value: r.id, audit: r.audit };
    },
    retireProvider: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, providerSpec, id)],
    }),

    contracts(): ThirdPartyContract[] {
      return db
        .select()
        .from(providerContract)
        .where(isNull(providerContract.retiredAt))
        .orderBy(asc(providerContract.reference))
        .all()
        .map(toContract);
    },
    saveContract(w: WriteContext, id: string | undefined, v: ContractFields): Written<string> {
      const r = saveRow(db, w, contractSpec, id, sameNodes(providerContract, id, v));
      return { value: r.id, audit: r.audit };
    },
    retireContract: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, contractSpec, id)],
    }),

    chain(): SupplyChainLink[] {
      return db
        .select({
          id: supplyChainLink.id,
          contractId: supplyChainLink.contractId,
          providerId: supplyChainLink.providerId,
          recipientId: supplyChainLink.recipientId,
          rank: supplyChainLink.rank,
        })
        .from(supplyChainLink)
        .where(isNull(supplyChainLink.retiredAt))
        .orderBy(asc(supplyChainLink.contractId), asc(supplyChainLink.rank))
        .all();
    },
    saveLink(w: WriteContext, id: string | undefined, v: LinkFields): Written<string> {
      const r = saveRow(db, w, linkSpec, id, v);
      return { value: r.id, audit: r.audit };
    },
    retireLink: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, linkSpec, id)],
    }),
  };
}
