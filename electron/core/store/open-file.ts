// Opens a workspace file safely: every check that can refuse the file runs before anything is
// written, and a file that holds data is backed up before it is migrated (DESIGN.md §3).
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { applyMigrations, pendingMigrations, userVersion } from './migrator';
import { backupBeforeMigration } from './backups';
import { describeOpenError, preflight } from './file-preflight';

export interface OpenedFile {
  db: Database.Database;
  created: boolean;
  migrated: string[];
  backupPath?: string;
}

function isReadOnlyFile(path: string): boolean {
  // Mode bits, not access(2): as root access() says yes to everything, yet users expect a
  // read-only file to stay untouched.
  return (statSync(path).mode & 0o222) === 0;
}

/**
 * Opens an existing workspace for reading only (another process holds it, or the caller only reads):
 * the same read-only checks, then a read-only connection, so SQLite itself refuses any write. A file
 * this version would first have to migrate cannot be read this way: NEEDS_UPGRADE tells the caller.
 */
export function openWorkspaceFileReadOnly(path: string): OpenedFile | 'needs-upgrade' {
  const fileName = basename(path);
  if (!existsSync(path)) throw new AppError('FILE_NOT_FOUND', `${fileName} does not exist.`);
  preflight(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 2000 });
    db.pragma('foreign_keys = ON');
    if (pendingMigrations(db).length > 0) {
      db.close();
      return 'needs-upgrade';
    }
    return { db, created: false, migrated: [] };
  } catch (err) {
    db?.close();
    throw describeOpenError(err, fileName);
  }
}

export async function openWorkspaceFile(
  path: string,
  opts: { create: boolean; now: Date },
): Promise<OpenedFile> {
  const fileName = basename(path);
  const present = existsSync(path);
  const exists = present && statSync(path).size > 0;
  if (!present && !opts.create) {
    throw new AppError('FILE_NOT_FOUND', `${fileName} does not exist.`);
  }
  // A 0-byte file is refused by the preflight with its own message, never treated as new.
  if (present && !exists && !opts.create) preflight(path);
  if (exists && !opts.create && isReadOnlyFile(path)) {
    throw new AppError(
      'FILE_READ_ONLY',
      `${fileName} is read-only; Steadfast records every change, so it needs a writable file.`,
    );
  }
  if (exists && opts.create) {
    throw new AppError('CONFLICT', `${fileName} already exists; open it instead.`);
  }
  let db: Database.Database | undefined;
  try {
    if (exists) preflight(path);
    db = new Database(path, { fileMustExist: exists, timeout: 2000 });
    // Probe for a writer lock before changing anything.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Freed pages are zeroed: migration 0006 drops the old private key, and nothing deleted should linger.
    db.pragma('secure_delete = ON');
    let backupPath: string | undefined;
    if (exists && pendingMigrations(db).length > 0 && userVersion(db) > 0) {
      backupPath = await backupBeforeMigration(db, path, opts.now, userVersion(db));
    }
    const migrated = applyMigrations(db, opts.now).map((m) => m.tag);
    return { db, created: !exists, migrated, backupPath };
  } catch (err) {
    db?.close();
    throw describeOpenError(err, fileName);
  }
}
