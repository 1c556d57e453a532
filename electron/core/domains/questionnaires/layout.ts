// Where everything sits in a questionnaire workbook: the writer puts answers there and the reader
// looks for them there, so both share this one description. Rows and columns are 1-based, as a
// spreadsheet shows them.

export const FORMAT_MARKER = 'steadfast-bia-questionnaire';
export const FORMAT_VERSION = 1;
export const META_SHEET = 'steadfast';
/** Extra answer rows for the dependencies the owner knows. */
export const DEPENDENCY_ROWS = 12;

export const FIELDS = [
  { key: 'dataLossToleranceHours', label: 'Data-loss tolerance (hours of data you can afford to lose)' },
  { key: 'wrtHours', label: 'Work recovery time, WRT (hours to catch up once systems are back)' },
  { key: 'mbco', label: 'Minimum business continuity objective (MBCO: the least output you can accept)' },
  { key: 'notes', label: 'Notes' },
] as const;
export type FieldKey = (typeof FIELDS)[number]['key'];

/** Column letter of a 1-based column number. */
export function col(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export interface SheetLayout {
  headerRow: number;
  /** The row of category i is firstMatrixRow + i; bucket j sits in column firstMatrixCol + j. */
  firstMatrixRow: number;
  firstMatrixCol: number;
  /** The column that shows each category's level definitions. */
  definitionsCol: number;
  /** Answer cells of the fields, in column B. */
  fieldRow: Record<FieldKey, number>;
  dependenciesHeaderRow: number;
  firstDependencyRow: number;
  lastRow: number;
}

export function sheetLayout(categories: number, buckets: number): SheetLayout {
  const headerRow = 5;
  const firstMatrixRow = headerRow + 1;
  const afterMatrix = firstMatrixRow + categories + 1;
  const fieldRow = Object.fromEntries(FIELDS.map((f, i) => [f.key, afterMatrix + i])) as Record<
    FieldKey,
    number
  >;
  const dependenciesHeaderRow = afterMatrix + FIELDS.length + 1;
  return {
    headerRow,
    firstMatrixRow,
    firstMatrixCol: 2,
    definitionsCol: 2 + buckets + 1,
    fieldRow,
    dependenciesHeaderRow,
    firstDependencyRow: dependenciesHeaderRow + 1,
    lastRow: dependenciesHeaderRow + DEPENDENCY_ROWS,
  };
}

/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]), unique within `taken`. */
export function sheetName(processName: string, taken: Set<string>): string {
  const base =
    processName
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 28) || 'Process';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === META_SHEET; n++)
    name = `${base.slice(0, 27 - String(n).length)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
