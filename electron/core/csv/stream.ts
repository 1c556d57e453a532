// Reads a CSV file's rows one at a time, within limits, for imports: the bytes are decoded in
// chunks (a UTF-8 or UTF-16 byte-order mark honoured, else UTF-8, else Windows-1252) and fed to
// csv-parse's streaming parser, so neither the whole text nor every row is held at once, and a
// 40 MB cell is refused once it passes the record limit instead of being built.
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { CsvError, parse, type Options } from 'csv-parse';
import { columnLetter } from './column-letter';
import { detectDelimiter, faultOf, type CsvFault, type CsvRow } from './read';

export interface CsvLimits {
  /** Cells kept per row; a value further right is a fault naming its row and column. */
  maxColumns: number;
  /** Characters in one cell; a longer cell is a fault and read as empty. */
  maxCellChars: number;
}

/** Thrown when the file needs csv-parse's relaxed quotes: the caller reads it again from the start. */
export class NeedsRelaxedQuotes extends Error {}

const CHUNK = 256 * 1024;

/** The decoder a file's first bytes call for, and how many bytes of byte-order mark to skip. */
function decoderOf(data: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (data[0] === 0xff && data[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  const skip = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  // What older Excel writes for "CSV" on Windows, when the bytes are not UTF-8.
  return { decoder: new TextDecoder(isUtf8(data) ? 'utf-8' : 'windows-1252'), skip };
}

function* textChunks(data: Uint8Array): Generator<string> {
  const { decoder, skip } = decoderOf(data);
  for (let at = skip; at < data.length; at += CHUNK) {
    const text = decoder.decode(data.subarray(at, at + CHUNK), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The separator, judged on the first line (read from the first chunk only). */
export function sniffDelimiter(data: Uint8Array): string {
  const first = textChunks(data.subarray(0, 64 * 1024)).next();
  return detectDelimiter(first.done ? '' : first.value);
}

function* drain(queue: CsvRow[]): Generator<CsvRow> {
  for (let i = 0; i < queue.length; i++) yield queue[i]!;
  queue.length = 0;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const show = (d: string) => (d === '\t' ? 'tab' : `"${d}"`);

/**
 * Yields the rows in order. Faults go into `faults` as they are found: cells over the limits,
 * rows with more cells than the header, and at most one parse fault, after which no row follows.
 */
export async function* streamCsv(
  data: Uint8Array,
  limits: CsvLimits,
  faults: CsvFault[],
  relaxQuotes = false,
): AsyncGenerator<CsvRow> {
  const delimiter = sniffDelimiter(data);
  const options: Options = {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: relaxQuotes,
    skip_empty_lines: false,
    // A row of maxColumns cells at the cell limit, in bytes (UTF-8 takes up to 3 per character):
    // past this the parse stops rather than buffer a cell of any size.
    max_record_size: limits.maxColumns * limits.maxCellChars * 3,
  };
  let row = 0;
  let lastLine = 0;
  let header: number | null = null;
  // Rows parsed but not yet handed over. csv-parse's on_record keeps them here rather than in its
  // readable side: a stream that errors drops what it had buffered, and the rows before a fault
  // must still be read.
  const queue: CsvRow[] = [];
  options.on_record = (record: string[], ctx) => {
    row += 1;
    const line = lastLine + 1;
    lastLine = ctx.lines;
    queue.push({ row, line, cells: checked(record, row, line) });
    return null;
  };
  const checked = (record: string[], row: number, line: number): string[] => {
    for (let i = 0; i < record.length && i < limits.maxColumns; i++) {
      const length = record[i]!.length;
      if (length > limits.maxCellChars) {
        faults.push({
          row,
          line,
          column: i,
          message: `Row ${row} column ${columnLetter(i)} holds ${length.toLocaleString('en-GB')} characters; a cell may hold at most ${limits.maxCellChars.toLocaleString('en-GB')} (Excel's own limit).`,
        });
        record[i] = '';
      }
    }
    let cells = record;
    if (record.length > limits.maxColumns) {
      const beyond = record.findIndex((c, i) => i >= limits.maxColumns && c.trim() !== '');
      if (beyond >= 0) {
        faults.push({
          row,
          line,
          column: beyond,
          message: `Row ${row} has ${record.length.toLocaleString('en-GB')} cells with a value in column ${columnLetter(beyond)}, but an import reads only columns A to ${columnLetter(limits.maxColumns - 1)} (the templates use fewer). Delete the cells beyond them.`,
        });
      }
      cells = record.slice(0, limits.maxColumns);
    }
    if (header === null) {
      if (!isBlank(cells)) header = cells.length;
    } else if (cells.length > header && !isBlank(cells.slice(header))) {
      faults.push({
        row,
        line,
        column: header,
        message: `Row ${row} has ${cells.length} cells but the header row has ${header}: a value holding the separator (${show(delimiter)}) must be put in double quotes.`,
      });
    }
    return cells;
  };
  const parser = parse(options);
  // The error reaches the write's callback; this keeps a second report of it from being unhandled.
  parser.on('error', () => {});
  // Resolves with the parser's error, if any, once it has taken the chunk (or the end).
  const feed = (chunk: string | null) =>
    new Promise<Error | null | undefined>((resolve) => {
      parser.once('error', resolve);
      const done = (err?: Error | null) => {
        parser.off('error', resolve);
        resolve(err);
      };
      if (chunk === null) parser.end(done);
      else parser.write(chunk, done);
    });
  try {
    let err: Error | null | undefined;
    for (const chunk of textChunks(data)) {
      err = await feed(chunk);
      yield* drain(queue);
      if (err) break;
    }
    if (!err) err = await feed(null);
    yield* drain(queue);
    if (err) {
      if (!(err instanceof CsvError)) throw err;
      if (err.code === 'INVALID_OPENING_QUOTE' && !relaxQuotes) throw new NeedsRelaxedQuotes(err.message);
      faults.push(
        err.code === 'CSV_MAX_RECORD_SIZE'
          ? {
              row: row + 1,
              line: lastLine + 1,
              column: typeof err.column === 'number' ? err.column : null,
              message: `Row ${row + 1} (from line ${lastLine + 1}) is longer than an import reads (${options.max_record_size!.toLocaleString('en-GB')} bytes): a cell holds more than ${limits.maxCellChars.toLocaleString('en-GB')} characters, or a double quote opens a cell and is never closed. Reading stopped there.`,
            }
          : faultOf(err, row + 1, lastLine + 1, delimiter),
      );
    }
  } finally {
    parser.destroy();
  }
}
