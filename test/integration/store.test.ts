import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION, applyMigrations } from '../../electron/core/store/migrator';
import { openWorkspaceFile } from '../../electron/core/store/open-file';
import { backupDirFor } from '../../electron/core/store/backups';
import * as schema from '../../electron/core/store/schema';
import { renderEmbedded } from '../../scripts/embed-migrations';
import { tempDir } from '../fixtures/session';

const now = new Date('2026-03-02T09:00:00Z');
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function expectRefused(path: string, code: string, pattern: RegExp) {
  await expect(openWorkspaceFile(path, { create: false, now })).rejects.toMatchObject({
    code,
    message: expect.stringMatching(pattern),
  });
}

/** A workspace file as Workspace.create leaves it: every migration and one workspace record. */
async function newWorkspaceFile(path: string): Promise<void> {
  const { db } = await openWorkspaceFile(path, { create: true, now });
  db.prepare("INSERT INTO workspace (id, name, created_at, updated_at) VALUES ('w1', 'W', 'x', 'x')").run();
  db.close();
}

/** Refused, byte for byte unchanged, and nothing left beside it. */
async function expectRefusedUntouched(path: string, code: string, pattern: RegExp) {
  const before = sha(path);
  await expectRefused(path, code, pattern);
  expect(sha(path)).toBe(before);
  expect(readdirSync(dir.path).filter((f) => f.startsWith(basename(path)) && f !== basename(path))).toEqual(
    [],
  );
}

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

