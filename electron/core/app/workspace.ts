// One open workspace file. Every write goes through mutate(): the change and its audit entry commit
// in one transaction, then the new chain head is recorded outside the file.
import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import {
  AppError,
  type LockHolder,
  type OutsideHeadStatus,
  type WorkspaceSummary,
} from '../../../shared/contract';
import type { DataDir } from './data-dir';
import { currentHolder, describeHolder, FileLock, type LockClaim } from './file-lock';
import { appendAudit, chainHead, type AuditInput } from '../store/audit-chain';
import { openWorkspaceFile, openWorkspaceFileReadOnly, type OpenedFile } from '../store/open-file';
import { backupRolling } from '../store/backups';
import { compareWithRecordedHead } from '../store/outside-head';
import type { Db } from '../store/db';
import { createStore, type Store } from '../store';
import { claimEveryRow, withRowImages } from '../store/state/capture';
import { AUDITED_TABLE_NAMES } from '../store/state/tables';

/** The migration that introduced personal keys; a file crossing it gets its state baseline. */
const PERSONAL_KEYS_MIGRATION = '0007_personal_keys';
import * as schema from '../store/schema';
import type { WriteContext, Written } from '../store/write';

export type { Db } from '../store/db';

/** How long the file must be idle before its write-ahead log is checkpointed. */
const IDLE_CHECKPOINT_MS = 1_000;
export type { WriteContext } from '../store/write';

/**
 * How a file is opened. `write` (the default) takes the file's lock, or fails with FILE_IN_USE naming
 * its holder; `read` takes no lock and refuses every write (reports, exports, `audit verify`).
 * `as` says who is opening it, for the lock's record; by default the data folder's last profile.
 */
export interface OpenOptions {
  access?: 'write' | 'read';
  as?: Partial<LockClaim>;
}

function claimFor(dataDir: DataDir, as: Partial<LockClaim> = {}): LockClaim {
  const profile = dataDir.profile();
  let account = 'someone';
  try {
    account = userInfo().username;
  } catch {
    // No user database entry (some containers): the lock still names the machine and process.
  }
  return {
    person: as.person ?? profile?.name ?? account,
    fingerprint: as.fingerprint !== undefined ? as.fingerprint : (profile?.fingerprint ?? null),
    program: as.program ?? 'app',
  };
}

