// Reads an .xlsx's worksheets into rows of plain cells (text, a number or nothing). Our own reader,
// not exceljs's streaming WorkbookReader: that one makes a single streaming pass over the ZIP and
// intermittently lost entries (exceljs issue #3064: the last worksheet silently dropped, or "Cannot
// read properties of undefined (reading 'sheets')"). This opens parts by name from the ZIP's
// central directory (xlsx-package.ts), finds the sheets through xl/workbook.xml and its
// relationships, and streams each sheet's XML through saxes, yielding rows as they are parsed, so a
// 100,000-row sheet never sits in memory as one string. Call only after checkXlsxContainer has
// passed the file (it caps the sizes this inflates).
import { AppError } from '../../../shared/contract';
import { columnLetter } from '../csv/column-letter';
import { IMPORT_LIMITS } from './limits';
import type { RawCell, RawFault, RawRow, RawSheet } from './raw';
import {
  parseStream,
  parseWorkbook,
  partText,
  readPartText,
  WORKBOOK_PART,
  WORKBOOK_RELS_PART,
  xmlParser,
} from './xlsx-package';
import { openZip, reason, zipParts, type ZipParts } from '../zip/read';

/** The highest column a worksheet may have (XFD), as a 0-based index. */
const MAX_COLUMN = 16_383;

export interface XlsxReadOptions {
  /**
   * Columns materialised per row (A… up to this count). A cell further right is skipped; one
   * holding a value becomes a fault of its row. Default 256.
   */
  maxColumns?: number;
}

/**
 * Yields each worksheet, in workbook order, with its rows. Every sheet the workbook lists is
 * yielded or an error is thrown: a part that is missing or is not well-formed XML is an Error
 * whose message names it. Each sheet's rows are read lazily and may be iterated again.
 *
 * `_sheetNames` (worksheet file number → name, from checkXlsxContainer) is no longer needed: the
 * names come from xl/workbook.xml here. It stays so callers need not change.
 */
export async function* readXlsx(
  data: Buffer,
  _sheetNames?: Map<string, string>,
  options: XlsxReadOptions = {},
): AsyncGenerator<RawSheet> {
  let parts: ZipParts;
  try {
    parts = await zipParts(await openZip(data));
  } catch (err) {
    throw new Error(`the ZIP container cannot be read: ${reason(err)}`, { cause: err });
  }
  // No close(): for a ZIP read from a buffer it frees nothing, and the sheets' rows stay readable.
  const book = parseWorkbook(
    await readPartText(parts, WORKBOOK_PART, 'the workbook part'),
    await readPartText(parts, WORKBOOK_RELS_PART, "the workbook's relationships part"),
  );
  const sheets = book.sheets.filter((s) => s.type === 'worksheet');
  for (const s of sheets) {
    if (!parts.get(s.part))
      throw new Error(`the part ${s.part} of the sheet "${s.name}" is missing from the file`);
  }
  const context: SheetContext = {
    parts,
    date1904: book.date1904,
    dateStyles:
      book.stylesPart && parts.get(book.stylesPart) ? await readDateStyles(parts, book.stylesPart) : [],
    sharedStrings: lazy(() => readSharedStrings(parts, book.sharedStringsPart)),
    maxColumns: Math.min(MAX_COLUMN + 1, Math.max(1, options.maxColumns ?? 256)),
  };
  for (const s of sheets) {
    yield { name: s.name, rows: { [Symbol.asyncIterator]: () => sheetRows(context, s.name, s.part) } };
  }
}

interface SheetContext {
  parts: ZipParts;
  date1904: boolean;
  /** By cell style index (the `s` attribute): whether its number format shows a date. */
  dateStyles: boolean[];
  /** Loaded when the first sheet is read, then cached for every sheet; undefined when the file has none. */
  sharedStrings: () => Promise<string[] | undefined>;
  maxColumns: number;
}

function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface CellState {
  col: number;
  type: string;
  style: number;
  /** The text of `<v>`, or of `<is>`'s runs; null when the cell has neither. */
  value: string | null;
}

