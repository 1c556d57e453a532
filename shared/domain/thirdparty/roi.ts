// Builds the Register of Information's tables from the workspace's register and BIA, and lists every
// problem that would make the filing fail, by template, row and column. Pure: the caller writes files.
import { isCountry, isCurrency } from './codes';
import { leiProblem } from './lei';
import { EBA, ROI_COLUMNS, ROI_TEMPLATES, type RoiTemplate } from './roi-templates';
import type { SupplyChainLink, ThirdPartyContract, ThirdPartyProvider } from './types';

/** The financial entity that maintains the register. */
export interface RoiEntity {
  lei: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** DPM member of the entity-type list, e.g. eba_CT:x12 (credit institution). */
  entityType: string;
  competentAuthority: string;
  /** ISO 4217. */
  currency: string;
}

/** A business function as B_06.01 reports it. */
export interface RoiFunction {
  id: string;
  /** The function identifier written to the register (F1, F2 …). */
  code: string;
  name: string;
  critical: boolean;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  lastAssessed: string | null;
}

export interface RoiInput {
  entity: RoiEntity;
  /** YYYY-MM-DD. */
  refPeriod: string;
  /** The date the register is reported (B_01.01.0060). */
  reportDate: string;
  providers: readonly ThirdPartyProvider[];
  contracts: readonly ThirdPartyContract[];
  chain: readonly SupplyChainLink[];
  functions: readonly RoiFunction[];
  /** Contract id → the function ids above its services. */
  contractFunctions: ReadonlyMap<string, readonly string[]>;
}

export interface RoiProblem {
  template: RoiTemplate | 'parameters';
  /** The data row of the CSV (1 = the first row after the header); null for the whole file. */
  row: number | null;
  column: string | null;
  message: string;
}

export interface RoiTable {
  template: RoiTemplate;
  columns: string[];
  rows: string[][];
}

