// Every ZIP the app writes (the evidence workbook, the pack delivered to the user, the import
// templates) is written here; every ZIP it reads is read with yauzl (imports/xlsx-package).
// Written over node:zlib rather than yazl: yazl checksums in JavaScript (buffer-crc32), which added
// about 0.3 s (+14 %) to a 100,000-row workbook against zlib's native crc32.
// One instant, in UTC, stamps every entry, so the bytes depend on the data and that instant only:
// evidence packs exported twice with the same `--at` are byte-identical in any time zone.
// Entries carry CRC and sizes in a data descriptor after the data; no ZIP64 (a pack is far below 4 GB).
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

const UTF8_AND_DESCRIPTOR = 0x0808;
const DEFLATE = 8;

/** DOS time and date of an instant, taken in UTC. (DOS times start in 1980.) */
function dosDateTime(at: Date): { time: number; date: number } {
  const d = at.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : at;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export interface ZipEntry {
  write(data: string | Buffer): void;
  /** Resolves when the entry's data and descriptor are in the file. */
  end(): Promise<void>;
}

export class ZipWriter {
  private readonly out: WriteStream;
  private readonly stamp: { time: number; date: number };
  private offset = 0;
  private readonly written: Written[] = [];
  private current: DeflateRaw | null = null;

  /** `level`: deflate level; 1 keeps a 100,000-row workbook from waiting on deflate (9 % larger than 6). */
  constructor(
    path: string,
    at: Date,
    private readonly level = 6,
  ) {
    this.out = createWriteStream(path);
    this.stamp = dosDateTime(at);
  }

  private put(b: Buffer): void {
    this.offset += b.length;
    this.out.write(b);
  }

  /** Opens an entry written piece by piece; the previous one must have ended. */
  entry(fileName: string): ZipEntry {
    const name = Buffer.from(fileName, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_AND_DESCRIPTOR, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt16LE(name.length, 26);
    const rec: Written = { name, offset: this.offset, crc: 0, compressed: 0, size: 0 };
    this.put(header);
    this.put(name);
    const deflate = createDeflateRaw({ level: this.level });
    this.current = deflate;
    deflate.on('data', (chunk: Buffer) => {
      rec.compressed += chunk.length;
      this.put(chunk);
    });
    return {
      write: (data) => {
        const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        rec.crc = crc32(b, rec.crc);
        rec.size += b.length;
        deflate.write(b);
      },
      end: async () => {
        deflate.end();
        await finished(deflate);
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(rec.crc >>> 0, 4);
        d.writeUInt32LE(rec.compressed, 8);
        d.writeUInt32LE(rec.size, 12);
        this.put(d);
        this.written.push(rec);
        this.current = null;
      },
    };
  }

  /** One whole entry. */
  async file(name: string, data: string | Buffer): Promise<void> {
    const e = this.entry(name);
    e.write(data);
    await e.end();
  }

  /** Waits while deflate or the file holds more than their buffers: large sheets never sit in memory. */
  async drain(): Promise<void> {
    if (this.current?.writableNeedDrain) await once(this.current, 'drain');
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    const start = this.offset;
    for (const w of this.written) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(UTF8_AND_DESCRIPTOR, 8);
      c.writeUInt16LE(DEFLATE, 10);
      c.writeUInt16LE(this.stamp.time, 12);
      c.writeUInt16LE(this.stamp.date, 14);
      c.writeUInt32LE(w.crc >>> 0, 16);
      c.writeUInt32LE(w.compressed, 20);
      c.writeUInt32LE(w.size, 24);
      c.writeUInt16LE(w.name.length, 28);
      c.writeUInt32LE(w.offset, 42);
      this.put(c);
      this.put(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
    this.out.end();
    await finished(this.out);
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