export class Workspace {
  readonly orm: Db;
  /** The data layer over this file: every read and write primitive, by aggregate. */
  readonly store: Store;
  /** What the outside head said when the file was opened. */
  readonly outsideHeadOnOpen: OutsideHeadStatus;
  /** While a new file is built in one go (`build`), the outside head is recorded once, at the end. */
  private headDeferred = false;
  private idleCheckpoint: ReturnType<typeof setTimeout> | undefined;
  /** When the last write happened, by the write's own clock: what the rolling backup is timed by. */
  private lastWriteAt: Date | undefined;
  /** Opened without the file's lock: reads, exports and verification work, every write is refused. */
  readonly readOnly: boolean;

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    readonly id: string,
    private readonly dataDir: DataDir,
    private readonly lock: FileLock | null,
    /** Who held the file when it was opened read-only. */
    readonly heldBy: LockHolder | null = null,
  ) {
    this.readOnly = lock === null;
    this.orm = drizzle(db, { schema });
    this.store = createStore(this.orm);
    this.outsideHeadOnOpen = compareWithRecordedHead(db, dataDir.head(this.headKey));
  }

  /**
   * Under which key this machine records the file's head: the workspace id, or for a workshop packet
   * (which keeps its master's id, so its sign-offs hold after the merge) the packet's own id, so a
   * packet's chain never reads as a fork or truncation of its master's.
   */
  get headKey(): string {
    const packet = this.store.packets.current();
    return packet ? `packet:${packet.id}` : this.id;
  }

  static async create(
    path: string,
    name: string,
    dataDir: DataDir,
    w: WriteContext,
    opts: { deferHead?: boolean; as?: Partial<LockClaim> } = {},
  ): Promise<Workspace> {
    const lock = FileLock.acquire(path, claimFor(dataDir, { person: w.actor.name, ...opts.as }), w.now);
    let opened: OpenedFile;
    try {
      opened = await openWorkspaceFile(path, { create: true, now: w.now });
    } catch (err) {
      lock.release();
      throw err;
    }
    const id = randomUUID();
    const store = createStore(drizzle(opened.db, { schema }));
    const at = w.now.toISOString();
    opened.db.transaction(() => {
      const created = store.workspace.create(w, { id, name, createdAt: at });
      // The first entry carries every row of the new file, the registers its migrations seeded too.
      const first = created.audit[0];
      if (first) claimEveryRow(opened.db, first);
      commitAudit(opened.db, store, w, created.audit);
    })();
    const ws = new Workspace(path, opened.db, id, dataDir, lock);
    ws.headDeferred = opts.deferHead ?? false;
    ws.recordHead(w.now);
    return ws;
  }

  /**
   * Writes a whole new workspace in one go (the demo: about 900 audited writes). The file is built
   * beside `path` and renamed into place only once complete, so a crash never leaves a half-built
   * workspace under that name; meanwhile commits skip the per-commit fsync and the outside head is
   * recorded once at the end (fsyncs and head files were two thirds of the demo's build time). The
   * finished file is checkpointed and synced before the rename, then opened at `path`.
   */
  static async build(
    path: string,
    name: string,
    dataDir: DataDir,
    w: WriteContext,
    fill: (ws: Workspace) => Promise<void>,
  ): Promise<Workspace> {
    const partial = `${path}.partial`;
    const removePartial = () => {
      for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    };
    removePartial();
    const ws = await Workspace.create(partial, name, dataDir, w, { deferHead: true });
    try {
      ws.db.pragma('synchronous = OFF');
      await fill(ws);
      ws.db.pragma('synchronous = FULL');
      ws.db.pragma('wal_checkpoint(TRUNCATE)');
      const head = chainHead(ws.db);
      ws.close();
      if (existsSync(path)) throw new AppError('CONFLICT', `${basename(path)} already exists.`);
      renameSync(partial, path);
      dataDir.recordHead(ws.id, { ...head, recordedAt: new Date().toISOString(), path });
    } catch (err) {
      ws.close();
      removePartial();
      throw err;
    }
    return Workspace.open(path, dataDir, w.now);
  }

  static async open(path: string, dataDir: DataDir, now: Date, opts: OpenOptions = {}): Promise<Workspace> {
    if (opts.access === 'read') {
      const ro = openWorkspaceFileReadOnly(path);
      if (ro !== 'needs-upgrade') return Workspace.adoptOpened(path, ro, dataDir, now, null);
      // Reading it needs this version's migrations first: only a writer may apply them.
      const holder = currentHolder(path, now);
      if (holder)
        throw new AppError(
          'FILE_IN_USE',
          `${describeHolder(basename(path), holder)} It must be upgraded to this version of Steadfast before it can be read here, and only its holder can do that now.`,
          { holder },
        );
    }
    const lock = FileLock.acquire(path, claimFor(dataDir, opts.as), now);
    let opened: OpenedFile;
    try {
      opened = await openWorkspaceFile(path, { create: false, now });
    } catch (err) {
      lock.release();
      throw err;
    }
    return Workspace.adoptOpened(path, opened, dataDir, now, lock);
  }

  /** Who holds a file, when one does: what the opener is told before opening it read-only. */
  static holderOf(path: string, now: Date): LockHolder | null {
    return currentHolder(path, now);
  }

  private static adoptOpened(
    path: string,
    opened: OpenedFile,
    dataDir: DataDir,
    now: Date,
    lock: FileLock | null,
  ): Workspace {
    const id = createStore(drizzle(opened.db, { schema })).workspace.id();
    if (!id) {
      lock?.release();
      opened.db.close();
      throw new AppError(
        'FILE_CORRUPT',
        `${basename(path)} has no workspace record; it was not created by Steadfast.`,
      );
    }
    const ws = new Workspace(path, opened.db, id, dataDir, lock, lock ? null : currentHolder(path, now));
    if (opened.migrated.includes(PERSONAL_KEYS_MIGRATION) && chainHead(opened.db).seq > 0)
      ws.recordUpgrade(now);
    return ws;
  }

  /**
   * A file made before personal keys has just been upgraded: its earlier entries carry no row images
   * and the upgrade's migrations rewrote rows, so the state the chain covers starts here, with a
   * baseline of every audited table. Written unsigned, as the file's earlier entries are (nobody has
   * unlocked a key at open); the first signed write after it starts the roster, and from then on the
   * chain refuses unsigned entries.
   */
  private recordUpgrade(now: Date): void {
    const w: WriteContext = { actor: { name: 'Steadfast upgrade', role: 'migration' }, now };
    this.write(w, (s) => s.state.baseline(w, AUDITED_TABLE_NAMES));
  }

  /**
   * Runs a write primitive (or several) against the store and commits the rows it changed with the
   * audit entries it returned, in one transaction; all or nothing. A write that changed nothing
   * returns no entries and records nothing.
   */
  write<T>(w: WriteContext, fn: (store: Store) => Written<T>): T {
    return this.mutateMaybe(w, () => fn(this.store));
  }

  /** Runs fn and appends the audit entries it returns, in one transaction; all or nothing. */
  mutate<T>(w: WriteContext, fn: () => { value: T; audit: AuditInput | AuditInput[] }): T {
    this.assertWritable();
    const value = this.db.transaction(() => {
      const out = fn();
      const entries = Array.isArray(out.audit) ? out.audit : [out.audit];
      if (entries.length === 0)
        throw new AppError('INTERNAL', 'A write must record at least one audit entry.');
      commitAudit(this.db, this.store, w, entries);
      return out.value;
    })();
    this.recordHead(w.now);
    return value;
  }

  /**
   * For saves that may change nothing: fn returns its value and one audit entry per change, or none
   * when nothing changed (then nothing was written, and nothing is recorded).
   */
  mutateMaybe<T>(w: WriteContext, fn: () => { value: T; audit: AuditInput[] }): T {
    this.assertWritable();
    const out = this.db.transaction(() => {
      const r = fn();
      if (r.audit.length > 0) commitAudit(this.db, this.store, w, r.audit);
      return r;
    })();
    if (out.audit.length > 0) this.recordHead(w.now);
    return out.value;
  }

  /** The one check every write passes: a file opened read-only, or whose lock was taken over, is not written. */
  private assertWritable(): void {
    const fileName = basename(this.path);
    if (this.readOnly) {
      const who = this.heldBy ? ` (held by ${this.heldBy.person} on ${this.heldBy.machine})` : '';
      throw new AppError(
        'WORKSPACE_READ_ONLY',
        `${fileName} is open read-only${who}; nothing was changed. Reopen it for writing once it is free.`,
        { heldBy: this.heldBy },
      );
    }
    if (this.lock?.lost)
      throw new AppError(
        'WORKSPACE_READ_ONLY',
        `Another process took over ${fileName} after this one went silent; nothing was changed. Reopen the file.`,
      );
  }

  /** Writes a consistent copy of the file to `target` (SQLite's backup API: a file copy of a WAL database can be stale). */
  async copyTo(target: string): Promise<void> {
    await this.db.backup(target);
  }

  /** The audit chain's last entry: what a previewed import was based on. */
  chainHead(): { seq: number; hash: string } {
    return chainHead(this.db);
  }

  private recordHead(now: Date): void {
    if (this.headDeferred) return;
    this.lastWriteAt = now;
    this.checkpointWhenIdle();
    const head = chainHead(this.db);
    this.dataDir.recordHead(this.headKey, { ...head, recordedAt: now.toISOString(), path: this.path });
  }

  summary(): WorkspaceSummary {
    const row = this.store.workspace.record(this.id);
    if (!row) throw new AppError('FILE_CORRUPT', `${basename(this.path)} lost its workspace record.`);
    const head = chainHead(this.db);
    return {
      id: row.id,
      name: row.name,
      organisation: row.organisation,
      timeZone: row.timeZone,
      description: row.description,
      fileName: basename(this.path),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      legacyKeyFingerprint: this.store.workspace.legacyKey()?.fingerprint ?? null,
      members: this.store.members.all().filter((m) => m.retiredAt === null).length,
      chain: { ...head, outsideHead: compareWithRecordedHead(this.db, this.dataDir.head(this.headKey)) },
      readOnly: this.readOnly,
      heldBy: this.heldBy,
    };
  }

  /**
   * A second after the last write, the write-ahead log is folded into the file (a PASSIVE
   * checkpoint, which never waits for readers), so a plain copy of the `.steadfast` file holds every
   * acknowledged write: users copy "the one file", not its -wal beside it. Closing checkpoints too.
   */
  private checkpointWhenIdle(): void {
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint);
    this.idleCheckpoint = setTimeout(() => {
      this.idleCheckpoint = undefined;
      if (!this.db.open) return;
      this.db.pragma('wal_checkpoint(PASSIVE)');
      void this.backupWhenDue();
    }, IDLE_CHECKPOINT_MS);
    this.idleCheckpoint.unref();
  }

  /** At an idle moment, the hourly rolling backup when one is due; a failure leaves the work as it is. */
  private async backupWhenDue(): Promise<void> {
    if (!this.lastWriteAt) return;
    try {
      await backupRolling(this.db, this.path, this.lastWriteAt, chainHead(this.db));
    } catch {
      // A read-only folder or a file closed meanwhile: the next idle moment tries again.
    }
  }

  close(): void {
    if (this.idleCheckpoint) clearTimeout(this.idleCheckpoint);
    if (this.db.open) this.db.close();
    this.lock?.release();
  }
}

