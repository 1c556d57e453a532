// A CSV with a header row, read into records by column name, collecting every problem as
// "row N, column X (name): message" so a person can fix the file in one pass.
import { AppError } from '../../../shared/contract';
import { parseInstant } from '../../../shared/domain/release';
import { columnLetter } from './column-letter';
import { readCsv } from './read';

export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

export interface CsvRecord {
  row: number;
  get(name: string): string;
}

/** Stop listing after this many problems: the first ones show what is wrong with the file. */
const MAX_PROBLEMS = 50;

export class CsvTable {
  readonly records: CsvRecord[] = [];
  readonly problems: CsvProblem[] = [];
  private readonly columns = new Map<string, number>();

  constructor(text: string, required: readonly string[], optional: readonly string[] = []) {
    // The text arrives decoded by the client; a byte-order mark can still lead it.
    const csv = readCsv(text.replace(/^\uFEFF/, ''));
    const rows = csv.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
    const header = rows.shift();
    if (!header)
      throw new AppError(
        'INVALID_INPUT',
        `The file is empty; it needs a header row: ${required.join(', ')}.`,
      );
    header.cells.forEach((c, i) => this.columns.set(c.trim().toLowerCase(), i));
    const missing = required.filter((n) => !this.columns.has(n));
    if (missing.length > 0)
      throw new AppError(
        'INVALID_INPUT',
        `Row ${header.row}: the header lacks ${missing.join(', ')} (expected ${[...required, ...optional].join(', ')}).`,
      );
    for (const r of rows) {
      this.records.push({
        row: r.row,
        get: (name) => {
          const i = this.columns.get(name);
          return i === undefined ? '' : (r.cells[i] ?? '').trim();
        },
      });
    }
    for (const f of csv.faults) {
      const name = f.column === null ? undefined : header.cells[f.column]?.trim().toLowerCase();
      this.problems.push({
        row: f.row,
        column:
          f.column === null
            ? '(whole row)'
            : name
              ? `${columnLetter(f.column)} (${name})`
              : columnLetter(f.column),
        message: f.message,
      });
    }
  }

  problem(row: number, name: string, message: string): void {
    const i = this.columns.get(name);
    const column = i === undefined ? name : `${columnLetter(i)} (${name})`;
    this.problems.push({ row, column, message });
  }

  /** Throws every problem at once; the caller writes nothing when there is any. */
  assertClean(): void {
    if (this.problems.length === 0) return;
    const shown = this.problems.slice(0, MAX_PROBLEMS);
    const more = this.problems.length - shown.length;
    throw new AppError(
      'INVALID_INPUT',
      shown.map((p) => `Row ${p.row}, column ${p.column}: ${p.message}`).join(' ') +
        (more > 0 ? ` …and ${more} more.` : ''),
      { problems: this.problems },
    );
  }

  instant(rec: CsvRecord, name: string): number | null {
    try {
      return parseInstant(rec.get(name));
    } catch (err) {
      this.problem(rec.row, name, err instanceof Error ? err.message : 'not a date-time');
      return null;
    }
  }

  number(rec: CsvRecord, name: string, opts: { integer?: boolean; min?: number } = {}): number | null {
    const raw = rec.get(name);
    const n = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(n)) this.problem(rec.row, name, `"${raw}" is not a number.`);
    else if (opts.integer && !Number.isInteger(n))
      this.problem(rec.row, name, `${raw} must be a whole number.`);
    else if (opts.min !== undefined && n < opts.min)
      this.problem(rec.row, name, `${raw} must be at least ${opts.min}.`);
    else return n;
    return null;
  }
}
