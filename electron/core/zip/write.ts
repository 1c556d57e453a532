// Every ZIP the app writes (the evidence workbook, the pack delivered to the user, the import
// templates) is written here with yazl; every ZIP it reads is read with yauzl (imports/xlsx-package).
// One instant stamps every entry, so the bytes depend on the data and that instant only: evidence
// packs exported twice with the same `--at` are byte-identical.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/**
 * yazl writes DOS times from a Date's local fields; this Date's local fields are `at` in UTC, so a
 * machine in any time zone writes the same bytes. (DOS times start in 1980.)
 */
function stamp(at: Date): Date {
  if (at.getUTCFullYear() < 1980) return new Date(1980, 0, 1);
  return new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
}

export interface ZipEntry {
  write(text: string): void;
  /** Resolves when yazl has taken in the entry's data. */
  end(): Promise<void>;
}

export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly out: WriteStream;
  private readonly options: { mtime: Date; forceDosTimestamp: true; compressionLevel: number };
  private current: PassThrough | null = null;
  private failure: Error | null = null;

  /** `level`: deflate level; 1 keeps a 100,000-row workbook from waiting on deflate (9 % larger than 6). */
  constructor(path: string, at: Date, level = 6) {
    this.out = createWriteStream(path);
    // The extended timestamp field is left out: it would carry the shifted local time of stamp().
    this.options = { mtime: stamp(at), forceDosTimestamp: true, compressionLevel: level };
    const fail = (err: Error) => (this.failure ??= err);
    this.zip.on('error', fail);
    this.zip.outputStream.on('error', fail);
    this.zip.outputStream.pipe(this.out);
  }

  /** Opens an entry written piece by piece; the previous one must have ended. */
  entry(name: string): ZipEntry {
    const input = new PassThrough();
    this.current = input;
    this.zip.addReadStream(input, name, this.options);
    return {
      write: (text) => {
        input.write(text, 'utf8');
      },
      end: async () => {
        input.end();
        await finished(input);
        this.current = null;
      },
    };
  }

  /** One whole entry. */
  async file(name: string, data: string | Buffer): Promise<void> {
    const e = this.entry(name);
    if (typeof data === 'string') e.write(data);
    else this.current!.write(data);
    await e.end();
  }

  /** Waits while the entry or the file holds more than their buffers: large sheets never sit in memory. */
  async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.current?.writableNeedDrain) await once(this.current, 'drain');
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.zip.end();
    await finished(this.out);
    if (this.failure) throw this.failure;
  }

  destroy(): void {
    this.current?.destroy();
    this.out.destroy();
  }
}

/** A ZIP of whole files, each stamped with `at`. */
export async function writeZip(
  path: string,
  files: { name: string; data: Buffer }[],
  at: Date,
): Promise<void> {
  const zip = new ZipWriter(path, at);
  try {
    for (const f of files) await zip.file(f.name, f.data);
    await zip.close();
  } catch (err) {
    zip.destroy();
    throw err;
  }
}
