// Opens a workspace file safely: every check that can refuse the file runs before anything is
// written, and a file that holds data is backed up before it is migrated (DESIGN.md §3).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { applyMigrations, assertCompatible, pendingMigrations, userVersion } from './migrator';
import { backupBeforeMigration } from './backups';

const SQLITE_HEADER = 'SQLite format 3\0';

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function sqliteCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

/** Turns SQLite's failures into errors that name the file and say what to do. */
export function describeOpenError(err: unknown, fileName: string): AppError {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err) ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'FILE_LOCKED',
      `${fileName} is locked by another program. Close it there and try again.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('FILE_READ_ONLY', `${fileName} cannot be written (read-only file or folder).`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new AppError('FILE_CORRUPT', `${fileName} is damaged and cannot be opened.`);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', `${fileName} could not be opened: ${message}`);
}

export interface OpenedFile {
  db: Database.Database;
  created: boolean;
  migrated: string[];
  backupPath?: string;
}

/** Read-only checks: header, integrity, version. Nothing is written, not even a journal mode. */
function preflight(path: string, fileName: string): void {
  if (!hasSqliteHeader(path)) {
    throw new AppError(
      'FILE_NOT_SQLITE',
      `${fileName} is not a Steadfast workspace (it is not a SQLite database).`,
    );
  }
  const ro = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = ro.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length > 0) {
      throw new AppError('FILE_CORRUPT', `${fileName} is damaged: ${problems.slice(0, 3).join('; ')}.`, {
        problems: problems.slice(0, 20),
      });
    }
    assertCompatible(ro, fileName);
  } finally {
    ro.close();
  }
}

function isReadOnlyFile(path: string): boolean {
  // Mode bits, not access(2): as root access() says yes to everything, yet users expect a
  // read-only file to stay untouched.
  return (statSync(path).mode & 0o222) === 0;
}

export async function openWorkspaceFile(
  path: string,
  opts: { create: boolean; now: Date },
): Promise<OpenedFile> {
  const fileName = basename(path);
  const exists = existsSync(path) && statSync(path).size > 0;
  if (!exists && !opts.create) {
    throw new AppError('FILE_NOT_FOUND', `${fileName} does not exist.`);
  }
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
    if (exists) preflight(path, fileName);
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
