// Backups a user can rely on (issue 16, item 2): a file that cannot be used is refused with the
// newest intact backup offered (in the app's error and by `steadfast restore`), the app restores it
// from the failed open, and a person's work gets an hourly rolling backup while they write.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BackupView,
  IntegrityStatus,
  NodeView,
  RecentWorkspace,
  WorkspaceSummary,
} from '../../shared/contract';
import { runCli } from '../../electron/cli/main';
import { backupDirFor } from '../../electron/core/store/backups';
import { storeFixture } from '../fixtures/store';
import { TEST_PASSPHRASE, tempDir, testSession } from '../fixtures/session';

const dir = tempDir();
const t = testSession(dir.path);
let path = '';
let workspaceId = '';

async function integrityDone(): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const s = await t.call<IntegrityStatus>('audit.integrity');
    if (s.status === 'done') return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the check never finished');
}

async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const v = probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

const backups = () => (existsSync(backupDirFor(path)) ? readdirSync(backupDirFor(path)) : []);

/** Scribbles over the middle pages, as a failing disk or a bad copy would; the header stays. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
  writeFileSync(file, bytes);
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  await t.as('Ana Souza', 'BCM analyst');
  const ws = await t.call<WorkspaceSummary>('workspace.create', { name: 'Harbour' });
  workspaceId = ws.id;
  path = t.session.workspace!.path;
  for (let i = 0; i < 30; i++)
    await t.call<NodeView>('nodes.save', { kind: 'process', name: `Process ${i}` });
  // Reopen: the open-time check passes and keeps a verified backup.
  await t.call('workspace.close');
  await t.call('workspace.openRecent', { id: workspaceId });
  await integrityDone();
  await waitFor(() => (backups().some((b) => b.includes('-verified-')) ? true : undefined));
  await t.call('workspace.close');
});
afterAll(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('a file that cannot be used', () => {
  it('is refused with the newest intact backup offered, and the app restores it', async () => {
    damage(path);
    const recent = await t.call<RecentWorkspace[]>('workspace.recent');
    const env = await t.router('workspace.openRecent', { id: recent[0]!.id }, { session: t.session });
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.code).toBe('FILE_CORRUPT');
    expect(env.error.message).toMatch(/is damaged.*The newest intact backup is from .+: restore it/);
    const offered = (env.error.details as { backup: { fileName: string } }).backup;
    expect(offered.fileName).toMatch(/-verified-/);

    const listed = await t.call<BackupView[]>('backups.listFailed');
    expect(listed.find((b) => b.intact)?.fileName).toBe(offered.fileName);
    const restored = await t.call<WorkspaceSummary>('backups.restoreFailed', { fileName: offered.fileName });
    expect(restored.id).toBe(workspaceId);
    const nodes = await t.call<NodeView[]>('nodes.list', {});
    expect(nodes.filter((n) => n.name.startsWith('Process '))).toHaveLength(30);
    // The damaged file is kept beside it, never deleted.
    expect(readdirSync(dirname(path)).some((f) => f.includes('(replaced '))).toBe(true);
    await t.call('workspace.close');
  });

  it('`steadfast restore` lists the backups and restores the newest intact one', async () => {
    damage(path);
    const list = await cli('restore', path, '--list');
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/^intact {2}.+-verified-/m);
    const r = await cli('restore', path);
    expect(r, r.err).toMatchObject({ code: 0 });
    expect(r.out).toMatch(
      /Restored the backup of .+\. The file it replaced is kept as ".+\(replaced .+\)\.steadfast"\./,
    );
    const verify = await cli('audit', 'verify', path);
    expect(verify.code, verify.err).toBe(0);
  });

  it('`steadfast restore` exits 1 when no backup is intact', async () => {
    const lonely = join(dir.path, 'lonely.steadfast');
    writeFileSync(lonely, '');
    const r = await cli('restore', lonely);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No automatic backups beside this file/);
  });
});

describe('rolling backups while a person writes', () => {
  it('takes one at an idle moment when the newest is an hour old, and none more often', async () => {
    const f = await storeFixture();
    try {
      const rolling = () =>
        existsSync(backupDirFor(f.path))
          ? readdirSync(backupDirFor(f.path)).filter((b) => b.includes('-rolling-'))
          : [];
      const write = (w = f.w()) => {
        const tier = f.ws.store.registers.load().tiers[0]!;
        const { id, ...fields } = tier;
        f.ws.write(w, (s) => s.registers.saveTier(w, id, { ...fields, rtoMinutes: fields.rtoMinutes + 1 }));
      };
      write();
      expect(await waitFor(() => (rolling().length === 1 ? rolling() : undefined))).toHaveLength(1);
      write(); // a minute later: not due
      await new Promise((r) => setTimeout(r, 1_500));
      expect(rolling()).toHaveLength(1);
      const w = f.w();
      write({ ...w, now: new Date(w.now.getTime() + 61 * 60_000) });
      expect(await waitFor(() => (rolling().length === 2 ? rolling() : undefined))).toHaveLength(2);
      // Nothing but finished backups beside them: no partial copy, no -wal/-shm of the check.
      expect(readdirSync(backupDirFor(f.path)).every((b) => b.endsWith('.steadfast'))).toBe(true);
    } finally {
      f.cleanup();
    }
  });
});
