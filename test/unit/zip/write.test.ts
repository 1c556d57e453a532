// The one ZIP writer: entries read back with yauzl, times stamped in UTC from the given
// instant, and the same bytes for the same files and instant in any time zone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { openZip, zipParts } from '../../../electron/core/zip/read';
import { writeZip, ZipWriter } from '../../../electron/core/zip/write';

const dir = mkdtempSync(join(tmpdir(), 'steadfast-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = new Date('2026-03-02T23:58:46Z');
const files = [
  { name: 'evidence.pdf', data: Buffer.from('%PDF-1.7 not really'.repeat(200)) },
  { name: 'manifest.json', data: Buffer.from('{"a":"Ólafsson"}') },
];

async function zipped(name: string, tz: string): Promise<Buffer> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    await writeZip(join(dir, name), files, at);
  } finally {
    process.env.TZ = before;
  }
  return readFileSync(join(dir, name));
}

describe('ZipWriter', () => {
  it('writes the same bytes for the same files and instant, whatever the time zone', async () => {
    const a = await zipped('a.zip', 'UTC');
    const b = await zipped('b.zip', 'America/New_York');
    const c = await zipped('c.zip', 'Asia/Tokyo');
    expect(b.equals(a)).toBe(true);
    expect(c.equals(a)).toBe(true);
  });

  it('reads back with yauzl: names, contents and the UTC time of the instant', async () => {
    const zip = await openZip(await zipped('d.zip', 'Europe/Berlin'));
    const parts = await zipParts(zip);
    for (const f of files) {
      expect(await text(await parts.open(f.name, 'Entry'))).toBe(f.data.toString());
      const e = parts.get(f.name)!;
      // DOS date and time fields: 2026-03-02 23:58:46 (seconds in steps of two).
      expect(e.lastModFileDate).toBe(((2026 - 1980) << 9) | (3 << 5) | 2);
      expect(e.lastModFileTime).toBe((23 << 11) | (58 << 5) | 23);
    }
    zip.close();
  });

  it('streams an entry written piece by piece', async () => {
    const zip = new ZipWriter(join(dir, 'e.zip'), at, 1);
    const entry = zip.entry('xl/worksheets/sheet1.xml');
    for (let i = 0; i < 20_000; i++) {
      entry.write(`<row r="${i + 1}"><c><v>${i}</v></c></row>`);
      if (i % 1000 === 0) await zip.drain();
    }
    await entry.end();
    await zip.file('[Content_Types].xml', '<Types/>');
    await zip.close();
    const parts = await zipParts(await openZip(readFileSync(join(dir, 'e.zip'))));
    const xml = await text(await parts.open('xl/worksheets/sheet1.xml', 'Sheet'));
    expect(xml.endsWith('<row r="20000"><c><v>19999</v></c></row>')).toBe(true);
    expect(await text(await parts.open('[Content_Types].xml', 'Types'))).toBe('<Types/>');
  });
});
