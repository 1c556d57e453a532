// The third-party register as the pure rules read it: providers, their contracts, the supply chain
// behind each contract, and the business functions (BIA processes) above them on the map.

export const SUBSTITUTABILITY = ['not', 'highly-complex', 'medium', 'easy'] as const;
export type Substitutability = (typeof SUBSTITUTABILITY)[number];

export const DATA_SENSITIVITY = ['low', 'medium', 'high'] as const;
export type DataSensitivity = (typeof DATA_SENSITIVITY)[number];

/** Other legal identifiers a provider can be named by when it has no LEI. */
export const ALT_CODE_TYPES = ['EUID', 'VAT', 'OTHER'] as const;
export type AltCodeType = (typeof ALT_CODE_TYPES)[number];

export const PERSON_TYPES = ['legal', 'natural'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];

/** ICT service types of the ITS annex (list B_02.02.0060): S01 … S19. */
export const ICT_SERVICE_TYPES = Array.from({ length: 19 }, (_, i) => `S${String(i + 1).padStart(2, '0')}`);

export interface ThirdPartyProvider {
  id: string;
  name: string;
  lei: string | null;
  altCode: string | null;
  altCodeType: AltCodeType | null;
  /** ISO 3166-1 alpha-2 of the headquarters. */
  country: string;
  personType: PersonType;
  /** Free text: ICT service provider, cloud, payment processor, … */
  providerType: string;
  parentId: string | null;
  substitutability: Substitutability | null;
  substitutabilityReason: string;
  /** The exit plan in a sentence or a reference; empty when there is none. */
  exitPlan: string;
  alternatives: string;
  lastAuditDate: string | null;
  /** Vendor nodes on the dependency map that stand for this provider. */
  nodeIds: string[];
}

export interface ThirdPartyContract {
  id: string;
  reference: string;
  providerId: string;
  /** ICT service type code (S01 … S19). */
  serviceType: string;
  /** The nodes on the map (applications, infrastructure, vendors…) whose service this contract buys. */
  nodeIds: string[];
  startDate: string;
  endDate: string | null;
  noticeEntityDays: number | null;
  noticeProviderDays: number | null;
  /** ISO 3166-1 alpha-2 country of the governing law. */
  governingLaw: string;
  /** Country where the service is provided. */
  provisionCountry: string;
  storesData: boolean;
  storageCountry: string;
  processingCountry: string;
  dataSensitivity: DataSensitivity | null;
  contractedRtoMinutes: number | null;
  contractedRpoMinutes: number | null;
  annualCost: number | null;
  currency: string;
}

/** "subContractorId serves the contract at position `rank`" (the direct provider is rank 1). */
export interface SupplyChainLink {
  id: string;
  contractId: string;
  providerId: string;
  /** The provider it serves (rank − 1); null for the direct provider's first sub-contractor. */
  recipientId: string | null;
  rank: number;
}

/** A business function as the BIA derives it. */
export interface BusinessFunction {
  id: string;
  name: string;
  /** Rank of its tier, 0 the most critical; null when untiered. */
  tierRank: number | null;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
}

/** "consumer needs provider" on the map; only hard edges carry a need. */
export interface MapEdge {
  from: string;
  to: string;
  hard: boolean;
}