describe('migrations', () => {
  it('embedded copy matches the SQL files drizzle-kit wrote', () => {
    const embedded = readFileSync('electron/core/store/migrations/embedded.ts', 'utf8');
    expect(embedded).toBe(renderEmbedded());
  });

  it('applies every migration from empty and yields the schema the code declares', async () => {
    const path = join(dir.path, 'new.steadfast');
    const { db, migrated } = await openWorkspaceFile(path, { create: true, now });
    expect(migrated).toEqual(MIGRATIONS.map((m) => m.tag));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    for (const table of Object.values(schema)) {
      if (!is(table, SQLiteTable)) continue; // the schema also exports its enums' values
      const cfg = getTableConfig(table);
      const cols = (db.prepare(`PRAGMA table_info(${cfg.name})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      expect(cols.sort(), cfg.name).toEqual(cfg.columns.map((c) => c.name).sort());
    }
    db.close();
  });

  it('0001 makes the audit log append-only, keeping entries written before it', () => {
    const db = new Database(join(dir.path, 'm.steadfast'));
    applyMigrations(db, now, 1);
    db.prepare(
      "INSERT INTO audit_log (seq, at, actor_name, actor_role, action, entity, entity_id, prev_hash, hash) VALUES (1, 'x', 'a', 'r', 'act', 'e', 'id', 'p', 'h')",
    ).run();
    db.prepare("UPDATE audit_log SET action = 'changed' WHERE seq = 1").run();
    applyMigrations(db, now);
    expect(db.prepare('SELECT action FROM audit_log').get()).toEqual({ action: 'changed' });
    expect(() => db.prepare("UPDATE audit_log SET action = 'again'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('backs up a file that holds data before migrating it', async () => {
    const path = join(dir.path, 'old.steadfast');
    const db = new Database(path);
    applyMigrations(db, now, 1);
    db.prepare(
      "INSERT INTO workspace (id, name, created_at, updated_at) VALUES ('w1', 'Old data', 'x', 'x')",
    ).run();
    db.close();
    const opened = await openWorkspaceFile(path, { create: false, now });
    expect(opened.migrated).toEqual(MIGRATIONS.slice(1).map((m) => m.tag));
    expect(opened.backupPath).toBeDefined();
    opened.db.close();
    const backups = readdirSync(backupDirFor(path));
    expect(backups).toHaveLength(1);
    const copy = new Database(join(backupDirFor(path), backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT name FROM workspace').get()).toEqual({ name: 'Old data' });
    copy.close();
  });

  it('a migration that fails on every attempt takes one backup, and no good backup is rotated away', async () => {
    const path = join(dir.path, 'stuck.steadfast');
    const db = new Database(path);
    applyMigrations(db, now, SCHEMA_VERSION - 1);
    db.prepare("INSERT INTO workspace (id, name, created_at, updated_at) VALUES ('w1', 'W', 'x', 'x')").run();
    // A table in the way of the last migration: it fails, and rolls back, on every open.
    const lastCreates = /CREATE TABLE `(\w+)`/.exec(MIGRATIONS.at(-1)!.statements.join('\n'));
    db.exec(`CREATE TABLE "${lastCreates![1]}" (x)`);
    db.close();
    const backups = backupDirFor(path);
    mkdirSync(backups);
    const good = join(backups, '2026-01-01T00-00-00-000Z-verified-12-abcdefabcdef.steadfast');
    copyFileSync(path, good);
    for (let i = 0; i < 5; i++) {
      const extra = join(
        backups,
        `2026-02-0${i + 1}T00-00-00-000Z-schema-5-${20 + i}-abcdefabcdef.steadfast`,
      );
      copyFileSync(path, extra);
    }
    for (let attempt = 0; attempt < 7; attempt++)
      await expect(
        openWorkspaceFile(path, { create: false, now: new Date(now.getTime() + attempt * 1000) }),
      ).rejects.toThrow();
    const names = readdirSync(backups);
    // One new backup however many attempts; the five older ones rotate, the only verified one stays.
    expect(names.filter((f) => f.startsWith('2026-03-02'))).toHaveLength(1);
    expect(names).toContain(basename(good));
    expect(names).toHaveLength(6);
  });
});

describe('refusing files', () => {
  it('refuses a file from a newer version and leaves it byte-identical', async () => {
    const path = join(dir.path, 'future.steadfast');
    const db = new Database(path);
    applyMigrations(db, now);
    db.prepare("INSERT INTO workspace (id, name, created_at, updated_at) VALUES ('w1', 'W', 'x', 'x')").run();
    // A newer version records the migrations it applied, as this one does.
    const record = db.prepare(
      "INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, 'future', 'h', 'x')",
    );
    for (let i = SCHEMA_VERSION; i < SCHEMA_VERSION + 3; i++) record.run(i);
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    const before = sha(path);
    await expectRefused(path, 'FILE_FROM_NEWER_VERSION', /future\.steadfast was written by a newer version/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a file that is not SQLite, naming it', async () => {
    const path = join(dir.path, 'report.steadfast');
    writeFileSync(path, '%PDF-1.7\n% not a database\n'.repeat(100));
    const before = sha(path);
    await expectRefused(path, 'FILE_NOT_SQLITE', /report\.steadfast is not a Steadfast workspace/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a corrupt file', async () => {
    const path = join(dir.path, 'broken.steadfast');
    const { db } = await openWorkspaceFile(path, { create: true, now });
    const insert = db.prepare('INSERT INTO workspace (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 400; i++) insert.run(`w${i}`, 'x'.repeat(200), 'a', 'b');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    // Scribble over the middle pages, leaving the header intact.
    bytes.fill(0x5a, 4096 * 2, 4096 * 6);
    writeFileSync(path, bytes);
    await expectRefused(path, 'FILE_CORRUPT', /broken\.steadfast is damaged/);
  });

  it('refuses a read-only file without touching it', async () => {
    const path = join(dir.path, 'ro.steadfast');
    await newWorkspaceFile(path);
    chmodSync(path, 0o444);
    const before = sha(path);
    await expectRefused(path, 'FILE_READ_ONLY', /ro\.steadfast is read-only/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a file another program holds the write lock on', async () => {
    const path = join(dir.path, 'busy.steadfast');
    await newWorkspaceFile(path);
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    try {
      await expectRefused(path, 'FILE_LOCKED', /busy\.steadfast is locked by another program/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it("refuses another program's SQLite database untouched, in either journal mode", async () => {
    for (const [name, wal] of [
      ['inventory.steadfast', false],
      ['inventory-wal.steadfast', true],
    ] as const) {
      const path = join(dir.path, name);
      const db = new Database(path);
      if (wal) db.pragma('journal_mode = WAL');
      db.exec(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT); INSERT INTO items (label) VALUES ('a')",
      );
      db.close();
      await expectRefusedUntouched(
        path,
        'FILE_NOT_WORKSPACE',
        new RegExp(`${name.replace('.', '\\.')} is a database of another program \\(tables items\\)`),
      );
    }
  });

  it('refuses a foreign database whose table names clash with ours, untouched', async () => {
    const path = join(dir.path, 'clash.steadfast');
    const db = new Database(path);
    db.exec('CREATE TABLE node (x); CREATE TABLE impact_category (id TEXT PRIMARY KEY)');
    db.close();
    await expectRefusedUntouched(
      path,
      'FILE_NOT_WORKSPACE',
      /clash\.steadfast is a database of another program/,
    );
  });

  it('refuses an empty SQLite database and a 0-byte file, each with its own cause', async () => {
    const empty = join(dir.path, 'empty-db.steadfast');
    const db = new Database(empty);
    db.exec('CREATE TABLE t (x); DROP TABLE t');
    db.close();
    await expectRefusedUntouched(
      empty,
      'FILE_NOT_WORKSPACE',
      /empty-db\.steadfast is an empty SQLite database/,
    );
    const zero = join(dir.path, 'zero.steadfast');
    writeFileSync(zero, '');
    await expectRefusedUntouched(zero, 'FILE_NOT_WORKSPACE', /zero\.steadfast is empty \(0 bytes\)/);
  });

  it('calls an edited or flipped schema version damage, not another version', async () => {
    const lowered = join(dir.path, 'lowered.steadfast');
    await newWorkspaceFile(lowered);
    const db = new Database(lowered);
    db.pragma('user_version = 2');
    db.close();
    await expectRefusedUntouched(
      lowered,
      'FILE_CORRUPT',
      new RegExp(
        `lowered\\.steadfast is damaged: its header says schema 2 but the file records ${SCHEMA_VERSION} migrations`,
      ),
    );
    const flipped = join(dir.path, 'flipped.steadfast');
    await newWorkspaceFile(flipped);
    const bytes = readFileSync(flipped);
    bytes[61] = bytes[61]! ^ 0x04; // user_version is the big-endian integer at offset 60
    writeFileSync(flipped, bytes);
    await expectRefusedUntouched(
      flipped,
      'FILE_CORRUPT',
      /flipped\.steadfast is damaged: its header says schema \d+/,
    );
  });

  it('calls a damaged header field damage, not an internal error', async () => {
    const path = join(dir.path, 'header.steadfast');
    await newWorkspaceFile(path);
    const bytes = readFileSync(path);
    bytes[18] = 7; // the file format write version: 1 (legacy) or 2 (WAL), nothing else
    bytes[19] = 7;
    writeFileSync(path, bytes);
    await expectRefusedUntouched(path, 'FILE_CORRUPT', /header\.steadfast is damaged/);
  });

  it('refuses a missing file', async () => {
    await expectRefused(join(dir.path, 'nope.steadfast'), 'FILE_NOT_FOUND', /nope\.steadfast does not exist/);
  });
});

describe('each migration keeps the data written before it', () => {
  for (const m of MIGRATIONS.slice(1)) {
    it(`${m.tag}`, () => {
      const db = new Database(join(dir.path, `${m.tag}.steadfast`));
      applyMigrations(db, now, m.index);
      db.prepare(
        "INSERT INTO workspace (id, name, created_at, updated_at) VALUES ('w1', 'Before', 'x', 'x')",
      ).run();
      applyMigrations(db, now, m.index + 1);
      expect(db.prepare('SELECT name FROM workspace').all()).toEqual([{ name: 'Before' }]);
      expect(db.pragma('user_version', { simple: true })).toBe(m.index + 1);
      db.close();
    });
  }

  it('0003 gives every workspace the default registers of DESIGN.md', async () => {
    const { db } = await openWorkspaceFile(join(dir.path, 'defaults.steadfast'), { create: true, now });
    expect(db.prepare('SELECT id FROM impact_category ORDER BY position').pluck().all()).toEqual([
      'financial',
      'operational',
      'legal-regulatory',
      'customer',
      'reputational',
      'health-safety',
    ]);
    expect(db.prepare('SELECT minutes FROM time_bucket ORDER BY minutes').pluck().all()).toEqual([
      60, 240, 480, 1440, 4320, 10080, 20160, 43200,
    ]);
    expect(db.prepare('SELECT name, rto_minutes, rpo_minutes FROM tier ORDER BY rank').all()).toEqual([
      { name: 'Tier 0', rto_minutes: 60, rpo_minutes: 15 },
      { name: 'Tier 1', rto_minutes: 240, rpo_minutes: 60 },
      { name: 'Tier 2', rto_minutes: 1440, rpo_minutes: 240 },
      { name: 'Tier 3', rto_minutes: 4320, rpo_minutes: 1440 },
    ]);
    db.close();
  });
});
