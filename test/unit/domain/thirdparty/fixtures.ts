// Small hand-built registers for the third-party rules' tests.
import type { RoiInput } from '../../../../shared/domain/thirdparty/roi';
import type { ThirdPartyContract, ThirdPartyProvider } from '../../../../shared/domain/thirdparty/types';

export function provider(id: string, over: Partial<ThirdPartyProvider> = {}): ThirdPartyProvider {
  return {
    id,
    name: `Provider ${id}`,
    lei: null,
    altCode: `VAT-${id}`,
    altCodeType: 'VAT',
    country: 'DE',
    personType: 'legal',
    providerType: 'ICT',
    parentId: null,
    substitutability: 'medium',
    substitutabilityReason: '',
    exitPlan: 'Documented',
    alternatives: '',
    lastAuditDate: '2026-05-01',
    nodeIds: [],
    ...over,
  };
}

export function contract(
  id: string,
  providerId: string,
  over: Partial<ThirdPartyContract> = {},
): ThirdPartyContract {
  return {
    id,
    reference: `C-${id}`,
    providerId,
    serviceType: 'S19',
    nodeIds: [],
    startDate: '2024-01-01',
    endDate: '2028-12-31',
    noticeEntityDays: 90,
    noticeProviderDays: 180,
    governingLaw: 'IE',
    provisionCountry: 'IE',
    storesData: true,
    storageCountry: 'IE',
    processingCountry: 'DE',
    dataSensitivity: 'high',
    contractedRtoMinutes: null,
    contractedRpoMinutes: null,
    annualCost: 120000,
    currency: 'EUR',
    ...over,
  };
}

/** A valid register: one entity, one provider with a parent, one contract supporting one function. */
export function validInput(): RoiInput {
  return {
    entity: {
      lei: '529900T8BM49AURSDO55',
      name: 'Test Bank AG',
      country: 'DE',
      entityType: 'eba_CT:x12',
      competentAuthority: 'BaFin',
      currency: 'EUR',
    },
    refPeriod: '2026-12-31',
    reportDate: '2027-01-15',
    providers: [
      provider('p', { lei: '5493001KJTIIGC8Y1R12', altCode: null, altCodeType: null, parentId: 'parent' }),
      provider('parent', { lei: null, altCode: 'DE123456789', altCodeType: 'VAT' }),
    ],
    contracts: [contract('c1', 'p')],
    chain: [],
    functions: [
      {
        id: 'f1',
        code: 'F1',
        name: 'Payments',
        critical: true,
        rtoMinutes: 240,
        rpoMinutes: 30,
        lastAssessed: '2026-06-01',
      },
    ],
    contractFunctions: new Map([['c1', ['f1']]]),
  };
}
