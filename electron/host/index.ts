// Builds a complete browser host over a data folder: session, shell, router, server.
import { join } from 'node:path';
import { Session, systemClock, type Clock } from '../core/app/context';
import { DataDir } from '../core/app/data-dir';
import type { Router } from '../core/app/router';
import { openPath } from '../core/domains/workspace/open';
import { AppError } from '../../shared/contract';
import { startHost, type RunningHost } from './server';
import { HostShell } from './shell';

export const DEFAULT_RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

export async function serveWorkspace(opts: {
  dataDir: string;
  version: string;
  file?: string;
  port?: number;
  rendererDir?: string;
  clock?: Clock;
  log?: (line: string) => void;
}): Promise<RunningHost & { session: Session }> {
  const dataDir = new DataDir(opts.dataDir);
  const shell = new HostShell(dataDir.workspacesDir);
  const session = new Session(dataDir, shell, opts.clock ?? systemClock, opts.version);
  // Every handler, with the PDF, workbook and import libraries some of them use, loads while the
  // browser fetches and parses the page: the first API call waits for it, the address does not.
  const routerReady = Promise.all([import('../core/handlers'), import('../core/app/router')]).then(
    ([{ handlers }, { createRouter }]) =>
      createRouter(handlers, (method, err) => {
        (opts.log ?? console.error)(
          `[host] ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
      }),
  );
  routerReady.catch(() => {}); // A failure to load reaches each API call, not the process.
  const router: Router = async (method, input, ctx) => (await routerReady)(method, input, ctx);
  if (opts.file) await openServedFile({ session }, opts.file, opts.log ?? console.error);
  const host = await startHost({
    session,
    shell,
    router,
    rendererDir: opts.rendererDir ?? DEFAULT_RENDERER_DIR,
    port: opts.port,
  });
  return {
    ...host,
    session,
    close: async () => {
      await host.close();
      session.replaceWorkspace(null);
    },
  };
}

/** The file named on the command line; one another process holds is served read-only, saying so. */
async function openServedFile(
  ctx: { session: Session },
  file: string,
  log: (line: string) => void,
): Promise<void> {
  try {
    await openPath(ctx, file);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'FILE_IN_USE') throw err;
    log(`${err.message} Serving it read-only.`);
    await openPath(ctx, file, { readOnly: true });
  }
}
