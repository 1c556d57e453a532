// Stamps every local and central header of a ZIP with one instant, in UTC, so the workbook's bytes
// depend on the data and the export's time only (ZIP writers use the local time zone, or now). The
// fields are outside the compressed data and its CRC, so nothing else changes.
import { open } from 'node:fs/promises';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time and date of an instant, taken in UTC so every machine writes the same bytes. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

export async function setZipTimes(path: string, at: Date): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new Error('the workbook is not a zip file (no end record)');
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdSize);
    await file.read(cd, 0, cdSize, cdOffset);
    const { time, date } = dosDateTime(at);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    const local = Buffer.alloc(4);
    let p = 0;
    for (let n = 0; n < entries; n++) {
      if (cd.readUInt32LE(p) !== CENTRAL) throw new Error('the workbook has a damaged central directory');
      stamp.copy(cd, p + 12);
      const localOffset = cd.readUInt32LE(p + 42);
      await file.read(local, 0, 4, localOffset);
      if (local.readUInt32LE(0) !== LOCAL) throw new Error('the workbook has a damaged local header');
      await file.write(stamp, 0, 4, localOffset + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    await file.write(cd, 0, cdSize, cdOffset);
  } finally {
    await file.close();
  }
}
