// Checks an .xlsx's ZIP container before the reader (xlsx-read.ts) parses it (ZIP readers have no
// cap of their own: exceljs accepted a 413 KB bomb expanding to 400 MiB, TOOLCHAIN.md). First the
// central directory alone, without inflating anything: entry count, declared sizes and ratios. Then
// the bytes themselves: the entries must tile the file (no hidden local entries a streaming unzipper
// would find but the directory does not list), and inflating each entry must yield exactly what it
// declares.
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { AppError } from '../../../shared/contract';
import { formatMb, IMPORT_LIMITS } from './limits';
import { openZip, reason } from '../zip/read';
import { parseWorkbook, WORKBOOK_PART, WORKBOOK_RELS_PART } from './xlsx-package';

const refuse = (message: string) => new AppError('INVALID_INPUT', message);
const n = (v: number) => v.toLocaleString('en-GB');

interface EntryInfo {
  entry: yauzl.Entry;
  name: string;
}

/** What the check learnt on the way: sheet names by worksheet file number ("1" → "Ratings"). */
export interface XlsxContainer {
  sheetNames: Map<string, string>;
}

/** Parts kept while inflating: small, and they name the sheets. */
const KEEP = new Set([WORKBOOK_PART, WORKBOOK_RELS_PART]);
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

export async function checkXlsxContainer(fileName: string, data: Buffer): Promise<XlsxContainer> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(data);
  } catch (err) {
    throw refuse(`${fileName} is damaged or not a complete .xlsx file (${reason(err)}).`);
  }
  try {
    if (zip.entryCount > IMPORT_LIMITS.maxEntries) {
      throw refuse(
        `${fileName} holds ${n(zip.entryCount)} files inside its ZIP container; an .xlsx to import may hold at most ${n(IMPORT_LIMITS.maxEntries)}. It may be a zip bomb, so it was not opened.`,
      );
    }
    // yauzl reads the directory from its end; this is where it starts (the type says boolean; it is the offset).
    const directoryOffset = Number((zip as unknown as { readEntryCursor: unknown }).readEntryCursor);
    const entries = await readDirectory(fileName, zip);
    if (!entries.some((e) => e.name === WORKBOOK_PART)) {
      throw refuse(
        `${fileName} is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml). Choose an .xlsx workbook or a .csv file.`,
      );
    }
    await checkTiling(fileName, zip, entries, directoryOffset);
    const kept = await inflateAll(fileName, zip, entries);
    return { sheetNames: sheetNamesOf(kept.get(WORKBOOK_PART) ?? '', kept.get(WORKBOOK_RELS_PART) ?? '') };
  } finally {
    zip.close();
  }
}

async function readDirectory(fileName: string, zip: yauzl.ZipFile): Promise<EntryInfo[]> {
  const out: EntryInfo[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (entry.isEncrypted())
        throw refuse(`${fileName} is password-protected; remove the password and try again.`);
      total += entry.uncompressedSize;
      if (total > IMPORT_LIMITS.maxTotalUncompressedBytes) {
        throw refuse(
          `${fileName} would expand to more than ${formatMb(IMPORT_LIMITS.maxTotalUncompressedBytes)} (its directory declares at least ${formatMb(total)} uncompressed); the limit is ${formatMb(IMPORT_LIMITS.maxTotalUncompressedBytes)}. It may be a zip bomb, so it was not opened.`,
        );
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > IMPORT_LIMITS.minRatioBytes && ratio > IMPORT_LIMITS.maxRatio) {
        throw refuse(
          `${fileName} looks like a zip bomb: its part ${name} expands ${n(Math.round(ratio))} times (${formatMb(entry.compressedSize)} to ${formatMb(entry.uncompressedSize)}); the limit is ${IMPORT_LIMITS.maxRatio} times. It was not opened.`,
        );
      }
      out.push({ entry, name });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(`${fileName} is damaged or not a complete .xlsx file (${reason(err)}).`);
  }
  return out;
}

/**
 * Entries sorted by offset must follow each other with nothing between them but a data descriptor
 * (12–24 bytes when flag bit 3 is set), and the last must end where the directory begins.
 */
async function checkTiling(
  fileName: string,
  zip: yauzl.ZipFile,
  entries: EntryInfo[],
  directoryOffset: number,
): Promise<void> {
  const sorted = [...entries].sort(
    (a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader,
  );
  let expected = 0;
  let slack = 0;
  for (const { entry, name } of sorted) {
    const start = entry.relativeOffsetOfLocalHeader;
    if (start < expected || start > expected + slack) throw hidden(fileName, name);
    let dataStart: number;
    try {
      dataStart = (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (err) {
      throw refuse(`${fileName} is damaged (${reason(err)}).`);
    }
    expected = dataStart + entry.compressedSize;
    slack = (entry.generalPurposeBitFlag & 0x8) !== 0 ? 24 : 0;
  }
  if (
    Number.isFinite(directoryOffset) &&
    (directoryOffset < expected || directoryOffset > expected + slack)
  ) {
    throw hidden(fileName, 'the end of the archive');
  }
}

function hidden(fileName: string, where: string): AppError {
  return refuse(
    `${fileName} is damaged or crafted: there is data near ${where} that its ZIP directory does not list. It was not opened.`,
  );
}

/** Inflates every entry and throws the data away, counting bytes; yauzl also fails on any size mismatch. */
async function inflateAll(
  fileName: string,
  zip: yauzl.ZipFile,
  entries: EntryInfo[],
): Promise<Map<string, string>> {
  let total = 0;
  const kept = new Map<string, string>();
  for (const { entry, name } of entries) {
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch (err) {
      throw refuse(`${fileName} is damaged: its part ${name} cannot be read (${reason(err)}).`);
    }
    const keep = KEEP.has(name) && entry.uncompressedSize <= MAX_KEPT_BYTES ? ([] as Buffer[]) : undefined;
    try {
      for await (const chunk of stream) {
        keep?.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        if (total > IMPORT_LIMITS.maxTotalUncompressedBytes) {
          throw refuse(
            `${fileName} expands to more than ${formatMb(IMPORT_LIMITS.maxTotalUncompressedBytes)} when unpacked, more than its directory declares. It may be a zip bomb, so it was not opened.`,
          );
        }
      }
    } catch (err) {
      stream.destroy();
      if (err instanceof AppError) throw err;
      throw refuse(
        `${fileName} is damaged or crafted: its part ${name} does not unpack to what its directory declares (${reason(err)}). It was not opened.`,
      );
    }
    if (keep) kept.set(name, Buffer.concat(keep).toString('utf8'));
  }
  return kept;
}

/**
 * worksheets/sheetN.xml → the sheet's name. Parts that are not well-formed leave the map empty: the
 * container is sound, and the reader reports what is wrong with them.
 */
function sheetNamesOf(workbookXml: string, relsXml: string): Map<string, string> {
  const names = new Map<string, string>();
  try {
    for (const sheet of parseWorkbook(workbookXml, relsXml).sheets) {
      const file = /sheet(\d+)\.xml$/.exec(sheet.part)?.[1];
      if (file) names.set(file, sheet.name);
    }
  } catch {
    // see above
  }
  return names;
}
