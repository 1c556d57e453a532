// 0005 adds the release-readiness tables: nodes and runbooks written before it stay, and releases,
// freezes, SLOs and waivers written after it can refer to them.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS, applyMigrations } from '../../electron/core/store/migrator';
import { tempDir } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.cleanup());

it('0005 keeps nodes and runbooks written before it and lets releases refer to them', () => {
  const m = MIGRATIONS.find((x) => x.tag === '0005_releases_and_gates')!;
  const db = new Database(join(dir.path, 'm5.steadfast'));
  db.pragma('foreign_keys = ON');
  applyMigrations(db, new Date('2026-03-02T09:00:00Z'), m.index);
  db.prepare(
    "INSERT INTO node (id, kind, name, tier_id, created_at, updated_at) VALUES ('n1', 'application', 'Booking API', 'tier-1', 'x', 'x')",
  ).run();
  db.prepare(
    "INSERT INTO runbook (id, name, kind, strategy, created_at, updated_at) VALUES ('rb1', 'Rollback', 'rollback', 'other', 'x', 'x')",
  ).run();
  applyMigrations(db, new Date('2026-03-02T09:00:00Z'), m.index + 1);
  expect(db.prepare('SELECT name FROM node').pluck().all()).toEqual(['Booking API']);
  db.prepare(
    `INSERT INTO release (id, name, version, node_ids, window_start, window_end, strategy, change_type, change_size,
       rollback_runbook_id, owner, created_at, updated_at)
     VALUES ('r1', 'Booking 2.4', '2.4.0', '["n1"]', 1, 2, 'canary', 'normal', 2, 'rb1', 'Olga', 'x', 'x')`,
  ).run();
  db.prepare(
    "INSERT INTO slo (id, node_id, name, sli_kind, target_percent, window_days, created_at, updated_at) VALUES ('s1', 'n1', 'Avail', 'availability', 99.9, 30, 'x', 'x')",
  ).run();
  db.prepare(
    "INSERT INTO gate_waiver (id, release_id, check_id, justification, approver, created_at) VALUES ('g1', 'r1', 'canary', 'why', 'Ann', 'x')",
  ).run();
  expect(db.prepare('SELECT status, rollback_runbook_id FROM release').get()).toEqual({
    status: 'planned',
    rollback_runbook_id: 'rb1',
  });
  expect(db.prepare('SELECT policy_min_remaining FROM slo').pluck().get()).toBe(0);
  // A waiver of a release that does not exist is refused by the foreign key.
  expect(() =>
    db
      .prepare(
        "INSERT INTO gate_waiver (id, release_id, check_id, justification, approver, created_at) VALUES ('g2', 'nope', 'canary', 'why', 'Ann', 'x')",
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
  db.close();
});
