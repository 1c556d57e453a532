// Reads a Providers or Contracts row into a typed record, checking each cell on its own: LEIs and
// their check digits, country and currency codes, dates, the closed lists of the DORA annex.
import { isCountry, isCurrency } from '../../../shared/domain/thirdparty/codes';
import { leiProblem } from '../../../shared/domain/thirdparty/lei';
import {
  ALT_CODE_TYPES,
  DATA_SENSITIVITY,
  PERSON_TYPES,
  SUBSTITUTABILITY,
} from '../../../shared/domain/thirdparty/types';
import type { RowCells } from './cells';
import type { SheetRef } from './records';
import type { ContractRec, ProviderRec } from './thirdparty-records';

type Sink = { providers: ProviderRec[]; contracts: ContractRec[] };

function opt<T>(r: RowCells, key: string, read: () => T): T | undefined {
  return r.has(key) ? read() : undefined;
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function list(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One of a closed list (case ignored), null when empty. */
function oneOf<T extends string>(r: RowCells, key: string, allowed: readonly T[]): T | null {
  const t = r.text(key, 40);
  if (t === '') return null;
  const found = allowed.find((a) => a.toLowerCase() === t.toLowerCase());
  if (!found) r.problem(key, `${r.header(key)} must be one of ${allowed.join(', ')}; found "${t}".`);
  return found ?? null;
}

function country(r: RowCells, key: string): string {
  const t = r.text(key, 10).toUpperCase();
  if (t !== '' && !isCountry(t))
    r.problem(key, `${r.header(key)} must be a two-letter ISO 3166 country code; found "${t}".`);
  return t;
}

/** Days after 1899-12-30 (Excel's serial dates) or YYYY-MM-DD text; null when empty. */
function date(r: RowCells, key: string, required = false): string | null {
  const c = r.cell(key);
  if (c === null || (typeof c === 'string' && c.trim() === '')) {
    if (required) r.problem(key, `${r.header(key)} must not be empty: give a date (YYYY-MM-DD).`);
    return null;
  }
  const text =
    typeof c === 'number'
      ? new Date(Date.UTC(1899, 11, 30) + Math.round(c) * 86_400_000).toISOString().slice(0, 10)
      : c.trim().slice(0, 10);
  const t = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(t.getTime()) ||
    t.toISOString().slice(0, 10) !== text
  ) {
    r.problem(key, `${r.header(key)} must be a date (YYYY-MM-DD); found "${String(c)}".`);
    return null;
  }
  return text;
}

export function parseProvider(r: RowCells, src: SheetRef, out: Sink): void {
  const name = r.text('name', 300, true);
  const lei = opt(r, 'lei', () => {
    const t = r.text('lei', 40).toUpperCase();
    if (t === '') return null;
    const problem = leiProblem(t);
    if (problem) r.problem('lei', `The LEI is not valid: ${problem}.`);
    return t;
  });
  const rec = defined<ProviderRec>({
    src,
    row: r.row,
    name,
    lei,
    altCode: opt(r, 'altCode', () => r.text('altCode', 100) || null),
    altCodeType: opt(r, 'altCodeType', () => oneOf(r, 'altCodeType', ALT_CODE_TYPES)),
    country: opt(r, 'country', () => country(r, 'country')),
    personType: opt(r, 'personType', () => oneOf(r, 'personType', PERSON_TYPES) ?? 'legal'),
    providerType: opt(r, 'providerType', () => r.text('providerType', 200)),
    parent: opt(r, 'parent', () => r.text('parent', 300)),
    substitutability: opt(r, 'substitutability', () => oneOf(r, 'substitutability', SUBSTITUTABILITY)),
    substitutabilityReason: opt(r, 'substitutabilityReason', () => r.text('substitutabilityReason', 2000)),
    exitPlan: opt(r, 'exitPlan', () => r.text('exitPlan', 4000)),
    alternatives: opt(r, 'alternatives', () => r.text('alternatives', 2000)),
    lastAuditDate: opt(r, 'lastAuditDate', () => date(r, 'lastAuditDate')),
    nodes: opt(r, 'nodes', () => list(r.text('nodes', 20_000))),
  });
  if (rec.altCode && rec.altCodeType === undefined && !r.has('altCodeType'))
    r.problem('altCode', 'Other identifier needs an Identifier type column (EUID, VAT or OTHER).');
  if (r.failed) return;
  out.providers.push(rec);
}

export function parseContract(r: RowCells, src: SheetRef, out: Sink): void {
  const serviceType = r.text('serviceType', 10, true).toUpperCase();
  if (serviceType !== '' && !/^S(0[1-9]|1[0-9])$/.test(serviceType))
    r.problem('serviceType', `Service type must be one of S01 … S19; found "${serviceType}".`);
  const startDate = date(r, 'startDate', true);
  const endDate = opt(r, 'endDate', () => date(r, 'endDate'));
  if (startDate && endDate && endDate < startDate)
    r.problem('endDate', `The contract ends (${endDate}) before it starts (${startDate}).`);
  const days = (key: string) => r.wholeNumber(key, 0, 3650, 'whole days from 0 to 3,650');
  const rec = defined<ContractRec>({
    src,
    row: r.row,
    reference: r.text('reference', 200, true),
    provider: r.text('provider', 300, true),
    serviceType,
    services: opt(r, 'services', () => list(r.text('services', 20_000))),
    startDate: startDate ?? '',
    endDate,
    noticeEntityDays: opt(r, 'noticeEntityDays', () => days('noticeEntityDays')),
    noticeProviderDays: opt(r, 'noticeProviderDays', () => days('noticeProviderDays')),
    governingLaw: opt(r, 'governingLaw', () => country(r, 'governingLaw')),
    provisionCountry: opt(r, 'provisionCountry', () => country(r, 'provisionCountry')),
    storesData: opt(r, 'storesData', () => r.yesNo('storesData', false)),
    storageCountry: opt(r, 'storageCountry', () => country(r, 'storageCountry')),
    processingCountry: opt(r, 'processingCountry', () => country(r, 'processingCountry')),
    dataSensitivity: opt(r, 'dataSensitivity', () => oneOf(r, 'dataSensitivity', DATA_SENSITIVITY)),
    contractedRtoMinutes: opt(r, 'contractedRtoMinutes', () => r.minutes('contractedRtoMinutes')),
    contractedRpoMinutes: opt(r, 'contractedRpoMinutes', () => r.minutes('contractedRpoMinutes')),
    annualCost: opt(r, 'annualCost', () => r.amount('annualCost')),
    currency: opt(r, 'currency', () => {
      const t = r.text('currency', 10).toUpperCase();
      if (t !== '' && !isCurrency(t))
        r.problem('currency', `Currency must be an ISO 4217 code; found "${t}".`);
      return t;
    }),
  });
  if (r.failed) return;
  out.contracts.push(rec);
}
