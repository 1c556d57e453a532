// Text a sheet must give back exactly (the audit entries whose hashes `verify` recomputes), written
// in cells that neutralise() and XML cannot change. XML drops control characters and turns CR into
// LF, a cell holds 32,000 characters, and UTF-8 cannot carry a lone surrogate. Formula-like text is
// written as it is (its cell has the quotePrefix style). So:
// - text that starts with a quote gets one more: packs written before quotePrefix prefixed formula
//   triggers with a quote, and decodeCell() still reads them;
// - text XML cannot carry exactly is written as a quote and its JSON string literal ('"…"), which no
//   other text produces (a quote followed by a double quote only arises from the rule above as '');
// - long text is cut into pieces, one cell each, on continuation rows below the entry.
import { CELL_TEXT_LIMIT, neutralise } from './neutralise';

/** What a cell cannot carry exactly: characters XML drops or rewrites, and lone surrogates. */
const INEXACT =
  // eslint-disable-next-line no-control-regex -- these are the characters in question
  /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A cheap first look: text without any of these is exact as it is (almost every audit cell). */
// eslint-disable-next-line no-control-regex -- the characters in question
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff]/;
/** Pieces small enough that even JSON-escaped (at most 6 characters each) they fit a cell. */
const PLAIN_PIECE = CELL_TEXT_LIMIT - 2;
const ESCAPED_PIECE = Math.floor((CELL_TEXT_LIMIT - 4) / 6);

function encodePiece(piece: string): string {
  if (INEXACT.test(piece))
    return `'${JSON.stringify(piece).replace(/[\ufffe\uffff\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`;
  return piece.startsWith("'") ? `'${piece}` : piece;
}

/** Never cuts between the two halves of a surrogate pair. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    const c = text.charCodeAt(end - 1);
    if (end < text.length && c >= 0xd800 && c <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * The one cell that holds a short, plain `text` exactly, as neutralise() would write it; undefined
 * when the text needs exactCells(). The workbook writes 100,000 audit rows: this is their path.
 */
export function plainExactCell(text: string): string | undefined {
  if (text.length > PLAIN_PIECE || SUSPECT.test(text)) return undefined;
  return text.charCodeAt(0) === 0x27 ? `'${text}` : text;
}

/** The cells that hold `text`, first on the entry's row, the rest on continuation rows. */
export function exactCells(text: string): string[] {
  if (text === '') return [''];
  const plain = plainExactCell(text);
  if (plain !== undefined) return [plain];
  const size = INEXACT.test(text) ? ESCAPED_PIECE : PLAIN_PIECE;
  // neutralise() is the one gate every text cell passes; an encoded piece leaves it unchanged.
  return (text.length <= size ? [text] : pieces(text, size)).map((p) => neutralise(encodePiece(p)));
}

/** One cell's text back, as it was before exactCells(). */
export function decodeCell(cell: string): string {
  if (cell.startsWith(`'"`)) return JSON.parse(cell.slice(1)) as string;
  return cell.startsWith("'") ? cell.slice(1) : cell;
}
