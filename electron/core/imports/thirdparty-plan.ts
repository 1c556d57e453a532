// What an import changes in the third-party register: providers by name, contracts by reference,
// with references to providers this import creates kept as keys until the commit gives them ids.
import type { ContractFields, ProviderFields } from '../store/thirdparties';

export type ProviderRef = { id: string } | { key: string };

export interface ProviderChange {
  id?: string;
  key: string;
  values: Omit<ProviderFields, 'parentId'>;
  parent: ProviderRef | null;
}

export interface ContractChange {
  id?: string;
  provider: ProviderRef;
  values: Omit<ContractFields, 'providerId'>;
}
