// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, a byte-order mark, and the
// semicolon that spreadsheets use as the separator in locales with a decimal comma. Written here
// rather than using exceljs's CSV reader because that one builds an in-memory Workbook and guesses
// types (dates, numbers) from text; this keeps every cell as the text the file holds and yields
// records with the row number a spreadsheet would show.
import type { RawRow } from './raw';

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what older Excel writes). */
export function decodeText(data: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the first line outside quotes: a comma unless only semicolons (or tabs) appear. */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 64 * 1024; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]! += 1;
  }
  if (counts[',']! > 0) return ',';
  if (counts[';']! > 0) return ';';
  return counts['\t']! > 0 ? '\t' : ',';
}

/** Yields each record with its 1-based row number; a record may span lines inside quotes. */
export function* parseCsv(text: string, separator = detectSeparator(text)): Generator<RawRow> {
  let row = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const len = text.length;
  const endRecord = (): RawRow => {
    cells.push(cell);
    const out: RawRow = { row, cells };
    cells = [];
    cell = '';
    row += 1;
    return out;
  };
  while (i < len) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      // Copy a run of ordinary characters at once: far faster than one at a time.
      const next = text.indexOf('"', i);
      const stop = next === -1 ? len : next;
      cell += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      yield endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += c;
      i += 1;
    }
  }
  if (cell !== '' || cells.length > 0) yield endRecord();
}
