// The check every workspace gets when it opens, on real files: an intact file passes and is backed
// up; a node renamed directly in SQLite with the app closed is named (table, id, field) by
// audit.integrity; the backups are listed with their own check and never modified; restoring puts the
// newest intact one in place and keeps the broken file beside it.
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BackupView,
  ChainVerification,
  IntegrityStatus,
  NodeView,
  RecentWorkspace,
  WorkspaceSummary,
} from '../../shared/contract';
import { backupDirFor } from '../../electron/core/store/backups';
import { tempDir, testSession } from '../fixtures/session';

const dir = tempDir();
const t = testSession(dir.path);
let path = '';
let nodeId = '';
let workspaceId = '';

/** Polls audit.integrity as the status bar does, until the check has finished. */
async function integrity(): Promise<IntegrityStatus & { status: 'done' }> {
  for (let i = 0; i < 500; i++) {
    const s = await t.call<IntegrityStatus>('audit.integrity');
    if (s.status === 'failed') throw new Error(s.error);
    if (s.status === 'done') return s;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the check never finished');
}

async function reopen(): Promise<WorkspaceSummary> {
  await t.call('workspace.close');
  const recent = await t.call<RecentWorkspace[]>('workspace.recent');
  return t.call<WorkspaceSummary>('workspace.openRecent', {
    id: recent.find((r) => r.id === workspaceId)!.id,
  });
}

/** The backup an intact open keeps is written after the verdict: wait for it. */
async function backupOf(head: { seq: number; hash: string }): Promise<string[]> {
  const tag = `-verified-${head.seq}-${head.hash.slice(0, 12)}.steadfast`;
  for (let i = 0; i < 500; i++) {
    const names = existsSync(backupDirFor(path)) ? readdirSync(backupDirFor(path)) : [];
    if (names.some((n) => n.endsWith(tag))) return names.filter((n) => n.endsWith(tag));
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no backup was kept');
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  await t.as('Ana Souza', 'BCM analyst');
  const ws = await t.call<WorkspaceSummary>('workspace.create', { name: 'Harbour' });
  workspaceId = ws.id;
  path = t.session.workspace!.path;
  nodeId = (await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Customer billing' })).id;
});
afterAll(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('the check when a workspace opens', () => {
  it('answers the open at once, then reports the intact file and backs it up', async () => {
    await reopen();
    const first = await t.call<IntegrityStatus>('audit.integrity');
    // The open returned before the check ran: the status bar sees it start.
    expect(first).toMatchObject({ status: 'checking', phase: 'queued', progress: 0 });
    const done = await integrity();
    expect(done.verification.ok).toBe(true);
    expect(done.verification.state.ok).toBe(true);
    expect(done.verification.signatures).toBeGreaterThan(0);
    expect(done.restoredFrom).toBeNull();
    const head = done.verification.head;
    expect(await backupOf(head)).toHaveLength(1);
    // Reopening an unchanged file adds no second backup of the same head.
    await reopen();
    await integrity();
    await new Promise((r) => setTimeout(r, 200));
    expect(await backupOf(head)).toHaveLength(1);
  });

  it('names a node renamed directly in SQLite while the app was closed', async () => {
    await t.call('workspace.close');
    const db = new Database(path);
    db.prepare('UPDATE node SET name = ? WHERE id = ?').run('Forged billing', nodeId);
    db.close();
    await reopen();
    const done = await integrity();
    expect(done.verification.ok).toBe(false);
    expect(done.verification.state.differences).toContainEqual({
      table: 'node',
      id: nodeId,
      field: 'name',
      kind: 'differs',
      expected: 'Customer billing',
      actual: 'Forged billing',
    });
    expect(done.verification.summary).toMatch(
      /^node [0-9a-f]{8}… field name differs from the audit trail: expected 'Customer billing', found 'Forged billing'\.$/,
    );
    // A broken file is not backed up: the backups stay the intact ones.
    const backups = await t.call<BackupView[]>('backups.list');
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(backups.every((b) => b.reason === 'verified' && b.intact)).toBe(true);
  });

  it('lists backups newest first with their own check, without modifying any', async () => {
    const folder = backupDirFor(path);
    // A damaged "backup": the broken file copied in under a backup's name, newest of all.
    const fake = join(folder, '2099-01-01T00-00-00-000Z-verified-9-000000000000.steadfast');
    await t.call('workspace.close');
    copyFileSync(path, fake);
    await reopen();
    await integrity();
    const before = Object.fromEntries(readdirSync(folder).map((n) => [n, sha(join(folder, n))]));
    const backups = await t.call<BackupView[]>('backups.list');
    expect(backups.map((b) => b.fileName)).toEqual(Object.keys(before).sort().reverse());
    expect(backups[0]).toMatchObject({
      fileName: basename(fake),
      intact: false,
      takenAt: '2099-01-01T00:00:00.000Z',
    });
    expect(backups[0]!.summary).toMatch(/^node .* field name differs/);
    expect(backups[1]).toMatchObject({ intact: true, reason: 'verified' });
    expect(backups[1]!.summary).toMatch(/entries and \d+ signatures verified; \d+ rows match/);
    expect(Object.fromEntries(readdirSync(folder).map((n) => [n, sha(join(folder, n))]))).toEqual(before);
    // Restoring a backup that is not intact is refused, and nothing moves.
    await expect(t.call('backups.restore', { fileName: basename(fake) })).rejects.toThrow(
      /^CONFLICT: .* is not intact either/,
    );
    await expect(t.call('backups.restore', { fileName: '../Harbour.steadfast' })).rejects.toThrow(
      /^INVALID_INPUT/,
    );
    await expect(
      t.call('backups.restore', { fileName: '2000-01-01T00-00-00-000Z-verified-1-x.steadfast' }),
    ).rejects.toThrow(/^NOT_FOUND/);
    expect(readdirSync(dirname(path)).filter((n) => n.includes('(replaced'))).toEqual([]);
  });

  it('restores the newest intact backup and keeps the broken file beside it', async () => {
    const backups = await t.call<BackupView[]>('backups.list');
    const newest = backups.find((b) => b.intact)!;
    const backupFile = join(backupDirFor(path), newest.fileName);
    const backupSha = sha(backupFile);
    const summary = await t.call<WorkspaceSummary>('backups.restore', { fileName: newest.fileName });
    expect(summary.id).toBe(workspaceId);
    expect(summary.chain.outsideHead.status).toBe('match');
    const done = await integrity();
    expect(done.verification.ok).toBe(true);
    expect(done.restoredFrom).toMatchObject({ backup: newest.fileName, takenAt: newest.takenAt });
    const kept = join(dirname(path), done.restoredFrom!.brokenKeptAs);
    expect(existsSync(kept)).toBe(true);
    const broken = new Database(kept, { readonly: true });
    expect(broken.prepare('SELECT name FROM node WHERE id = ?').pluck().get(nodeId)).toBe('Forged billing');
    broken.close();
    const nodes = await t.call<NodeView[]>('nodes.list', {});
    expect(nodes.find((n) => n.id === nodeId)?.name).toBe('Customer billing');
    expect(sha(backupFile)).toBe(backupSha);
    // Work goes on in the restored file, its chain continuing from the backup's head.
    await t.call('nodes.save', { id: nodeId, kind: 'process', name: 'Customer billing (restored)' });
    const verified = await t.call<ChainVerification>('audit.verify');
    expect(verified.ok).toBe(true);
    // Verify's result replaces the open-time one; the note of the restore stays.
    const after = await t.call<IntegrityStatus>('audit.integrity');
    expect(after).toMatchObject({ status: 'done', verification: verified, restoredFrom: done.restoredFrom });
  });
});
