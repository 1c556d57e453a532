// Unpacks a pack's zip (the one the app exports) into a fresh folder so `verify` checks it as a
// folder. A pack is a flat handful of files, so anything else is refused before a byte is written:
// names with folders, "..", absolute or drive paths, symbolic links, duplicate names, more entries or
// more bytes than any pack holds. yauzl checks each entry's size against what it inflates to.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type yauzl from 'yauzl';
import { AppError } from '../../../shared/contract';
import { openZip, reason } from './read';

export interface ExtractLimits {
  maxEntries: number;
  /** Inflated bytes over all entries. */
  maxBytes: number;
}

/** A pack holds four files; its workbook of 100,000 audit entries is tens of megabytes. */
export const PACK_LIMITS: ExtractLimits = { maxEntries: 32, maxBytes: 2 * 1024 ** 3 };

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function refuse(zipPath: string, why: string): AppError {
  return new AppError('INVALID_INPUT', `${zipPath} is not a pack zip this can check: ${why}.`);
}

/** Why a name cannot be a pack file, or undefined when it can. */
function unsafeName(name: string): string | undefined {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name))
    return `it holds an absolute path (${name})`;
  if (name.split(/[/\\]/).includes('..')) return `it holds a path that climbs out of its folder (${name})`;
  if (/[/\\]/.test(name)) return `it holds a folder (${name}); a pack is a flat set of files`;
  if (name === '' || name === '.' || name.startsWith('.'))
    return `it holds a hidden or empty name (${JSON.stringify(name)})`;
  return undefined;
}

function isSymlink(entry: yauzl.Entry): boolean {
  // The Unix mode sits in the high 16 bits of the external attributes when made on Unix.
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}

/** Extracts into a new temporary folder; the caller removes it with `dispose()`. */
export async function extractPackZip(
  zipPath: string,
  limits: ExtractLimits = PACK_LIMITS,
): Promise<{ folder: string; dispose: () => Promise<void> }> {
  if ((await stat(zipPath)).size > limits.maxBytes) throw refuse(zipPath, 'it is larger than any pack');
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(await readFile(zipPath));
  } catch (err) {
    throw refuse(zipPath, reason(err));
  }
  const folder = await mkdtemp(join(tmpdir(), 'steadfast-verify-'));
  const dispose = () => rm(folder, { recursive: true, force: true });
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refuse(zipPath, `it holds ${zip.entryCount} entries, more than any pack (${limits.maxEntries})`);
    const entries: yauzl.Entry[] = [];
    let total = 0;
    const seen = new Set<string>();
    try {
      for await (const entry of zip.eachEntry()) entries.push(entry);
    } catch (err) {
      throw refuse(zipPath, reason(err));
    }
    for (const entry of entries) {
      const why = unsafeName(entry.fileName);
      if (why) throw refuse(zipPath, why);
      if (isSymlink(entry)) throw refuse(zipPath, `${entry.fileName} is a symbolic link`);
      if (seen.has(entry.fileName.toLowerCase())) throw refuse(zipPath, `${entry.fileName} appears twice`);
      seen.add(entry.fileName.toLowerCase());
      total += entry.uncompressedSize;
      if (total > limits.maxBytes) throw refuse(zipPath, 'it unpacks to more bytes than any pack holds');
    }
    for (const entry of entries) {
      let data: Buffer;
      try {
        data = await buffer(await zip.openReadStreamPromise(entry));
      } catch (err) {
        throw refuse(zipPath, `${entry.fileName} cannot be unpacked: ${reason(err)}`);
      }
      // 'wx': never follow or overwrite anything already there (the folder is new and ours).
      await writeFile(join(folder, entry.fileName), data, { flag: 'wx' });
    }
    return { folder, dispose };
  } catch (err) {
    await dispose();
    throw err;
  } finally {
    zip.close();
  }
}
