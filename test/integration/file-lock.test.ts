// One writer process per workspace file (issue 15, item 5): a real second process holds the file;
// this one is refused with the holder named, opens it read-only, reads, and is refused on write; a
// killed holder's lock is taken over; a clean exit releases it; read-only commands need no lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPath } from '../../electron/core/domains/workspace/open';
import { Workspace } from '../../electron/core/app/workspace';
import { FileLock, lockPathOf, STALE_AFTER_MS } from '../../electron/core/app/file-lock';
import { commands } from '../../electron/cli/commands';
import { restoreBackupFile } from '../../electron/core/domains/workspace/restore-file';
import { AppError, type NodeView, type WorkspaceSummary } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let file: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM lead');
  await t.call('workspace.create', { name: 'Harbour' });
  await t.call('nodes.save', { kind: 'process', name: 'Payroll', owner: 'Finance' });
  file = t.session.workspace!.path;
  t.session.replaceWorkspace(null);
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

/** Starts a second process holding `file` as `person`; resolves once it holds it. */
async function holder(person: string): Promise<ChildProcess & { stdout: NodeJS.ReadableStream }> {
  // This very Node with tsx's loader (not npx): signals must reach the process that holds the file.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/fixtures/lock-holder-child.ts', dir.path, file, person],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) if (line === 'holding') break;
  lines.close();
  return child as ChildProcess & { stdout: NodeJS.ReadableStream };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r()),
  );
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('one writer process per file', () => {
  it('refuses a second writer with the holder named, then opens it read-only: reads work, writes are refused', async () => {
    const child = await holder('Bruno Lima');
    const err = await refusal(openPath({ session: t.session }, file));
    expect(err.code).toBe('FILE_IN_USE');
    expect(err.message).toContain(
      `Harbour.steadfast is open in the steadfast command on ${hostname()} by Bruno Lima since `,
    );
    expect(err.message).toContain('Open it read-only, or ask them to close it.');
    expect(err.details).toMatchObject({ holder: { person: 'Bruno Lima', pid: child.pid, program: 'cli' } });
    expect(t.session.workspace).toBeNull();

    const ro = await t.call<WorkspaceSummary>('workspace.openReadOnly');
    expect(ro).toMatchObject({ name: 'Harbour', readOnly: true, heldBy: { person: 'Bruno Lima' } });
    const nodes = await t.call<NodeView[]>('nodes.list', {});
    expect(nodes.map((n) => n.name)).toEqual(['Payroll']);
    expect((await t.call<{ ok: boolean }>('audit.verify')).ok).toBe(true);

    const seqBefore = ro.chain.seq;
    await expect(t.call('nodes.save', { kind: 'process', name: 'Claims' })).rejects.toThrow(
      /^WORKSPACE_READ_ONLY: Harbour.steadfast is open read-only \(held by Bruno Lima on .+\); nothing was changed/,
    );
    await expect(t.call('workspace.update', { name: 'Renamed' })).rejects.toThrow(/WORKSPACE_READ_ONLY/);
    expect((await t.call<WorkspaceSummary>('workspace.current'))?.chain.seq).toBe(seqBefore);

    // The holder leaves cleanly (SIGTERM): its lock goes with it, and the file can be written again.
    child.kill('SIGTERM');
    await exited(child);
    expect(existsSync(lockPathOf(file))).toBe(false);
    t.session.replaceWorkspace(null);
    const rw = await openPath({ session: t.session }, file);
    expect(rw.readOnly).toBe(false);
    await t.call('nodes.save', { kind: 'process', name: 'Claims' });
  }, 60_000);

  it('takes over the lock of a holder that was killed', async () => {
    const child = await holder('Bruno Lima');
    child.kill('SIGKILL');
    await exited(child);
    // The crash left its lock behind, naming a process that is gone.
    const left = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as { pid: number };
    expect(left.pid).toBe(child.pid);
    const summary = await openPath({ session: t.session }, file);
    expect(summary.readOnly).toBe(false);
    const now = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as { pid: number; person: string };
    expect(now).toMatchObject({ pid: process.pid, person: 'Ana Souza' });
    t.session.replaceWorkspace(null);
    expect(existsSync(lockPathOf(file))).toBe(false);
  }, 60_000);

  it('read-only commands run against a held file without its lock', async () => {
    const child = await holder('Bruno Lima');
    const out: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
      env: { XDG_CONFIG_HOME: dir.path },
    };
    const verify = await commands['audit verify']!.load();
    expect(await verify.run([file], {}, io)).toBe(0);
    const analyze = await commands.analyze!.load();
    expect(await analyze.run([file], { json: true }, io)).toBe(0);
    // The holder's lock is untouched.
    const lock = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(child.pid);
  }, 60_000);
});

