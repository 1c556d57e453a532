// Reads typed values out of one row's cells. Each failure becomes a problem naming the sheet, the
// row, the column (letter and header) and the reason with the value found; the row is then marked
// failed so nothing half-read reaches the plan.
import type { ImportProblem } from '../../../shared/contract';
import { SEVERITY_LABELS } from '../../../shared/domain/model';
import type { SheetLayout } from './headers';
import { IMPORT_LIMITS } from './limits';
import { isBlankCell, type RawCell, type RawRow } from './raw';

const MAX_MINUTES = 525_600;
const YES_NO = new Map<string, boolean>([
  ...['yes', 'true', 'hard', '1'].map((w) => [w, true] as const),
  ...['no', 'false', 'soft', '0'].map((w) => [w, false] as const),
]);
const SEVERITY_BY_WORD = new Map(Object.entries(SEVERITY_LABELS).map(([n, w]) => [w, Number(n)]));

/** The value found, as a message quotes it: numbers bare (CSV cells are text, but "7" reads as 7). */
export function shown(c: RawCell): string {
  if (typeof c === 'number') return String(c);
  const s = String(c).trim();
  if (toNumber(s) !== undefined) return s;
  return `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
}

function toNumber(c: RawCell): number | undefined {
  if (typeof c === 'number') return Number.isFinite(c) ? c : undefined;
  const s = String(c)
    .trim()
    .replace(/[\s\u00a0]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : undefined;
}

export class RowCells {
  failed = false;

  constructor(
    private readonly sheet: string,
    private readonly layout: SheetLayout,
    readonly raw: RawRow,
    private readonly problems: ImportProblem[],
  ) {}

  get row(): number {
    return this.raw.row;
  }

  has(key: string): boolean {
    return this.layout.columns.has(key);
  }

  label(key: string): string {
    return this.layout.columns.get(key)?.label ?? key;
  }

  header(key: string): string {
    return this.layout.columns.get(key)?.spec.header ?? key;
  }

  cell(key: string): RawCell {
    const col = this.layout.columns.get(key);
    return col ? (this.raw.cells[col.index] ?? null) : null;
  }

  problem(key: string, message: string): void {
    this.failed = true;
    this.problems.push({ sheet: this.sheet, row: this.row, column: this.label(key), message });
  }

  /** Trimmed text; '' when empty. A required column must not be empty. */
  text(key: string, max: number, required = false): string {
    const c = this.cell(key);
    if (isBlankCell(c)) {
      if (required) this.problem(key, `${this.header(key)} must not be empty.`);
      return '';
    }
    const s = String(c).trim();
    const limit = Math.min(max, IMPORT_LIMITS.maxCellChars);
    if (s.length > limit) {
      this.problem(
        key,
        `${this.header(key)} must be at most ${limit.toLocaleString('en-GB')} characters; found ${s.length.toLocaleString('en-GB')}.`,
      );
      return '';
    }
    return s;
  }

  /** A whole number in [min, max], or null when empty. */
  wholeNumber(key: string, min: number, max: number, what: string, required = false): number | null {
    const c = this.cell(key);
    if (isBlankCell(c)) {
      if (required) this.problem(key, `${this.header(key)} must not be empty: give ${what}.`);
      return null;
    }
    const n = toNumber(c);
    if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
      this.problem(key, `${this.header(key)} must be ${what}; found ${shown(c)}.`);
      return null;
    }
    return n;
  }

  minutes(key: string, required = false): number | null {
    return this.wholeNumber(key, 0, MAX_MINUTES, 'whole minutes from 0 to 525,600', required);
  }

  /** 0–4 or the scale's word; null when empty (which clears a rating). */
  severity(key: string): number | null {
    const c = this.cell(key);
    if (isBlankCell(c)) return null;
    const word = typeof c === 'string' ? SEVERITY_BY_WORD.get(c.trim().toLowerCase()) : undefined;
    if (word !== undefined) return word;
    const n = toNumber(c);
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > 4) {
      this.problem(
        key,
        `${this.header(key)} must be a whole number from 0 to 4 (or none, minimal, moderate, significant, severe); found ${shown(c)}.`,
      );
      return null;
    }
    return n;
  }

  /** yes/no, true/false, hard/soft or 1/0; `empty` when the cell is empty. */
  yesNo(key: string, empty: boolean): boolean {
    const c = this.cell(key);
    if (isBlankCell(c)) return empty;
    const yes = YES_NO.get(String(c).trim().toLowerCase());
    if (yes === undefined) {
      this.problem(
        key,
        `${this.header(key)} must be yes or no (or true/false, hard/soft, 1/0); found ${shown(c)}.`,
      );
      return empty;
    }
    return yes;
  }

  /** A non-negative amount, or null when empty. */
  amount(key: string): number | null {
    const c = this.cell(key);
    if (isBlankCell(c)) return null;
    const n = toNumber(c);
    if (n === undefined || n < 0 || n > 1e15) {
      this.problem(
        key,
        `${this.header(key)} must be an amount of 0 or more, without a currency sign; found ${shown(c)}.`,
      );
      return null;
    }
    return n;
  }
}
