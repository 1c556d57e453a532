// Creating, opening and editing workspaces. Paths come from the shell, never from the renderer.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type RecentWorkspace } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { Workspace } from '../../app/workspace';
import { adopt, claimOf, failedOpen, openPath } from './open';
import { identitiesOf } from '../profile/identities';

export const workspaceHandlers = {
  'app.info': (_input, ctx) => ({
    version: ctx.session.appVersion,
    transport: ctx.session.shell.transport,
    profile: ctx.session.identity
      ? {
          name: ctx.session.identity.name,
          role: ctx.session.identity.role,
          fingerprint: ctx.session.identity.fingerprint,
        }
      : null,
    identities: identitiesOf(ctx),
    workspace: ctx.session.workspace?.summary() ?? null,
  }),
  'workspace.current': (_input, ctx) => ctx.session.workspace?.summary() ?? null,
  'workspace.recent': (_input, ctx): RecentWorkspace[] =>
    ctx.session.dataDir.recent().map((r) => ({
      id: r.id,
      name: r.name,
      fileName: r.path.split(/[\\/]/).pop() ?? r.path,
      folder: dirname(r.path),
      lastOpenedAt: r.lastOpenedAt,
      available: existsSync(r.path),
    })),
  'workspace.create': async (input, ctx) => {
    const w = writeContext(ctx);
    const path = await ctx.session.shell.chooseNewWorkspacePath(input.name);
    if (!path) return null;
    const ws = await Workspace.create(path, input.name, ctx.session.dataDir, w, { as: claimOf(ctx) });
    return adopt(ctx, ws);
  },
  'workspace.open': async (_input, ctx) => {
    const path = await ctx.session.shell.chooseWorkspaceToOpen();
    return path ? openPath(ctx, path) : null;
  },
  'workspace.openRecent': async (input, ctx) => {
    const entry = ctx.session.dataDir.recent().find((r) => r.id === input.id);
    if (!entry) throw new AppError('NOT_FOUND', 'That workspace is not in the recent list any more.');
    if (!existsSync(entry.path)) {
      throw new AppError('FILE_NOT_FOUND', `${entry.name} is no longer at ${entry.path}.`);
    }
    return openPath(ctx, entry.path);
  },
  'workspace.openReadOnly': async (_input, ctx) => {
    const path = failedOpen(ctx);
    if (!path) throw new AppError('NOT_FOUND', 'No file was refused just now; open one first.');
    return openPath(ctx, path, { readOnly: true });
  },
  'workspace.close': (_input, ctx) => {
    ctx.session.replaceWorkspace(null);
    return null;
  },
  'workspace.update': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => s.workspace.update(w, ws.id, input));
    return ws.summary();
  },
  'workspace.saveCopy': async (_input, ctx) => {
    const ws = requireWorkspace(ctx);
    const name = ws.summary().name.replace(/[^\p{L}\p{N} ._-]+/gu, '_');
    return ctx.session.shell.deliverFile(`${name} (copy).steadfast`, (target) => ws.copyTo(target));
  },
} satisfies Partial<Handlers>;
