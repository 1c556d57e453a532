// The one list of API methods: name → zod input schema and result type. The router, the preload and
// the renderer's client are all derived from this object, so a method exists everywhere or nowhere.
// Each domain declares its methods in methods/<domain>.ts.
import type { z } from 'zod';
import { biaMethods } from './methods/bia';
import { coreMethods } from './methods/core';
import { dashboardMethods } from './methods/dashboard';
import { evidenceMethods } from './methods/evidence';
import { exceptionMethods } from './methods/exceptions';
import { graphMethods } from './methods/graph';
import { importMethods } from './methods/imports';
import { incidentMethods } from './methods/incidents';
import { releaseMethods } from './methods/releases';
import { resilienceMethods } from './methods/resilience';
import { runbookMethods } from './methods/runbooks';
import { thirdPartyMethods } from './methods/thirdparties';
import { questionnaireMethods } from './methods/questionnaires';
import { workspaceFileMethods } from './methods/workspace-files';
import { packetMethods } from './methods/packets';

export const contract = {
  ...coreMethods,
  ...biaMethods,
  ...graphMethods,
  ...importMethods,
  ...runbookMethods,
  ...evidenceMethods,
  ...releaseMethods,
  ...workspaceFileMethods,
  ...dashboardMethods,
  ...thirdPartyMethods,
  ...incidentMethods,
  ...questionnaireMethods,
  ...resilienceMethods,
  ...exceptionMethods,
  ...packetMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** The typed client every transport implements. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>> };