async function* sheetRows(ctx: SheetContext, sheet: string, part: string): AsyncGenerator<RawRow> {
  const shared = await ctx.sharedStrings();
  const { maxColumns } = ctx;
  const maxChars = IMPORT_LIMITS.maxCellChars;
  const queue: RawRow[] = [];
  let inSheetData = false;
  let rowNumber = 0;
  let cells: RawCell[] | undefined;
  let faults: RawFault[] | undefined;
  let lastCol = -1;
  let cellCount = 0;
  let cell: CellState | undefined;
  // Collecting text: inside <v>, or inside an inline string's <t> (but not a phonetic run's).
  let collecting = false;
  let inInline = false;
  let inPhonetic = 0;
  let text = '';
  // Characters the current cell holds past maxChars: counted, never kept.
  let overflow = 0;
  const fault = (column: number, message: string) => (faults ??= []).push({ column, message });
  const where = (col: number) => `Sheet "${sheet}" row ${rowNumber} column ${columnLetter(col)}`;

  const xml = xmlParser(part, {
    open(name, a) {
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = true;
        else if (name === 'dimension' && a.ref !== undefined) checkDimension(sheet, a.ref);
        return;
      }
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? NaN : Number(a.r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
          faults = undefined;
          lastCol = -1;
          return;
        }
        case 'c':
          if (!cells) return;
          if (++cellCount > IMPORT_LIMITS.maxCellsPerSheet) {
            throw new AppError(
              'INVALID_INPUT',
              `Sheet "${sheet}" holds more than ${IMPORT_LIMITS.maxCellsPerSheet.toLocaleString('en-GB')} cells (reached in row ${rowNumber}); an import reads at most ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} rows of a few columns. Delete the unused cells or split the file.`,
            );
          }
          lastCol = a.r === undefined ? lastCol + 1 : columnIndex(a.r, sheet);
          if (lastCol > MAX_COLUMN)
            throw new Error(`sheet "${sheet}" has a cell beyond column XFD in row ${rowNumber}`);
          cell = { col: lastCol, type: a.t ?? 'n', style: a.s === undefined ? 0 : Number(a.s), value: null };
          return;
        case 'v':
          if (cell) {
            collecting = true;
            text = '';
            overflow = 0;
          }
          return;
        case 'is':
          if (cell) {
            inInline = true;
            text = '';
            overflow = 0;
          }
          return;
        case 'rPh':
          inPhonetic += 1;
          return;
        case 't':
          if (inInline && inPhonetic === 0) collecting = true;
          return;
      }
    },
    text(t) {
      if (!collecting) return;
      // A cell is kept only up to the cap: a 40 MB cell must not become a 40 MB string.
      const room = maxChars + 1 - text.length;
      if (t.length <= room) text += t;
      else {
        if (room > 0) text += t.slice(0, room);
        overflow += t.length - Math.max(0, room);
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case 'v':
          if (cell && collecting) cell.value = text;
          collecting = false;
          return;
        case 't':
          collecting = false;
          return;
        case 'rPh':
          inPhonetic = Math.max(0, inPhonetic - 1);
          return;
        case 'is':
          if (cell && inInline) cell.value = text;
          inInline = false;
          return;
        case 'c':
          if (cell && cells) {
            const value = cellValue(ctx, shared, cell, sheet, rowNumber);
            const length = typeof value === 'string' ? value.length + overflow : 0;
            if (cell.col >= maxColumns) {
              if (value !== null && !(typeof value === 'string' && value.trim() === '')) {
                fault(
                  cell.col,
                  `${where(cell.col)} holds a value, but an import reads only columns A to ${columnLetter(maxColumns - 1)} (the templates use fewer). Delete or move what is in column ${columnLetter(cell.col)}.`,
                );
              }
            } else if (length > maxChars) {
              // A shared string is kept only one past the cap, so its full length is unknown here.
              const held =
                overflow > 0
                  ? length.toLocaleString('en-GB')
                  : `more than ${maxChars.toLocaleString('en-GB')}`;
              fault(
                cell.col,
                `${where(cell.col)} holds ${held} characters; a cell may hold at most ${maxChars.toLocaleString('en-GB')} (Excel's own limit).`,
              );
              cells[cell.col] = null;
            } else if (value !== null) cells[cell.col] = value;
          }
          cell = undefined;
          overflow = 0;
          return;
        case 'row':
          if (cells) {
            // Sparse rows leave holes: fill them so every index up to the last value is a cell.
            for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
            queue.push(faults ? { row: rowNumber, cells, faults } : { row: rowNumber, cells });
          }
          cells = undefined;
          faults = undefined;
          return;
        case 'sheetData':
          inSheetData = false;
          return;
      }
    },
  });

  for await (const chunk of partText(part, await ctx.parts.open(part, `the part of the sheet "${sheet}"`))) {
    xml.write(chunk);
    // Hand over the rows this chunk completed before inflating more.
    for (let i = 0; i < queue.length; i++) yield queue[i]!;
    queue.length = 0;
  }
  xml.close();
  for (const row of queue) yield row;
}

