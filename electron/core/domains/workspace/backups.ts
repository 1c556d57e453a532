// The backups of a workspace as API methods: the open workspace's, listed with their own check and
// restored in place of a broken file; and those of a file that failed to open (the open error
// names the newest intact one), restored the same way.
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import { Workspace } from '../../app/workspace';
import { listChecked } from './backup-check';
import { adopt, failedOpen } from './open';
import { restoreBackupFile } from './restore-file';

async function restoreOpen(ctx: Context, fileName: string) {
  const current = requireWorkspace(ctx);
  const path = current.path;
  const now = ctx.session.clock.now();
  ctx.session.replaceWorkspace(null);
  try {
    const { ws, restoredFrom } = await restoreBackupFile(path, fileName, ctx.session.dataDir, now);
    return adopt(ctx, ws, restoredFrom);
  } catch (err) {
    // The file is back as it was: reopen it, so the person is where they were.
    adopt(ctx, await Workspace.open(path, ctx.session.dataDir, now));
    throw err;
  }
}

/** The file whose open just failed: only that one, never a path a page names. */
function failedPath(ctx: Context): string {
  const path = failedOpen(ctx);
  if (!path) throw new AppError('NOT_FOUND', 'No workspace failed to open; there is nothing to restore.');
  return path;
}

async function restoreFailed(ctx: Context, fileName: string) {
  const path = failedPath(ctx);
  const { ws, restoredFrom } = await restoreBackupFile(
    path,
    fileName,
    ctx.session.dataDir,
    ctx.session.clock.now(),
  );
  return adopt(ctx, ws, restoredFrom);
}

export const backupHandlers = {
  'backups.list': (_input, ctx) => listChecked(requireWorkspace(ctx).path, ctx.session.clock.now()),
  'backups.restore': (input, ctx) => restoreOpen(ctx, input.fileName),
  'backups.listFailed': (_input, ctx) => listChecked(failedPath(ctx), ctx.session.clock.now()),
  'backups.restoreFailed': (input, ctx) => restoreFailed(ctx, input.fileName),
} satisfies Partial<Handlers>;
