// 0007 moves a process's tier, RTO and RPO from its node row into its BIA as overrides (issue 13
// item 2), where the BIA has none; resources keep their own targets; releases gain gate_passage.
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

it('0007 turns targets typed on process rows into BIA overrides and keeps resource targets', () => {
  const m = MIGRATIONS.find((x) => x.tag === '0006_release_gate_passage')!;
  const db = new Database(join(dir.path, 'm7.steadfast'));
  db.pragma('foreign_keys = ON');
  const at = new Date('2026-03-02T09:00:00Z');
  applyMigrations(db, at, m.index);
  const node = db.prepare(
    'INSERT INTO node (id, kind, name, tier_id, rto_minutes, rpo_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  node.run('p1', 'process', 'Freight booking', 'tier-2', 240, 30, 'x', 'x');
  node.run('p2', 'process', 'Payroll', 'tier-3', 600, null, 'x', 'x');
  node.run('a1', 'application', 'Booking API', 'tier-1', 120, 15, 'x', 'x');
  const bia = db.prepare(
    "INSERT INTO bia (process_id, manual_rto_minutes, pinned_tier_id, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
  );
  bia.run('p1', null, null);
  // p2's BIA already has its own override: the BIA's wins.
  bia.run('p2', 480, 'tier-1');
  applyMigrations(db, at, m.index + 1);
  const biaRows = db
    .prepare(
      'SELECT process_id, manual_rto_minutes, manual_rpo_minutes, pinned_tier_id FROM bia ORDER BY process_id',
    )
    .all();
  expect(biaRows).toEqual([
    { process_id: 'p1', manual_rto_minutes: 240, manual_rpo_minutes: 30, pinned_tier_id: 'tier-2' },
    { process_id: 'p2', manual_rto_minutes: 480, manual_rpo_minutes: null, pinned_tier_id: 'tier-1' },
  ]);
  expect(db.prepare('SELECT id, tier_id, rto_minutes, rpo_minutes FROM node ORDER BY id').all()).toEqual([
    { id: 'a1', tier_id: 'tier-1', rto_minutes: 120, rpo_minutes: 15 },
    { id: 'p1', tier_id: null, rto_minutes: null, rpo_minutes: null },
    { id: 'p2', tier_id: null, rto_minutes: null, rpo_minutes: null },
  ]);
  expect(
    db.prepare("SELECT name FROM pragma_table_info('release') WHERE name = 'gate_passage'").pluck().get(),
  ).toBe('gate_passage');
  db.close();
});
