// Automatic backups beside the workspace file, made with SQLite's online backup API (never a file
// copy, which can tear a WAL database). Rolling: the newest few are kept. Three kinds: before a
// migration, after an open whose full check passed, and hourly while a person writes (each named
// for the chain head it holds).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';

const KEEP = 5;

export function backupDirFor(path: string): string {
  return join(dirname(path), `${basename(path)}.backups`);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export async function backupBeforeMigration(
  db: Database.Database,
  path: string,
  now: Date,
  fromVersion: number,
): Promise<string> {
  const dir = backupDirFor(path);
  mkdirSync(dir, { recursive: true });
  // Named for the chain head it holds: a migration that fails on every open attempt reuses the
  // backup of its first attempt instead of taking one per attempt (which rotated good backups away).
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const tag = `-schema-${fromVersion}-${head ? `${head.seq}-${head.hash.slice(0, 12)}` : 'empty'}.steadfast`;
  const existing = listBackups(path).find((f) => f.endsWith(tag));
  if (existing) return existing;
  const target = join(dir, `${stamp(now)}${tag}`);
  await db.backup(target);
  prune(dir);
  return target;
}

/** Backups being written now, by target tag: a second open of the same head does not start another. */
const inFlight = new Set<string>();

/**
 * A backup of a file whose chain and state check just passed at `head`, unless one of that very
 * head exists already (reopening an unchanged file adds nothing). Written under a temporary name and
 * renamed when complete, so a backup cut short (the file closed meanwhile) never lists as one.
 * Returns the new backup's path.
 */
export async function backupVerified(
  db: Database.Database,
  path: string,
  now: Date,
  head: { seq: number; hash: string },
): Promise<string | null> {
  const tag = `-verified-${head.seq}-${head.hash.slice(0, 12)}.steadfast`;
  const key = path + tag;
  if (inFlight.has(key) || listBackups(path).some((f) => f.endsWith(tag))) return null;
  inFlight.add(key);
  const dir = backupDirFor(path);
  const target = join(dir, `${stamp(now)}${tag}`);
  const partial = `${target}.partial`;
  try {
    // Not recursive: a workspace folder removed meanwhile is not brought back for a backup.
    if (!existsSync(dir)) mkdirSync(dir);
    await db.backup(partial);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    inFlight.delete(key);
  }
  prune(dir);
  return target;
}

/** A rolling backup is taken when the newest backup is at least this old (issue 16: hourly). */
export const ROLLING_BACKUP_MS = 60 * 60 * 1000;

/**
 * While a person works: a backup at `head` when the newest backup of the file was taken an hour or
 * more before `now` (or there is none). Taken with the backup API under a temporary name, then
 * checked (SQLite's quick_check on the copy) before it is renamed into the list; a copy that does
 * not check is deleted. Returns the new backup's path, or null when none was due.
 */
export async function backupRolling(
  db: Database.Database,
  path: string,
  now: Date,
  head: { seq: number; hash: string },
): Promise<string | null> {
  const newest = listBackups(path)
    .map((f) => describeBackupName(basename(f)).takenAt)
    .filter((t): t is string => t !== null)
    .sort()
    .at(-1);
  if (newest && now.getTime() - Date.parse(newest) < ROLLING_BACKUP_MS) return null;
  const tag = `-rolling-${head.seq}-${head.hash.slice(0, 12)}.steadfast`;
  if (inFlight.has(path + tag)) return null;
  inFlight.add(path + tag);
  const dir = backupDirFor(path);
  const target = join(dir, `${stamp(now)}${tag}`);
  const partial = `${target}.partial`;
  try {
    if (!existsSync(dir)) mkdirSync(dir);
    await db.backup(partial);
    const copy = new Database(partial, { readonly: true });
    const ok = (() => {
      try {
        return copy.pragma('quick_check', { simple: true }) === 'ok';
      } finally {
        copy.close();
        // A read-only look at a WAL file leaves -wal/-shm beside it; nobody else opens a .partial.
        for (const side of ['-wal', '-shm']) rmSync(partial + side, { force: true });
      }
    })();
    if (!ok) {
      rmSync(partial, { force: true });
      return null;
    }
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    inFlight.delete(path + tag);
  }
  prune(dir);
  return target;
}

/** The backups of `path`, oldest first (their names start with the time they were taken). */
export function listBackups(path: string): string[] {
  const dir = backupDirFor(path);
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.steadfast'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** When and why a backup was taken, read from its name. */
export function describeBackupName(fileName: string): {
  takenAt: string | null;
  reason: 'migration' | 'verified' | 'rolling' | 'other';
} {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(schema|verified|rolling)-/.exec(fileName);
  if (!m) return { takenAt: null, reason: 'other' };
  return {
    takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`,
    reason: m[6] === 'schema' ? 'migration' : m[6] === 'rolling' ? 'rolling' : 'verified',
  };
}

/** Keeps the newest KEEP backups, and the newest verified one however old it is. */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.steadfast'))
    .sort();
  const newestVerified = files.filter((f) => describeBackupName(f).reason === 'verified').at(-1);
  for (const f of files.slice(0, Math.max(0, files.length - KEEP)))
    if (f !== newestVerified) rmSync(join(dir, f), { force: true });
}
