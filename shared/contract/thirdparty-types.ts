// Result types of the third-party register methods.
import type { ConcentrationRow } from '../domain/thirdparty/concentration';
import type { ContractObjectiveFlag } from '../domain/thirdparty/contracted-objectives';
import type { RoiEntity, RoiProblem } from '../domain/thirdparty/roi';
import type {
  BusinessFunction,
  SupplyChainLink,
  ThirdPartyContract,
  ThirdPartyProvider,
} from '../domain/thirdparty/types';

export type { ConcentrationRow, ContractObjectiveFlag, RoiEntity, RoiProblem };
export type { BusinessFunction, SupplyChainLink, ThirdPartyContract, ThirdPartyProvider };

export interface ThirdPartyRegister {
  entity: RoiEntity;
  providers: ThirdPartyProvider[];
  contracts: ThirdPartyContract[];
  chain: SupplyChainLink[];
  /** Business functions (BIA processes) with their derived RTO/RPO and tier. */
  functions: BusinessFunction[];
  /** Nodes a provider or contract can be linked to: id, kind and name. */
  nodes: { id: string; kind: string; name: string }[];
  concentration: ConcentrationRow[];
  flags: ContractObjectiveFlag[];
}

export interface RoiCheck {
  refPeriod: string;
  problems: RoiProblem[];
  /** Rows per template when the register is written. */
  rows: { template: string; rows: number }[];
}
