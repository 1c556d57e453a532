// Automatic backups beside the workspace file, made with SQLite's online backup API (never a file
// copy, which can tear a WAL database). Rolling: the newest few are kept.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';

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
  const target = join(dir, `${stamp(now)}-schema-${fromVersion}.steadfast`);
  await db.backup(target);
  prune(dir);
  return target;
}

/** @public Unused today; issue 16 (restore from a backup) lists them with it. */
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

function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.steadfast'))
    .sort();
  for (const f of files.slice(0, Math.max(0, files.length - KEEP))) rmSync(join(dir, f), { force: true });
}