/**
 * Appends one transaction's audit entries, signed by the acting member. The first signed write in a
 * workspace with no roster (a new workspace, or one made before personal keys) adds its author as
 * the first member, in the same transaction; after that only active members may write, and unsigned
 * writes are refused, so every entry after the first signature is signed.
 */
function commitAudit(db: Database.Database, store: Store, w: WriteContext, entries: AuditInput[]): void {
  const signer = w.signer;
  if (!signer) {
    if (!store.members.isEmpty())
      throw new AppError(
        'NO_PROFILE',
        'Unlock your signing key first: this workspace records only signed changes.',
      );
    appendAudit(db, w.actor, w.now, inScope(store, withRowImages(db, entries)));
    return;
  }
  const member = store.members.get(signer.fingerprint);
  let all = entries;
  if (!member) {
    if (!store.members.isEmpty())
      throw new AppError(
        'FORBIDDEN',
        `${w.actor.name} (${signer.fingerprint}) is not a member of this workspace. A member must add your key first (Workspace → Members).`,
      );
    const first = store.members.add(
      w,
      {
        fingerprint: signer.fingerprint,
        name: w.actor.name,
        role: w.actor.role,
        publicKeyPem: signer.publicKeyPem,
      },
      signer.fingerprint,
    );
    all = [...first.audit, ...entries];
  } else if (member.retiredAt !== null) {
    throw new AppError(
      'FORBIDDEN',
      `${member.name}'s key was retired on ${member.retiredAt}; it can no longer sign.`,
    );
  }
  appendAudit(db, w.actor, w.now, inScope(store, withRowImages(db, all)), signer);
}

/** A workshop packet with a scope refuses changes to what lies outside it (store/packets/scope.ts). */
function inScope(store: Store, entries: AuditInput[]): AuditInput[] {
  const refusal = store.packets.outOfScope(entries);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  return entries;
}
