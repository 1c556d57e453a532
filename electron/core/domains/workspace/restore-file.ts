// Puts an intact backup in place of a workspace file that cannot be used: the file it replaces is
// kept beside it under a new name (never deleted), the backup is copied into place and opened. Used
// by the app (the open workspace's restore, and a file that failed to open) and by `steadfast restore`.
import { copyFileSync, constants, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, type RestoredFrom } from '../../../../shared/contract';
import type { DataDir } from '../../app/data-dir';
import { Workspace } from '../../app/workspace';
import { describeHolder } from '../../app/file-lock';
import { listBackups } from '../../store/backups';
import { viewOf } from './backup-check';

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves the file (and a write-ahead log or shared-memory file left beside it) to `target`. */
function moveWorkspaceFile(from: string, target: string): void {
  renameSync(from, target);
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(from + suffix)) renameSync(from + suffix, target + suffix);
}

/**
 * Restores backup `fileName` of `path` (which must not be open in this process): refuses a backup
 * that is not intact; on any failure puts the original file back as it was and rethrows.
 */
export async function restoreBackupFile(
  path: string,
  fileName: string,
  dataDir: DataDir,
  now: Date,
): Promise<{ ws: Workspace; restoredFrom: RestoredFrom }> {
  // Never pull a file from under another process that has it open.
  const holder = Workspace.holderOf(path, now);
  if (holder)
    throw new AppError(
      'FILE_IN_USE',
      `${describeHolder(basename(path), holder)} Restore it once it is closed.`,
      {
        holder,
      },
    );
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
  const had = existsSync(path);
  if (had) moveWorkspaceFile(path, broken);
  let ws: Workspace;
  try {
    copyFileSync(backup, path, constants.COPYFILE_EXCL);
    ws = await Workspace.open(path, dataDir, now);
  } catch (err) {
    // Put the file back as it was: the person keeps what they had, and hears why.
    rmSync(path, { force: true });
    if (had) moveWorkspaceFile(broken, path);
    throw err instanceof AppError
      ? err
      : new AppError(
          'INTERNAL',
          `The backup could not be restored: ${err instanceof Error ? err.message : String(err)}`,
        );
  }
  // The restored chain ends before the head this machine recorded; the person chose that, so the
  // record moves back to it (otherwise every check would call the restored file truncated).
  dataDir.recordHead(ws.headKey, { ...ws.chainHead(), recordedAt: now.toISOString(), path });
  return {
    ws,
    restoredFrom: { backup: fileName, takenAt: view.takenAt, restoredAt: now.toISOString(), brokenKeptAs },
  };
}
