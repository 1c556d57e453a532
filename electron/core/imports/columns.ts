// The five sheets an import understands: their columns, which are required, what each means (for
// the templates' "Read me" sheet) and example rows. Header matching ignores case, spaces and
// punctuation, so "WRT (min)", "wrt min" and "WRT" are one column.
import type { ImportKind } from '../../../shared/contract';
import { NODE_KINDS, type NodeKind } from '../../../shared/domain/model';
import { DEPENDENCIES_SHEET } from './dependency-columns';
import { CONTRACTS_SHEET, PROVIDERS_SHEET } from './thirdparty-columns';

export interface ColumnSpec {
  key: string;
  header: string;
  required: boolean;
  /** Other spellings accepted, already normalised. */
  aliases?: string[];
  help: string;
}

export interface SheetSpec {
  kind: ImportKind;
  sheetName: string;
  columns: ColumnSpec[];
  examples: (string | number | null)[][];
}

export const RESOURCE_KINDS = NODE_KINDS.filter((k) => k !== 'process');

const minutesHelp = (what: string) => `${what}, in whole minutes (0 to 525,600). Leave empty for none.`;

export const SHEETS: Record<ImportKind, SheetSpec> = {
  processes: {
    kind: 'processes',
    sheetName: 'Processes',
    columns: [
      {
        key: 'name',
        header: 'Name',
        required: true,
        aliases: ['process', 'processname'],
        help: 'The business process. Re-importing a name updates that process instead of adding another.',
      },
      { key: 'department', header: 'Department', required: false, help: 'The department that runs it.' },
      { key: 'owner', header: 'Owner', required: false, help: 'The person accountable for it.' },
      {
        key: 'description',
        header: 'Description',
        required: false,
        help: 'What it does, in a sentence or two.',
      },
      {
        key: 'wrtMinutes',
        header: 'WRT (min)',
        required: false,
        aliases: ['wrt', 'wrtminutes', 'workrecoverytime', 'workrecoverytimemin'],
        help: minutesHelp('Work recovery time after systems are back'),
      },
      {
        key: 'dataLossToleranceMinutes',
        header: 'Data-loss tolerance (min)',
        required: false,
        aliases: ['datalosstolerance', 'datalosstoleranceminutes'],
        help: minutesHelp('How much recent data the process can lose; sets the RPO'),
      },
      {
        key: 'manualRtoMinutes',
        header: 'RTO (min)',
        required: false,
        aliases: ['rto', 'rtominutes'],
        help: minutesHelp('A hand-set RTO, only when it must differ from the one the ratings give'),
      },
      {
        key: 'manualRpoMinutes',
        header: 'RPO (min)',
        required: false,
        aliases: ['rpo', 'rpominutes'],
        help: minutesHelp('A hand-set RPO, only when it must differ from the data-loss tolerance'),
      },
      {
        key: 'tier',
        header: 'Tier',
        required: false,
        aliases: ['pinnedtier'],
        help: 'A tier name to pin the process to; leave empty to let the ratings decide.',
      },
      {
        key: 'mbco',
        header: 'MBCO',
        required: false,
        help: 'Minimum business continuity objective: the capacity that must continue.',
      },
      { key: 'notes', header: 'Notes', required: false, help: 'Workshop notes.' },
    ],
    examples: [
      [
        'Customer billing',
        'Finance',
        'Ana Souza',
        'Invoices and collects payments',
        60,
        30,
        null,
        null,
        null,
        '80% of invoices within 2 days',
        '',
      ],
      [
        'Warehouse dispatch',
        'Operations',
        'Tomás Ólafsson',
        'Picks, packs and ships orders',
        120,
        240,
        null,
        null,
        'Tier 1',
        '',
        'Peak season doubles volume',
      ],
    ],
  },
  ratings: {
    kind: 'ratings',
    sheetName: 'Ratings',
    columns: [
      {
        key: 'process',
        header: 'Process',
        required: true,
        aliases: ['processname'],
        help: 'A process name: from the Processes sheet or already in the workspace.',
      },
      {
        key: 'category',
        header: 'Category',
        required: true,
        aliases: ['impactcategory'],
        help: 'An impact category, by name or id (Financial, Operational, Legal / regulatory, …).',
      },
      {
        key: 'bucket',
        header: 'Bucket',
        required: true,
        aliases: ['timebucket', 'time', 'after'],
        help: 'A time bucket, by label or id (1 h, 4 h, 8 h, 1 d, 3 d, 1 w, 2 w, 30 d).',
      },
      {
        key: 'severity',
        header: 'Severity',
        required: true,
        aliases: ['rating', 'impact'],
        help: 'Whole number 0–4 (none, minimal, moderate, significant, severe), or the word; empty clears the rating.',
      },
      {
        key: 'loss',
        header: 'Financial loss',
        required: false,
        aliases: ['loss', 'financialimpact'],
        help: 'Optional: the financial loss if an outage lasts this long, per process and bucket. Rows of one process and bucket must agree.',
      },
    ],
    examples: [
      ['Customer billing', 'Financial', '1 h', 1, 5000],
      ['Customer billing', 'Financial', '4 h', 3, 40000],
      ['Customer billing', 'Operational', '4 h', 2, null],
      ['Warehouse dispatch', 'Customer', '1 d', 'significant', null],
    ],
  },
  tiers: {
    kind: 'tiers',
    sheetName: 'Tiers',
    columns: [
      {
        key: 'name',
        header: 'Name',
        required: true,
        aliases: ['tier', 'tiername'],
        help: 'The tier. Re-importing a name updates that tier.',
      },
      { key: 'rank', header: 'Rank', required: true, help: 'Whole number 0–20; 0 is the most stringent.' },
      {
        key: 'rtoMinutes',
        header: 'RTO (min)',
        required: true,
        aliases: ['rto', 'rtominutes'],
        help: 'The recovery time the tier promises, in whole minutes.',
      },
      {
        key: 'rpoMinutes',
        header: 'RPO (min)',
        required: true,
        aliases: ['rpo', 'rpominutes'],
        help: 'The data loss the tier allows, in whole minutes.',
      },
      {
        key: 'testFrequencyDays',
        header: 'Test frequency (days)',
        required: true,
        aliases: ['testfrequency', 'testfrequencydays', 'testevery', 'testeverydays'],
        help: 'How often a DR test must prove it, in days (1–3,650).',
      },
      { key: 'description', header: 'Description', required: false, help: 'What the tier is for.' },
    ],
    examples: [
      ['Tier 0', 0, 60, 15, 90, 'Mission critical: restore first'],
      ['Tier 1', 1, 240, 60, 180, 'Business critical: the same business day'],
    ],
  },
  resources: {
    kind: 'resources',
    sheetName: 'Resources',
    columns: [
      {
        key: 'name',
        header: 'Name',
        required: true,
        aliases: ['resource', 'resourcename'],
        help: 'The resource. Kind and name together identify it on re-import.',
      },
      {
        key: 'kind',
        header: 'Kind',
        required: true,
        aliases: ['type'],
        help: `One of ${RESOURCE_KINDS.join(', ')}.`,
      },
      {
        key: 'tier',
        header: 'Tier',
        required: false,
        help: 'A tier name: from the Tiers sheet or already in the workspace.',
      },
      {
        key: 'rtoMinutes',
        header: 'RTO (min)',
        required: false,
        aliases: ['rto', 'rtominutes'],
        help: minutesHelp('Its recovery time objective'),
      },
      {
        key: 'rpoMinutes',
        header: 'RPO (min)',
        required: false,
        aliases: ['rpo', 'rpominutes'],
        help: minutesHelp('Its recovery point objective'),
      },
      {
        key: 'restoreMinutes',
        header: 'Restore (min)',
        required: false,
        aliases: ['restore', 'restoreminutes', 'restoretime', 'restoretimemin'],
        help: minutesHelp('How long a restore takes'),
      },
      { key: 'owner', header: 'Owner', required: false, help: 'The person accountable for it.' },
      { key: 'department', header: 'Department', required: false, help: 'The department that runs it.' },
      { key: 'description', header: 'Description', required: false, help: 'What it is.' },
      {
        key: 'supports',
        header: 'Supports',
        required: false,
        aliases: ['supportsprocesses', 'processes', 'usedby'],
        help: "Process names separated by ';': each of them needs this resource (a hard dependency). Re-import adds missing ones and removes none.",
      },
    ],
    examples: [
      [
        'Billing platform',
        'application',
        'Tier 1',
        240,
        60,
        120,
        'Ana Souza',
        'IT',
        'Invoicing system',
        'Customer billing',
      ],
      [
        'Primary data centre',
        'site',
        'Tier 0',
        60,
        15,
        240,
        '',
        'Facilities',
        '',
        'Customer billing; Warehouse dispatch',
      ],
      ['Backup data centre', 'site', 'Tier 0', 60, 15, 60, '', 'Facilities', 'Warm standby', ''],
      ['Billing database', 'datastore', 'Tier 1', 240, 60, 90, '', 'IT', 'Invoices and payments', ''],
    ],
  },
  dependencies: DEPENDENCIES_SHEET,
  providers: PROVIDERS_SHEET,
  contracts: CONTRACTS_SHEET,
};

/** Dependencies come after the sheets that create the nodes they name. */
export const SHEET_ORDER: ImportKind[] = [
  'tiers',
  'processes',
  'resources',
  'dependencies',
  'ratings',
  'providers',
  'contracts',
];

/** A kind as a cell spells it ("Data store", "sites") → the kind among those allowed, if any. */
export function kindFromText<K extends NodeKind>(text: string, allowed: readonly K[]): K | undefined {
  const n = normaliseHeader(text);
  return allowed.find((k) => k === n || `${k}s` === n);
}

/** Lower case, letters and digits only: "Data-loss tolerance (min)" → "datalosstolerancemin". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function matchColumn(spec: SheetSpec, header: string): ColumnSpec | undefined {
  const h = normaliseHeader(header);
  if (h === '') return undefined;
  return spec.columns.find((c) => normaliseHeader(c.header) === h || (c.aliases ?? []).includes(h));
}
