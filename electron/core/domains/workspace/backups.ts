// The automatic backups of the open workspace: listed with whether each one's own chain and state
// check hold, and restored in place of a broken file. A backup is only ever read, through a
// temporary copy (opening a file can migrate it); the file it replaces is kept beside it, renamed.
import { copyFileSync, constants, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError, type BackupView, type RestoredFrom } from '../../../../shared/contract';
import { plural } from '../../../../shared/format/plural';
import { requireWorkspace, type Context } from '../../app/context';
import { DataDir } from '../../app/data-dir';
import type { Handlers } from '../../app/router';
import { Workspace } from '../../app/workspace';
import { describeBackupName, listBackups } from '../../store/backups';
import { describeDifference } from '../../store/state/describe';
import { adopt } from './open';

/** Lets status polls run between two backups' checks. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks one backup on a temporary copy with a throwaway data folder, so neither the backup nor this
 * machine's recorded heads change. The outside head is not part of it: a backup is older than the
 * head this machine recorded by design. Plain file copy: a backup is a closed, complete file with no
 * write-ahead log beside it.
 */
async function inspect(
  file: string,
  now: Date,
): Promise<{ intact: boolean; summary: string; head: { seq: number; hash: string } }> {
  const tmp = mkdtempSync(join(tmpdir(), 'steadfast-backup-check-'));
  try {
    const copy = join(tmp, 'backup.steadfast');
    copyFileSync(file, copy);
    const ws = await Workspace.open(copy, new DataDir(join(tmp, 'data')), now);
    try {
      const walk = ws.store.audit.walk();
      if (!walk.ok)
        return {
          intact: false,
          summary: `Audit chain broken at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}.`,
          head: walk.head,
        };
      const state = ws.store.state.check({ limit: 1 });
      const first = state.differences[0];
      if (first)
        return {
          intact: false,
          summary: `${describeDifference(first)}${state.totalDifferences > 1 ? ` (and ${state.totalDifferences - 1} more)` : ''}.`,
          head: walk.head,
        };
      return {
        intact: true,
        summary: `${plural(walk.checked, 'entry', 'entries')} and ${plural(walk.signatures, 'signature')} verified; ${plural(state.rows, 'row')} match the audit trail.`,
        head: walk.head,
      };
    } finally {
      ws.close();
    }
  } catch (err) {
    return {
      intact: false,
      summary: `It cannot be opened: ${err instanceof Error ? err.message : String(err)}`,
      head: { seq: 0, hash: '' },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function viewOf(file: string, now: Date): Promise<BackupView> {
  const fileName = basename(file);
  return {
    fileName,
    ...describeBackupName(fileName),
    bytes: statSync(file).size,
    ...(await inspect(file, now)),
  };
}

/** Newest first: the first intact one is what the app offers to restore. */
async function listChecked(path: string, now: Date): Promise<BackupView[]> {
  const out: BackupView[] = [];
  for (const file of listBackups(path).reverse()) {
    out.push(await viewOf(file, now));
    await yieldNow();
  }
  return out;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves the file (and a write-ahead log or shared-memory file left beside it) to `target`. */
function moveWorkspaceFile(from: string, target: string): void {
  renameSync(from, target);
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(from + suffix)) renameSync(from + suffix, target + suffix);
}

async function restore(ctx: Context, fileName: string) {
  const current = requireWorkspace(ctx);
  const path = current.path;
  const now = ctx.session.clock.now();
  const backup = listBackups(path).find((f) => basename(f) === fileName);
  if (!backup)
    throw new AppError('NOT_FOUND', `There is no backup named ${fileName} beside ${basename(path)}.`);
  const view = await viewOf(backup, now);
  if (!view.intact)
    throw new AppError(
      'CONFLICT',
      `${fileName} is not intact either, so it was not restored: ${view.summary}`,
    );

  const stem = basename(path).replace(/\.steadfast$/, '');
  const brokenKeptAs = `${stem} (replaced ${stamp(now)}).steadfast`;
  const broken = join(dirname(path), brokenKeptAs);
  ctx.session.replaceWorkspace(null);
  moveWorkspaceFile(path, broken);
  let ws: Workspace;
  try {
    copyFileSync(backup, path, constants.COPYFILE_EXCL);
    ws = await Workspace.open(path, ctx.session.dataDir, now);
  } catch (err) {
    // Put the file back as it was: the person keeps what they had, and hears why.
    rmSync(path, { force: true });
    moveWorkspaceFile(broken, path);
    adopt(ctx, await Workspace.open(path, ctx.session.dataDir, now));
    throw err instanceof AppError
      ? err
      : new AppError(
          'INTERNAL',
          `The backup could not be restored: ${err instanceof Error ? err.message : String(err)}`,
        );
  }
  // The restored chain ends before the head this machine recorded; the person chose that, so the
  // record moves back to it (otherwise every check would call the restored file truncated).
  ctx.session.dataDir.recordHead(ws.headKey, { ...ws.chainHead(), recordedAt: now.toISOString(), path });
  const restoredFrom: RestoredFrom = {
    backup: fileName,
    takenAt: view.takenAt,
    restoredAt: now.toISOString(),
    brokenKeptAs,
  };
  return adopt(ctx, ws, restoredFrom);
}

export const backupHandlers = {
  'backups.list': (_input, ctx) => listChecked(requireWorkspace(ctx).path, ctx.session.clock.now()),
  'backups.restore': (input, ctx) => restore(ctx, input.fileName),
} satisfies Partial<Handlers>;
