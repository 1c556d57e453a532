// Reading a ZIP with yauzl from its central directory (never by a streaming pass over local headers,
// which is how exceljs's reader lost entries, exceljs issue #3064): parts are opened by name. Used
// by the spreadsheet import and by the evidence pack's audit links.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Opens the ZIP from its central directory; entries are read with `eachEntry()` or `zipParts()`. */
export function openZip(data: Buffer): Promise<yauzl.ZipFile> {
  return yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true });
}

export function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The package's parts by name. OPC part names are case-insensitive, so lookups fall back to that. */
export class ZipParts {
  private readonly byName = new Map<string, yauzl.Entry>();
  private readonly byLowerName = new Map<string, yauzl.Entry>();

  constructor(
    readonly zip: yauzl.ZipFile,
    entries: Iterable<yauzl.Entry>,
  ) {
    for (const e of entries) {
      this.byName.set(e.fileName, e);
      if (!this.byLowerName.has(e.fileName.toLowerCase())) this.byLowerName.set(e.fileName.toLowerCase(), e);
    }
  }

  get(name: string): yauzl.Entry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** The part's inflated bytes as a stream; throws naming the part when it is missing. */
  async open(name: string, what: string): Promise<Readable> {
    const entry = this.get(name);
    if (!entry) throw new Error(`${what} ${name} is missing from the file`);
    try {
      return await this.zip.openReadStreamPromise(entry);
    } catch (err) {
      throw new Error(`${what} ${name} cannot be unpacked: ${reason(err)}`, { cause: err });
    }
  }
}

/** Reads the central directory into a `ZipParts` (the ZIP must have been opened with `openZip`). */
export async function zipParts(zip: yauzl.ZipFile): Promise<ZipParts> {
  const entries: yauzl.Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return new ZipParts(zip, entries);
}
