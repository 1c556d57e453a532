// Every CSV the app reads (imports, SLO measurements, canary samples) is read here, over csv-parse.
// Cells stay the text the file holds (no type guessing); a file that breaks the format (a quote
// never closed, text after a closing quote, more cells than the header) yields the rows before the
// break and one fault naming its line and column, so nothing is silently merged into one cell.
import { CsvError, parse, type Options } from 'csv-parse/sync';

export interface CsvRow {
  /** 1-based record number: the row a spreadsheet shows for it. */
  row: number;
  /** 1-based line on which the record starts (differs from `row` after a cell with line breaks). */
  line: number;
  cells: string[];
}

export interface CsvFault {
  row: number;
  line: number;
  /** 0-based cell index, or null when the fault is not in one cell. */
  column: number | null;
  message: string;
}

export interface CsvText {
  rows: CsvRow[];
  /** Over-long rows, then at most one parse fault: parsing stops there, so it comes last. */
  faults: CsvFault[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator of the header line: whichever of comma, semicolon and tab occurs most often outside
 * quotes (ties go to the comma). csv-parse takes a separator but does not guess one; Excel writes
 * semicolons in locales with a decimal comma, and tabs in its "Unicode text".
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Text of a CSV file's bytes: a UTF-8 or UTF-16 byte-order mark is honoured, else UTF-8, else Windows-1252. */
export function decodeCsv(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // What older Excel writes for "CSV" on Windows.
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

const show = (d: string) => (d === '\t' ? 'tab' : `"${d}"`);

export function faultOf(err: CsvError, row: number, line: number, delimiter: string): CsvFault {
  const column = typeof err.column === 'number' ? err.column : null;
  // Where csv-parse stopped; for an unclosed quote that is the end of the file, so `line` is used.
  const at = typeof err.lines === 'number' && err.lines > 0 ? err.lines : line;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        row,
        line,
        column,
        message: `A double quote opens a cell on line ${line} and is never closed, so every line after it would run into that one cell. Remove the stray quote, or close it.`,
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        row,
        line: at,
        column,
        message: `On line ${at} a quoted cell goes on after its closing quote; only the separator (${show(delimiter)}) or the end of the line may follow it. Put the whole cell in quotes and double each quote inside it ("").`,
      };
    default:
      return {
        row,
        line: at,
        column,
        message: `Line ${at} is not valid CSV: ${err.message}.`,
      };
  }
}

function attempt(text: string, delimiter: string, relaxQuotes: boolean): CsvText {
  const rows: CsvRow[] = [];
  let lastLine = 0;
  let header: number | null = null;
  const faults: CsvFault[] = [];
  const options: Options = {
    delimiter,
    // CRLF, LF and a bare CR all end a record, even mixed in one file.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: relaxQuotes,
    skip_empty_lines: false,
    on_record: (record: string[], ctx) => {
      const row: CsvRow = { row: rows.length + 1, line: lastLine + 1, cells: record };
      lastLine = ctx.lines;
      rows.push(row);
      if (header === null) {
        if (!isBlank(record)) header = record.length;
      } else if (record.length > header && !isBlank(record.slice(header))) {
        faults.push({
          row: row.row,
          line: row.line,
          column: header,
          message: `Row ${row.row} has ${record.length} cells but the header row has ${header}: a value holding the separator (${show(delimiter)}) must be put in double quotes.`,
        });
      }
      // Kept above rather than in csv-parse's own result, which is lost when parsing fails.
      return null;
    },
  };
  try {
    parse(text, options);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    if (err.code === 'INVALID_OPENING_QUOTE' && !relaxQuotes) throw err;
    faults.push(faultOf(err, rows.length + 1, lastLine + 1, delimiter));
  }
  return { rows, faults, delimiter };
}

export function readCsv(text: string, delimiter = detectDelimiter(text)): CsvText {
  try {
    return attempt(text, delimiter, false);
  } catch (err) {
    // A quote inside an unquoted cell (5" pipe) is kept as a character, as spreadsheets read it;
    // only then is the file read again with csv-parse's relaxed quotes.
    if (err instanceof CsvError && err.code === 'INVALID_OPENING_QUOTE')
      return attempt(text, delimiter, true);
    throw err;
  }
}