describe('the lock of another machine', () => {
  const foreign = (heartbeat: Date) => ({
    format: 'steadfast-lock',
    token: 'elsewhere',
    person: 'Chen Wei',
    fingerprint: null,
    machine: 'laptop-7-not-this-one',
    pid: 1,
    program: 'app',
    since: '2026-01-05T09:12:00.000Z',
    heartbeat: heartbeat.toISOString(),
  });

  it('holds while its heartbeat is fresh, and is taken over once it is stale', () => {
    const now = new Date();
    writeFileSync(lockPathOf(file), JSON.stringify(foreign(now)));
    expect(() => FileLock.acquire(file, { person: 'Ana', fingerprint: null, program: 'app' }, now)).toThrow(
      'Harbour.steadfast is open in Steadfast on laptop-7-not-this-one by Chen Wei since 2026-01-05 09:12 UTC',
    );
    expect(Workspace.holderOf(file, now)?.person).toBe('Chen Wei');
    writeFileSync(lockPathOf(file), JSON.stringify(foreign(new Date(now.getTime() - STALE_AFTER_MS - 1000))));
    expect(Workspace.holderOf(file, now)).toBeNull();
    const lock = FileLock.acquire(file, { person: 'Ana', fingerprint: null, program: 'app' }, now);
    expect(lock.holder).toMatchObject({ person: 'Ana', machine: hostname(), pid: process.pid });
    lock.release();
    expect(existsSync(lockPathOf(file))).toBe(false);
  });

  it('a holder whose lock was taken over (it went silent) refuses every write from then on', async () => {
    const ws = await Workspace.open(file, t.dataDir, new Date());
    try {
      const left = JSON.parse(readFileSync(lockPathOf(file), 'utf8')) as Record<string, unknown>;
      // Another machine judged it stale and took it over.
      writeFileSync(lockPathOf(file), JSON.stringify({ ...foreign(new Date()), since: left.since }));
      (ws as unknown as { lock: FileLock }).lock.heartbeat();
      expect(() =>
        ws.write({ actor: { name: 'x', role: 'y' }, now: new Date() }, () => ({ value: null, audit: [] })),
      ).toThrow(
        /Another process took over Harbour.steadfast after this one went silent; nothing was changed/,
      );
    } finally {
      ws.close();
    }
    // Closing leaves the other holder's lock in place.
    expect(Workspace.holderOf(file, new Date())?.person).toBe('Chen Wei');
  });

  it('a backup is never restored from under a holder', async () => {
    const ws = await Workspace.open(file, t.dataDir, new Date());
    try {
      await expect(restoreBackupFile(file, 'any.steadfast', t.dataDir, new Date())).rejects.toThrow(
        /is open in Steadfast on .+ Restore it once it is closed\./,
      );
    } finally {
      ws.close();
    }
  });

  it('two holders in one process exclude each other too (two hosts in one process)', async () => {
    const first = await Workspace.open(file, t.dataDir, new Date());
    try {
      await expect(Workspace.open(file, t.dataDir, new Date())).rejects.toThrow(/is open in Steadfast/);
    } finally {
      first.close();
    }
    (await Workspace.open(file, t.dataDir, new Date())).close();
  });
});
