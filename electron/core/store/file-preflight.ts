// The read-only look at a file before anything may be written to it (issue 16, item 1): is it a
// SQLite database, is it intact, is it a Steadfast workspace (not another program's database), and
// can this version own its schema. A refusal names the real cause in one sentence; the file, its
// header and its folder are left exactly as they were (no -wal/-shm files left beside it).
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { assertCompatible, SCHEMA_VERSION, userVersion } from './migrator';

const SQLITE_HEADER = 'SQLite format 3\0';

/** The 100-byte database header, or fewer bytes for a shorter file. */
function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
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
  const message = err instanceof Error ? err.message : String(err);
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
  // SQLite's answer to a header whose fields (page size, format numbers) are out of range.
  if (/unsupported file format|file is not a database/i.test(message)) {
    return new AppError(
      'FILE_CORRUPT',
      `${fileName} is damaged: its SQLite header does not describe a valid database.`,
    );
  }
  return new AppError('INTERNAL', `${fileName} could not be opened: ${message}`);
}

/** The tables a file holds, SQLite's own left out. */
function userTables(db: Database.Database): string[] {
  return db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

/** Throws unless the open file is a Steadfast workspace whose schema this version can own. */
function identify(db: Database.Database, fileName: string): void {
  const tables = userTables(db);
  const version = userVersion(db);
  if (version === 0) {
    if (tables.length === 0)
      throw new AppError(
        'FILE_NOT_WORKSPACE',
        `${fileName} is an empty SQLite database, not a Steadfast workspace. It was not changed.`,
      );
    const shown = tables.slice(0, 4).join(', ') + (tables.length > 4 ? ', …' : '');
    throw new AppError(
      'FILE_NOT_WORKSPACE',
      `${fileName} is a database of another program (tables ${shown}), not a Steadfast workspace. It was not changed.`,
      { tables: tables.slice(0, 20) },
    );
  }
  if (!tables.includes('schema_migrations') || !tables.includes('workspace'))
    throw new AppError(
      'FILE_NOT_WORKSPACE',
      `${fileName} is not a Steadfast workspace: it has a schema version but none of a workspace's records. It was not changed.`,
    );
  // The header's user_version must agree with the migrations the file records: a flipped or edited
  // header is damage, not a newer (or older) version of the app.
  const applied = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get() as number;
  if (applied !== version)
    throw new AppError(
      'FILE_CORRUPT',
      `${fileName} is damaged: its header says schema ${version} but the file records ${applied} migrations. Restore a backup; the file was not changed.`,
      { headerVersion: version, recordedMigrations: applied, appVersion: SCHEMA_VERSION },
    );
  assertCompatible(db, fileName);
  // A second record is not refused here: the state check names it as a row with no audit entry.
  const workspaces = db.prepare('SELECT count(*) FROM workspace').pluck().get() as number;
  if (workspaces === 0)
    throw new AppError(
      'FILE_CORRUPT',
      `${fileName} has no workspace record; it is damaged or was not made by Steadfast. It was not changed.`,
    );
}

function integrity(db: Database.Database, fileName: string): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    throw new AppError('FILE_CORRUPT', `${fileName} is damaged: ${problems.slice(0, 3).join('; ')}.`, {
      problems: problems.slice(0, 20),
    });
  }
}

/**
 * Read-only checks of an existing file: header, integrity, identity, version. Nothing is written,
 * not even a journal mode; the -wal/-shm files a read-only look at a WAL database creates are
 * removed again when they were not there before.
 */
export function preflight(path: string): void {
  const fileName = basename(path);
  const header = readHeader(path);
  if (header.length === 0)
    throw new AppError(
      'FILE_NOT_WORKSPACE',
      `${fileName} is empty (0 bytes), not a Steadfast workspace. If it should hold your work, restore a backup.`,
    );
  if (header.length < 16 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new AppError(
      'FILE_NOT_SQLITE',
      `${fileName} is not a Steadfast workspace (it is not a SQLite database).`,
    );
  }
  const sidecars = [`${path}-wal`, `${path}-shm`];
  const before = sidecars.map((p) => existsSync(p));
  let ro: Database.Database | undefined;
  try {
    ro = new Database(path, { readonly: true, fileMustExist: true });
    integrity(ro, fileName);
    identify(ro, fileName);
  } catch (err) {
    throw describeOpenError(err, fileName);
  } finally {
    ro?.close();
    sidecars.forEach((p, i) => {
      // Ours only: a -wal we created holds nothing (a read-only connection never writes one).
      if (!before[i] && existsSync(p) && (p.endsWith('-shm') || statSync(p).size === 0))
        rmSync(p, { force: true });
    });
  }
}
