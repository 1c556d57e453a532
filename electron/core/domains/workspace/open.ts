// Opening a workspace file into the session and remembering it among the recent ones; used by the
// handlers and by the shells (a file given on the command line or opened from the OS).
import { join } from 'node:path';
import type { RestoredFrom, WorkspaceSummary } from '../../../../shared/contract';
import type { Context } from '../../app/context';
import { Workspace } from '../../app/workspace';
import type { LockClaim } from '../../app/file-lock';
import { startIntegrityCheck } from '../audit/integrity';
import { withBackupOffer } from './backup-offer';

export function remember(ctx: Context, ws: Workspace): WorkspaceSummary {
  const summary = ws.summary();
  ctx.session.dataDir.touchRecent({
    id: ws.id,
    name: summary.name,
    path: ws.path,
    lastOpenedAt: ctx.session.clock.now().toISOString(),
  });
  return summary;
}

/**
 * Makes `ws` the session's workspace and starts its full check (chain, signatures, state), which
 * runs after this returns: the open answers at once, the status bar polls `audit.integrity`.
 */
export function adopt(
  ctx: Context,
  ws: Workspace,
  restoredFrom: RestoredFrom | null = null,
): WorkspaceSummary {
  ctx.session.replaceWorkspace(ws);
  startIntegrityCheck(ctx, ws, restoredFrom);
  return remember(ctx, ws);
}

/** Per session, the file whose last open failed: the one `backups.restoreFailed` may restore. */
const failed = new WeakMap<Context['session'], string>();

export function failedOpen(ctx: Context): string | undefined {
  return failed.get(ctx.session);
}

/** Who opens a file from this session, for its lock: the person at the keyboard, in the app or the host. */
export function claimOf(ctx: Context): Partial<LockClaim> {
  const id = ctx.session.identity;
  const profile = ctx.session.dataDir.profile();
  const program = ctx.session.shell.transport === 'electron' ? 'app' : 'serve';
  if (id) return { person: id.name, fingerprint: id.fingerprint, program };
  return { person: profile?.name, fingerprint: profile?.fingerprint ?? null, program };
}

/**
 * Opens `path` for writing; FILE_IN_USE when another process holds it (the session remembers the
 * file, so `workspace.openReadOnly` can open it read-only). With `readOnly`, takes no lock.
 */
export async function openPath(
  ctx: Context,
  path: string,
  opts: { readOnly?: boolean } = {},
): Promise<WorkspaceSummary> {
  let ws: Workspace;
  try {
    ws = await Workspace.open(path, ctx.session.dataDir, ctx.session.clock.now(), {
      access: opts.readOnly ? 'read' : 'write',
      as: claimOf(ctx),
    });
  } catch (err) {
    failed.set(ctx.session, path);
    throw await withBackupOffer(err, path, ctx.session.clock.now());
  }
  failed.delete(ctx.session);
  return adopt(ctx, ws);
}

/** One demo per person on this machine: its roster admits the person it was built for. */
export function demoPath(ctx: Context): string {
  const fp = ctx.session.identity?.fingerprint;
  const suffix = fp
    ? `-${fp
        .replace(/^SHA256:/, '')
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 10)}`
    : '';
  return join(ctx.session.dataDir.workspacesDir, `demo${suffix}.steadfast`);
}
