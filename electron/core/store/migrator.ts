// Applies the embedded migrations in one transaction and refuses files this version cannot own:
// a file from a newer version, or one whose applied migrations differ from ours (STYLE.md, "Safe
// migrations"). PRAGMA user_version holds the number of migrations applied.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { EMBEDDED_MIGRATIONS } from './migrations/embedded';

export interface Migration {
  index: number;
  tag: string;
  statements: string[];
  hash: string;
}

export const MIGRATIONS: readonly Migration[] = EMBEDDED_MIGRATIONS.map((m, index) => ({
  index,
  tag: m.tag,
  statements: m.sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
  hash: createHash('sha256').update(m.sql).digest('hex'),
}));

export const SCHEMA_VERSION = MIGRATIONS.length;

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws unless this app version can open the file as it stands. Reads only. */
export function assertCompatible(db: Database.Database, fileName: string): void {
  const version = userVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new AppError(
      'FILE_FROM_NEWER_VERSION',
      `${fileName} was written by a newer version of Steadfast (schema ${version}; this version knows ${SCHEMA_VERSION}). Update Steadfast to open it; the file was not changed.`,
      { fileVersion: version, appVersion: SCHEMA_VERSION },
    );
  }
  if (version === 0) return;
  const applied = db.prepare('SELECT idx, tag, hash FROM schema_migrations ORDER BY idx').all() as {
    idx: number;
    tag: string;
    hash: string;
  }[];
  for (const row of applied) {
    const ours = MIGRATIONS[row.idx];
    if (!ours || ours.tag !== row.tag || ours.hash !== row.hash) {
      throw new AppError(
        'MIGRATION_CHANGED',
        `${fileName} records migration ${row.idx} (${row.tag}) with a different content from this version's. The file was not changed.`,
      );
    }
  }
}

export function pendingMigrations(db: Database.Database): Migration[] {
  return MIGRATIONS.slice(userVersion(db));
}

/** Applies every pending migration in one transaction: all of them or none. */
export function applyMigrations(db: Database.Database, now: Date, upTo = SCHEMA_VERSION): Migration[] {
  const pending = pendingMigrations(db).filter((m) => m.index < upTo);
  if (pending.length === 0) return [];
  db.transaction(() => {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, hash TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const record = db.prepare(
      'INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const m of pending) {
      for (const statement of m.statements) db.exec(statement);
      record.run(m.index, m.tag, m.hash, now.toISOString());
    }
    db.pragma(`user_version = ${pending[pending.length - 1]!.index + 1}`);
  })();
  return pending;
}
