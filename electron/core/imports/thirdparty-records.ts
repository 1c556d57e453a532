// Provider and contract rows as read from a file (see records.ts): optional fields are absent when
// the sheet has no such column, so a re-import that leaves a column out leaves that field alone.
import type {
  AltCodeType,
  DataSensitivity,
  PersonType,
  Substitutability,
} from '../../../shared/domain/thirdparty/types';
import type { SheetRef } from './records';

interface Located {
  src: SheetRef;
  row: number;
}

export interface ProviderRec extends Located {
  name: string;
  lei?: string | null;
  altCode?: string | null;
  altCodeType?: AltCodeType | null;
  country?: string;
  personType?: PersonType;
  providerType?: string;
  /** Parent's legal name; '' for none. */
  parent?: string;
  substitutability?: Substitutability | null;
  substitutabilityReason?: string;
  exitPlan?: string;
  alternatives?: string;
  lastAuditDate?: string | null;
  nodes?: string[];
}

export interface ContractRec extends Located {
  reference: string;
  provider: string;
  serviceType: string;
  services?: string[];
  startDate: string;
  endDate?: string | null;
  noticeEntityDays?: number | null;
  noticeProviderDays?: number | null;
  governingLaw?: string;
  provisionCountry?: string;
  storesData?: boolean;
  storageCountry?: string;
  processingCountry?: string;
  dataSensitivity?: DataSensitivity | null;
  contractedRtoMinutes?: number | null;
  contractedRpoMinutes?: number | null;
  annualCost?: number | null;
  currency?: string;
}
