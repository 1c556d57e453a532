// One writer process per workspace file (DESIGN.md §3): a lock file beside the workspace names who
// holds it. SQLite's own locks do not give this: in WAL mode two processes may each commit in turn,
// interleaving their edits without either seeing the other's form.
//
// Hand-written rather than proper-lockfile: that library decides staleness by mtime alone and records
// no holder, while a second opener must be told who holds the file, and a crash on this machine must
// free the file at once (the holder's pid is dead), not after a timeout.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { z } from 'zod';
import { AppError, type LockHolder } from '../../../shared/contract';

/** How often a holder rewrites its heartbeat. */
export const HEARTBEAT_MS = 30_000;
/** A heartbeat older than this is a holder that is gone (another machine) or a reused pid (this one). */
export const STALE_AFTER_MS = 2 * 60_000;

const lockSchema = z.object({
  format: z.literal('steadfast-lock'),
  token: z.string().min(1),
  person: z.string(),
  fingerprint: z.string().nullable(),
  machine: z.string(),
  pid: z.number().int(),
  program: z.enum(['app', 'serve', 'cli']),
  since: z.string(),
  heartbeat: z.string(),
});
type LockRecord = z.infer<typeof lockSchema>;

/** Who asks for the lock; the machine, pid and times are filled in here. */
export interface LockClaim {
  person: string;
  fingerprint: string | null;
  program: LockHolder['program'];
}

export function lockPathOf(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

/** Tokens of the locks this process holds: two holders in one process (two hosts) still exclude each other. */
const heldHere = new Map<string, FileLock>();

process.once('exit', () => {
  for (const lock of heldHere.values()) lock.release();
});

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a recorded holder is gone, and why. On this machine: its pid is dead, or (pid reused after
 * a crash) its heartbeat stopped; in this very process, it was released without its file going.
 * On another machine (a shared folder): its heartbeat is older than STALE_AFTER_MS.
 */
export function staleReason(rec: LockRecord, now: Date): string | null {
  const beat = Date.parse(rec.heartbeat);
  const silentFor = Number.isNaN(beat) ? Number.POSITIVE_INFINITY : now.getTime() - beat;
  if (rec.machine === hostname()) {
    if (rec.pid === process.pid) return heldHere.has(rec.token) ? null : 'left by this process';
    if (!pidAlive(rec.pid)) return `process ${rec.pid} is no longer running`;
  }
  return silentFor > STALE_AFTER_MS ? `no heartbeat for ${Math.round(silentFor / 60_000)} min` : null;
}

function readLock(path: string): { raw: string; rec: LockRecord | null } | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const r = lockSchema.safeParse(parsed);
  return { raw, rec: r.success ? r.data : null };
}

export function holderOf(rec: LockRecord): LockHolder {
  return {
    person: rec.person,
    fingerprint: rec.fingerprint,
    machine: rec.machine,
    pid: rec.pid,
    program: rec.program,
    since: rec.since,
  };
}

const PROGRAM_NAMES: Record<LockHolder['program'], string> = {
  app: 'Steadfast',
  serve: 'Steadfast (browser host)',
  cli: 'the steadfast command',
};

/** "Harbour.steadfast is open in Steadfast on laptop-7 by Ana Souza since 09:12 (…)". */
export function describeHolder(fileName: string, h: LockHolder): string {
  const since = h.since.replace('T', ' ').slice(0, 16);
  return `${fileName} is open in ${PROGRAM_NAMES[h.program]} on ${h.machine} by ${h.person} since ${since} UTC (process ${h.pid}). Open it read-only, or ask them to close it.`;
}

/** The current holder of a workspace file's lock, when one holds it and is not stale. */
export function currentHolder(workspacePath: string, now: Date): LockHolder | null {
  const found = readLock(lockPathOf(workspacePath));
  if (!found?.rec) return null;
  return staleReason(found.rec, now) === null ? holderOf(found.rec) : null;
}

export class FileLock {
  private beat: ReturnType<typeof setInterval> | undefined;
  private released = false;
  /** Set when another process took the lock over (this one was silent too long): writes stop. */
  lost = false;

  private constructor(
    readonly path: string,
    private rec: LockRecord,
  ) {
    heldHere.set(rec.token, this);
    this.beat = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
    this.beat.unref();
  }

  /**
   * Takes the lock of `workspacePath` or throws FILE_IN_USE naming its holder. A stale lock is
   * taken over: removed only while it still holds the stale record read (so two openers racing for
   * it do not both win), then created afresh with O_EXCL.
   */
  static acquire(workspacePath: string, claim: LockClaim, now: Date): FileLock {
    const path = lockPathOf(workspacePath);
    const at = now.toISOString();
    const rec: LockRecord = {
      format: 'steadfast-lock',
      token: randomUUID(),
      ...claim,
      machine: hostname(),
      pid: process.pid,
      since: at,
      heartbeat: at,
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        try {
          writeSync(fd, JSON.stringify(rec, null, 2));
        } finally {
          closeSync(fd);
        }
        return new FileLock(path, rec);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw lockIoError(err, workspacePath);
      }
      const found = readLock(path);
      if (!found) continue; // released meanwhile
      // A lock we cannot read (a crash mid-write, another program's file) is held by nobody we can name.
      if (found.rec && staleReason(found.rec, now) === null)
        throw new AppError('FILE_IN_USE', describeHolder(basename(workspacePath), holderOf(found.rec)), {
          holder: holderOf(found.rec),
        });
      const again = readLock(path);
      if (again?.raw === found.raw) rmSync(path, { force: true });
    }
    throw new AppError(
      'FILE_IN_USE',
      `${basename(workspacePath)} is being opened by another process at this moment. Try again.`,
    );
  }

  get holder(): LockHolder {
    return holderOf(this.rec);
  }

  /** Rewrites the heartbeat, unless the lock is no longer ours (then writes are refused from now on). */
  heartbeat(now = new Date()): void {
    if (this.released) return;
    const found = readLock(this.path);
    if (found?.rec?.token !== this.rec.token) {
      this.lost = true;
      this.stop();
      return;
    }
    this.rec = { ...this.rec, heartbeat: now.toISOString() };
    // Written beside and renamed over, so a reader never sees half a record.
    const tmp = `${this.path}.${this.rec.token}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.rec, null, 2));
    renameSync(tmp, this.path);
  }

  private stop(): void {
    if (this.beat) clearInterval(this.beat);
    this.beat = undefined;
    heldHere.delete(this.rec.token);
  }

  /** Removes the lock file if it is still ours; idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.stop();
    try {
      if (readLock(this.path)?.rec?.token === this.rec.token) rmSync(this.path, { force: true });
    } catch {
      // The folder went away or became read-only: nothing of ours is left to remove.
    }
  }
}

function lockIoError(err: unknown, workspacePath: string): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const fileName = basename(workspacePath);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError(
      'FILE_READ_ONLY',
      `${fileName}'s folder cannot be written, so Steadfast cannot mark the file as open; open it read-only.`,
    );
  return new AppError('INTERNAL', `${fileName} could not be locked: ${String(err)}`);
}
