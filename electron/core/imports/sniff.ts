// What kind of file the user picked, judged by its bytes rather than its name: a ZIP (an .xlsx),
// CSV text, or something else that gets a message naming what it looks like.
import { AppError } from '../../../shared/contract';
import { decodeCsv } from '../csv/read';

export type Sniffed = { type: 'zip' } | { type: 'text' };

const SIGNATURES: { bytes: number[]; looksLike: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    looksLike: 'an old Excel 97–2003 .xls or another Office file; save it as .xlsx',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  {
    bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65],
    looksLike: 'a SQLite database (a workspace file? open it instead)',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document' },
];

function startsWith(data: Buffer, bytes: number[]): boolean {
  return data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
}

export function notSpreadsheet(fileName: string, looksLike: string): AppError {
  return new AppError(
    'INVALID_INPUT',
    `${fileName} is not a spreadsheet (it looks like ${looksLike}). Choose an .xlsx workbook or a .csv file.`,
  );
}

/** No bytes, or only a byte-order mark and white space. */
function isBlank(data: Buffer): boolean {
  if (data.length > 64 * 1024) return false;
  return decodeCsv(data).trim() === '';
}

/** Excel's "Unicode text" and some CSV exports: UTF-16 with a byte-order mark (full of NUL bytes). */
function isUtf16(data: Buffer): boolean {
  return startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]);
}

export function sniff(fileName: string, data: Buffer): Sniffed {
  if (isBlank(data)) throw new AppError('INVALID_INPUT', `${fileName} is empty: there is nothing to import.`);
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return { type: 'zip' };
  if (startsWith(data, [0x50, 0x4b, 0x05, 0x06])) {
    throw new AppError('INVALID_INPUT', `${fileName} is an empty ZIP archive: there is nothing to import.`);
  }
  for (const s of SIGNATURES) if (startsWith(data, s.bytes)) throw notSpreadsheet(fileName, s.looksLike);
  if (isUtf16(data)) return { type: 'text' };
  // Other text has no NUL bytes: UTF-8 or a code page.
  if (data.subarray(0, 8192).includes(0)) throw notSpreadsheet(fileName, 'a binary file');
  return { type: 'text' };
}
