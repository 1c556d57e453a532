// Opening a workspace file into the session and remembering it among the recent ones; used by the
// handlers and by the shells (a file given on the command line or opened from the OS).
import { join } from 'node:path';
import type { WorkspaceSummary } from '../../../../shared/contract';
import type { Context } from '../../app/context';
import { Workspace } from '../../app/workspace';

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

export async function openPath(ctx: Context, path: string): Promise<WorkspaceSummary> {
  const ws = await Workspace.open(path, ctx.session.dataDir, ctx.session.clock.now());
  ctx.session.replaceWorkspace(ws);
  return remember(ctx, ws);
}

export function demoPath(ctx: Context): string {
  return join(ctx.session.dataDir.workspacesDir, 'demo.steadfast');
}
