// The third-party register (providers, contracts, supply chains), its concentration ranking and
// contracted-objective flags, and the DORA Register of Information export.
import { z } from 'zod';
import { method } from '../method';
import { id, minutes, optionalText, text, rowId } from '../schemas';
import type { Delivery } from '../types';
import type { RoiCheck, ThirdPartyRegister } from '../thirdparty-types';
import {
  ALT_CODE_TYPES,
  DATA_SENSITIVITY,
  PERSON_TYPES,
  SUBSTITUTABILITY,
} from '../../domain/thirdparty/types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const country = z
  .string()
  .trim()
  .regex(/^([A-Z]{2})?$/, 'must be a two-letter ISO 3166 country code');
const days = z.number().int('must be whole days').min(0, 'must not be negative').max(3650).nullable();
const nodeIds = z.array(id).max(500);

export const entityInput = z
  .object({
    lei: optionalText(20),
    name: optionalText(300),
    country,
    entityType: optionalText(40),
    competentAuthority: optionalText(200),
    currency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code'),
  })
  .strict();

export const providerInput = z
  .object({
    id: rowId.optional(),
    name: text(300),
    lei: z.string().trim().max(20).nullable(),
    altCode: z.string().trim().max(100).nullable(),
    altCodeType: z.enum(ALT_CODE_TYPES).nullable(),
    country,
    personType: z.enum(PERSON_TYPES),
    providerType: optionalText(200),
    parentId: id.nullable(),
    substitutability: z.enum(SUBSTITUTABILITY).nullable(),
    substitutabilityReason: optionalText(2000),
    exitPlan: optionalText(4000),
    alternatives: optionalText(2000),
    lastAuditDate: isoDate.nullable(),
    nodeIds,
  })
  .strict();

export const contractInput = z
  .object({
    id: rowId.optional(),
    reference: text(200),
    providerId: id,
    serviceType: z.string().regex(/^S(0[1-9]|1[0-9])$/, 'must be an ICT service type S01 … S19'),
    nodeIds,
    startDate: isoDate,
    endDate: isoDate.nullable(),
    noticeEntityDays: days,
    noticeProviderDays: days,
    governingLaw: country,
    provisionCountry: country,
    storesData: z.boolean(),
    storageCountry: country,
    processingCountry: country,
    dataSensitivity: z.enum(DATA_SENSITIVITY).nullable(),
    contractedRtoMinutes: minutes.nullable(),
    contractedRpoMinutes: minutes.nullable(),
    annualCost: z.number().min(0).max(1e13).nullable(),
    currency: z.string().regex(/^([A-Z]{3})?$/, 'must be a three-letter ISO 4217 currency code'),
  })
  .strict()
  .refine((c) => c.endDate === null || c.endDate >= c.startDate, {
    message: 'must not end before it starts',
    path: ['endDate'],
  });

export const linkInput = z
  .object({
    id: rowId.optional(),
    contractId: id,
    providerId: id,
    recipientId: id.nullable(),
    rank: z.number().int().min(2, 'a sub-contractor sits at rank 2 or above').max(20),
  })
  .strict();

const refPeriod = isoDate.optional();

export const thirdPartyMethods = {
  'thirdParties.get': method<ThirdPartyRegister>()(z.object({}).strict()),
  'thirdParties.saveEntity': method<null>({ writes: true })(entityInput),
  'thirdParties.saveProvider': method<string>({ writes: true })(providerInput),
  'thirdParties.retireProvider': method<null>({ writes: true })(z.object({ id }).strict()),
  'thirdParties.saveContract': method<string>({ writes: true })(contractInput),
  'thirdParties.retireContract': method<null>({ writes: true })(z.object({ id }).strict()),
  'thirdParties.saveLink': method<string>({ writes: true })(linkInput),
  'thirdParties.retireLink': method<null>({ writes: true })(z.object({ id }).strict()),
  'roi.check': method<RoiCheck>()(z.object({ refPeriod }).strict()),
  'roi.export': method<Delivery>()(z.object({ refPeriod }).strict()),
} as const;