/**
 * `<dimension ref="A1:D500">` declares the sheet's used range before any cell. A range of more rows
 * than an import may hold is refused before a cell is read.
 */
function checkDimension(sheet: string, ref: string): void {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?(\d+))?$/.exec(ref.trim());
  if (!m) return; // Not every writer fills it in; the cells themselves are still checked.
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  const rows = Math.abs(last - first) + 1;
  if (rows > IMPORT_LIMITS.maxRows + 1) {
    throw new AppError(
      'INVALID_INPUT',
      `Sheet "${sheet}" declares a used range of ${ref} (${rows.toLocaleString('en-GB')} rows); an import may hold at most ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} data rows. Delete the unused rows below the data (select them, Delete Rows) and save again, or split the file.`,
    );
  }
}

const CELL_REF = /^\$?([A-Za-z]+)\$?\d*$/;

/** "B7" → 1, "$AA$3" → 26. */
function columnIndex(ref: string, sheet: string): number {
  const letters = CELL_REF.exec(ref)?.[1];
  if (!letters) throw new Error(`sheet "${sheet}" has a cell whose reference "${ref}" is not a cell address`);
  if (letters.length > 3) return MAX_COLUMN + 1;
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return col - 1;
}

function cellValue(
  ctx: SheetContext,
  shared: string[] | undefined,
  cell: CellState,
  sheet: string,
  row: number,
): RawCell {
  const v = cell.value;
  if (v === null) return null;
  if (v === '') return cell.type === 'str' || cell.type === 'inlineStr' ? '' : null;
  switch (cell.type) {
    case 's': {
      if (!shared) {
        throw new Error(`sheet "${sheet}" refers to shared strings, but the file has no shared strings part`);
      }
      const s = shared[Number(v)];
      if (s === undefined) {
        throw new Error(
          `sheet "${sheet}" row ${row} refers to shared string ${v}, but the file holds only ${shared.length}`,
        );
      }
      return s;
    }
    case 'str':
    case 'inlineStr':
      return unescapeOoxml(v);
    case 'b':
      return v.trim() === '1' || v.trim().toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return v;
    case 'd': {
      const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(v);
      return iso ? iso[1]! : v;
    }
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return ctx.dateStyles[cell.style] ? (serialDate(n, ctx.date1904) ?? n) : n;
    }
  }
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return). */
function unescapeOoxml(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial date as YYYY-MM-DD (the time of day dropped), or undefined when out of range. The
 * 1900 system counts 1900-02-29, which did not exist, as day 60 (Lotus's leap-year bug).
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 0) || serial >= 2_958_466) return undefined;
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) return new Date(EPOCH_1904 + day * DAY_MS).toISOString().slice(0, 10);
  if (day === 0) return undefined; // shown as "1900-01-00"
  if (day === 60) return '1900-02-29';
  return new Date(EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

async function readSharedStrings(parts: ZipParts, part: string | undefined): Promise<string[] | undefined> {
  const name = [part, 'xl/sharedStrings.xml'].find((p) => p !== undefined && parts.get(p));
  if (!name) return undefined;
  const strings: string[] = [];
  let inItem = false;
  let inPhonetic = 0;
  let collecting = false;
  let text = '';
  await parseStream(name, await parts.open(name, 'the shared strings part'), {
    open(tag) {
      if (tag === 'si') {
        inItem = true;
        text = '';
      } else if (tag === 'rPh') inPhonetic += 1;
      else if (tag === 't' && inItem && inPhonetic === 0) collecting = true;
    },
    text(t) {
      // Kept one past the cap: the cell that uses it is refused, and a 40 MB string is never built.
      if (collecting && text.length <= IMPORT_LIMITS.maxCellChars)
        text += t.slice(0, IMPORT_LIMITS.maxCellChars + 1 - text.length);
    },
    close(tag) {
      if (tag === 't') collecting = false;
      else if (tag === 'rPh') inPhonetic = Math.max(0, inPhonetic - 1);
      else if (tag === 'si' && inItem) {
        strings.push(unescapeOoxml(text));
        inItem = false;
      }
    },
  });
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a custom format code shows a date: d, m, y or h outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return /[dmyh]/i.test(bare);
}

async function readDateStyles(parts: ZipParts, part: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  const xml = xmlParser(part, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  xml.write(await readPartText(parts, part, 'the styles part'));
  xml.close();
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}