export interface RoiReport {
  tables: RoiTable[];
  parameters: [string, string][];
  problems: RoiProblem[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OPEN_END = '9999-12-31';

function validDate(d: string): boolean {
  if (!DATE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

/** Minutes → whole hours, rounded up: the annex asks for hours, and rounding down would promise more. */
export function toHours(minutes: number | null): string {
  return minutes === null ? '' : String(Math.ceil(minutes / 60));
}

/** A provider's identifier: its LEI, else its other legal identifier. */
function identifier(p: ThirdPartyProvider | undefined): { code: string; type: string } {
  if (!p) return { code: '', type: '' };
  if (p.lei) return { code: p.lei, type: EBA.code.LEI };
  if (p.altCode && p.altCodeType) return { code: p.altCode, type: EBA.code[p.altCodeType] };
  return { code: '', type: '' };
}

function ultimateParent(p: ThirdPartyProvider, byId: ReadonlyMap<string, ThirdPartyProvider>) {
  let current = p.parentId ? byId.get(p.parentId) : undefined;
  const seen = new Set([p.id]);
  while (current?.parentId && !seen.has(current.id)) {
    seen.add(current.id);
    const next = byId.get(current.parentId);
    if (!next) break;
    current = next;
  }
  return current;
}

class Tables {
  readonly rows = new Map<RoiTemplate, string[][]>(ROI_TEMPLATES.map((t) => [t, []]));
  readonly problems: RoiProblem[] = [];

  /** Adds a row given as column code → value and returns its 1-based row number. */
  add(t: RoiTemplate, values: Record<string, string>): number {
    const list = this.rows.get(t)!;
    list.push(ROI_COLUMNS[t].map((c) => values[c] ?? ''));
    return list.length;
  }

  problem(template: RoiTemplate | 'parameters', row: number | null, column: string | null, message: string) {
    this.problems.push({ template, row, column, message });
  }
}

export function buildRoi(input: RoiInput): RoiReport {
  const t = new Tables();
  const e = input.entity;
  const byId = new Map(input.providers.map((p) => [p.id, p]));
  const fnById = new Map(input.functions.map((f) => [f.id, f]));

  // B_01.01 and B_01.02: the entity itself (a solo register: it is its own ultimate parent).
  const r0101 = t.add('B_01.01', {
    c0010: e.lei,
    c0020: e.name,
    c0030: isCountry(e.country) ? EBA.country(e.country) : e.country,
    c0040: e.entityType,
    c0050: e.competentAuthority,
    c0060: input.reportDate,
  });
  const lei = leiProblem(e.lei);
  if (e.lei === '')
    t.problem('B_01.01', r0101, 'c0010', 'The LEI of the entity maintaining the register is missing.');
  else if (lei) t.problem('B_01.01', r0101, 'c0010', `The entity's LEI is not valid: ${lei}.`);
  if (e.name === '') t.problem('B_01.01', r0101, 'c0020', "The entity's name is missing.");
  if (e.country === '') t.problem('B_01.01', r0101, 'c0030', "The entity's country is missing.");
  else if (!isCountry(e.country))
    t.problem('B_01.01', r0101, 'c0030', `"${e.country}" is not an ISO 3166-1 alpha-2 country code.`);
  if (e.entityType === '') t.problem('B_01.01', r0101, 'c0040', 'The type of entity is missing.');
  else if (!/^eba_CT:x\d+$/.test(e.entityType))
    t.problem('B_01.01', r0101, 'c0040', `"${e.entityType}" is not an entity type of the list (eba_CT:x…).`);
  if (e.competentAuthority === '')
    t.problem('B_01.01', r0101, 'c0050', 'The competent authority is missing.');
  const r0102 = t.add('B_01.02', {
    c0010: e.lei,
    c0020: e.name,
    c0030: isCountry(e.country) ? EBA.country(e.country) : e.country,
    c0040: e.entityType,
    c0050: EBA.hierarchy.ultimateParent,
    c0060: e.lei,
    c0070: input.reportDate,
    c0080: input.reportDate,
    c0090: OPEN_END,
    c0100: isCurrency(e.currency) ? EBA.currency(e.currency) : e.currency,
  });
  if (e.currency === '') t.problem('B_01.02', r0102, 'c0100', 'The reporting currency is missing.');
  else if (!isCurrency(e.currency))
    t.problem('B_01.02', r0102, 'c0100', `"${e.currency}" is not an ISO 4217 currency code.`);

  // Contracts: B_02.01, B_02.02 (one row per function supported), B_03.01, B_03.02, B_04.01.
  const used = new Set<string>();
  for (const c of input.contracts) {
    const p = byId.get(c.providerId);
    const id = identifier(p);
    used.add(c.providerId);
    const currency = c.currency || e.currency;
    t.add('B_02.01', {
      c0010: c.reference,
      c0020: EBA.standalone,
      c0040: isCurrency(currency) ? EBA.currency(currency) : currency,
      c0050: c.annualCost === null ? '' : String(c.annualCost),
    });
    const fns = (input.contractFunctions.get(c.id) ?? [])
      .map((f) => fnById.get(f))
      .filter((f) => f !== undefined);
    for (const f of fns) {
      const row = t.add('B_02.02', {
        c0010: c.reference,
        c0020: e.lei,
        c0030: id.code,
        c0040: id.type,
        c0050: f.code,
        c0060: EBA.serviceType(c.serviceType),
        c0070: c.startDate,
        c0080: c.endDate ?? OPEN_END,
        c0100: c.noticeEntityDays === null ? '' : String(c.noticeEntityDays),
        c0110: c.noticeProviderDays === null ? '' : String(c.noticeProviderDays),
        c0120: c.governingLaw ? EBA.country(c.governingLaw) : '',
        c0130: c.provisionCountry ? EBA.country(c.provisionCountry) : '',
        c0140: c.storesData ? EBA.yes : EBA.no,
        c0150: c.storageCountry ? EBA.country(c.storageCountry) : '',
        c0160: c.processingCountry ? EBA.country(c.processingCountry) : '',
        c0170: c.dataSensitivity ? EBA.sensitivity[c.dataSensitivity] : '',
      });
      checkContract(t, row, c);
    }
    if (fns.length === 0) checkContract(t, null, c);
    t.add('B_03.01', { c0010: c.reference, c0020: e.lei, c0030: 'true' });
    t.add('B_03.02', { c0010: c.reference, c0020: id.code, c0030: id.type });
    t.add('B_04.01', { c0010: c.reference, c0020: e.lei, c0030: EBA.notBranch });
    // B_05.02: the direct provider at rank 1, then each sub-contractor at its position in the chain.
    t.add('B_05.02', {
      c0010: c.reference,
      c0020: EBA.serviceType(c.serviceType),
      c0030: id.code,
      c0040: id.type,
      c0050: '1',
    });
  }
  const contractById = new Map(input.contracts.map((c) => [c.id, c]));
  for (const l of [...input.chain].sort((a, b) => a.rank - b.rank)) {
    const c = contractById.get(l.contractId);
    if (!c) continue;
    used.add(l.providerId);
    const sub = identifier(byId.get(l.providerId));
    const recipient = identifier(byId.get(l.recipientId ?? c.providerId));
    const row = t.add('B_05.02', {
      c0010: c.reference,
      c0020: EBA.serviceType(c.serviceType),
      c0030: sub.code,
      c0040: sub.type,
      c0050: String(l.rank),
      c0060: recipient.code,
      c0070: recipient.type,
    });
    if (l.rank < 2)
      t.problem(
        'B_05.02',
        row,
        'c0050',
        'A sub-contractor sits at rank 2 or above (rank 1 is the direct provider).',
      );
  }

  // B_05.01: every provider met above, with its ultimate parent.
  for (const p of input.providers) {
    if (!used.has(p.id)) continue;
    const id = identifier(p);
    const parent = ultimateParent(p, byId);
    const pid = identifier(parent);
    const row = t.add('B_05.01', {
      c0010: id.code,
      c0020: id.type,
      c0050: p.name,
      c0060: p.name,
      c0070: EBA.person[p.personType],
      c0080: isCountry(p.country) ? EBA.country(p.country) : p.country,
      c0090: EBA.currency(isCurrency(e.currency) ? e.currency : 'EUR'),
      c0110: parent ? pid.code : id.code,
      c0120: parent ? pid.type : id.type,
    });
    checkIdentifier(t, row, 'c0010', p, 'provider');
    if (parent) checkIdentifier(t, row, 'c0110', parent, `ultimate parent of ${p.name}`);
    if (p.country === '') t.problem('B_05.01', row, 'c0080', `${p.name} has no headquarters country.`);
    else if (!isCountry(p.country))
      t.problem(
        'B_05.01',
        row,
        'c0080',
        `${p.name}'s country "${p.country}" is not an ISO 3166-1 alpha-2 code.`,
      );
    if (p.name === '') t.problem('B_05.01', row, 'c0050', 'A provider has no legal name.');
  }

  // B_06.01: each function, its RTO and RPO from the BIA in hours.
  for (const f of input.functions) {
    const row = t.add('B_06.01', {
      c0010: f.code,
      c0030: f.name,
      c0040: e.lei,
      c0050: f.critical ? EBA.yes : EBA.no,
      c0070: f.lastAssessed ?? '',
      c0080: toHours(f.rtoMinutes),
      c0090: toHours(f.rpoMinutes),
    });
    if (f.critical && f.rtoMinutes === null)
      t.problem('B_06.01', row, 'c0080', `${f.name} is critical or important but its BIA gives no RTO.`);
    if (f.critical && f.rpoMinutes === null)
      t.problem('B_06.01', row, 'c0090', `${f.name} is critical or important but its BIA gives no RPO.`);
  }

  // B_07.01: the assessment of each contracted service.
  for (const c of input.contracts) {
    const p = byId.get(c.providerId);
    if (!p) continue;
    const id = identifier(p);
    const row = t.add('B_07.01', {
      c0010: c.reference,
      c0020: id.code,
      c0030: id.type,
      c0040: EBA.serviceType(c.serviceType),
      c0050: p.substitutability ? EBA.substitutability[p.substitutability] : '',
      c0070: p.lastAuditDate ?? '',
      c0080: p.exitPlan.trim() ? EBA.yes : EBA.no,
      c0110: p.alternatives.trim() ? EBA.yes : EBA.no,
      c0120: p.alternatives.trim(),
    });
    if (p.lastAuditDate !== null && !validDate(p.lastAuditDate))
      t.problem(
        'B_07.01',
        row,
        'c0070',
        `The last audit date "${p.lastAuditDate}" is not a date (YYYY-MM-DD).`,
      );
    else if (p.lastAuditDate !== null && p.lastAuditDate > input.refPeriod)
      t.problem(
        'B_07.01',
        row,
        'c0070',
        `The last audit of ${p.name} (${p.lastAuditDate}) is after the reference date ${input.refPeriod}.`,
      );
  }

  const parameters: [string, string][] = [
    ['entityID', `rs:${e.lei}.CON`],
    ['refPeriod', input.refPeriod],
    ['baseCurrency', `iso4217:${e.currency}`],
    ['decimalsInteger', '0'],
    ['decimalsMonetary', '-3'],
  ];
  if (!validDate(input.refPeriod))
    t.problem(
      'parameters',
      2,
      'refPeriod',
      `The reference date "${input.refPeriod}" is not a date (YYYY-MM-DD).`,
    );

  return {
    tables: ROI_TEMPLATES.map((template) => ({
      template,
      columns: ROI_COLUMNS[template],
      rows: t.rows.get(template)!,
    })),
    parameters,
    problems: t.problems,
  };
}

function checkIdentifier(t: Tables, row: number, column: string, p: ThirdPartyProvider, what: string): void {
  if (p.lei) {
    const problem = leiProblem(p.lei);
    if (problem) t.problem('B_05.01', row, column, `The LEI of ${what} ${p.name} is not valid: ${problem}.`);
  } else if (!p.altCode || !p.altCodeType) {
    t.problem(
      'B_05.01',
      row,
      column,
      `The ${what} ${p.name} has no legal identifier (an LEI or an EUID, VAT or other code).`,
    );
  }
}

function checkContract(t: Tables, row: number | null, c: ThirdPartyContract): void {
  const at = (column: string, message: string) =>
    t.problem('B_02.02', row, column, `Contract ${c.reference}: ${message}`);
  if (!validDate(c.startDate)) at('c0070', `the start date "${c.startDate}" is not a date (YYYY-MM-DD).`);
  if (c.endDate !== null && !validDate(c.endDate))
    at('c0080', `the end date "${c.endDate}" is not a date (YYYY-MM-DD).`);
  else if (c.endDate !== null && validDate(c.startDate) && c.endDate < c.startDate)
    at('c0080', `it ends (${c.endDate}) before it starts (${c.startDate}).`);
  for (const [column, value, what] of [
    ['c0120', c.governingLaw, 'country of the governing law'],
    ['c0130', c.provisionCountry, 'country of provision'],
    ['c0150', c.storageCountry, 'country where data is stored'],
    ['c0160', c.processingCountry, 'country where data is processed'],
  ] as const) {
    if (value !== '' && !isCountry(value))
      at(column, `the ${what} "${value}" is not an ISO 3166-1 alpha-2 code.`);
  }
  if (c.governingLaw === '') at('c0120', 'the country of the governing law is missing.');
  if (c.storesData && c.storageCountry === '') at('c0150', 'it stores data but names no country where.');
  if (!/^S(0[1-9]|1[0-9])$/.test(c.serviceType))
    at('c0060', `"${c.serviceType}" is not an ICT service type (S01 … S19).`);
}
