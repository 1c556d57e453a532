// The backend's end of the port: the router and everything below it, serving the Electron main
// process. It asks main only for the dialogs a window must show, and writes the chosen files itself,
// so a long export or analysis never blocks the main process's windows and menus.
import { basename, resolve } from 'node:path';
import { AppError, type Delivery, type Envelope } from '../../../shared/contract';
import { Session, type Clock, type Context, type Shell } from '../app/context';
import type { DataDir } from '../app/data-dir';
import { createRouter, type Handlers } from '../app/router';
import { openPath } from '../domains/workspace/open';
import { RememberedPassphrases } from '../trust/remembered-passphrase';
import { toBackend, type BackendState, type DialogName, type PortLike, type ToMain } from './protocol';

export interface BackendOptions {
  port: PortLike;
  handlers: Handlers;
  dataDir: DataDir;
  clock: Clock;
  appVersion: string;
  /** The main process can seal passphrases with the OS keychain (Electron's safeStorage). */
  canEncrypt?: boolean;
  /** Called after a shutdown request closed the workspace; the process may exit then. */
  onShutdown?: () => void;
  log?: (line: string) => void;
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/** A Shell whose dialogs the main process shows; it never lets a save overwrite the open workspace. */
export function remoteShell(
  ask: (dialog: DialogName, suggestedName: string) => Promise<string | null>,
  openFile: () => string | null,
): Shell {
  const refuseProtected = (path: string): void => {
    const open = openFile();
    if (open && [open, `${open}-wal`, `${open}-shm`, `${open}-journal`].some((p) => samePath(p, path)))
      throw new AppError(
        'CONFLICT',
        `${basename(path)} is the workspace that is open now; choose another file name.`,
      );
  };
  return {
    transport: 'electron',
    async chooseNewWorkspacePath(suggestedName) {
      const path = await ask('chooseNewWorkspacePath', suggestedName);
      if (path) refuseProtected(path);
      return path;
    },
    chooseWorkspaceToOpen: () => ask('chooseWorkspaceToOpen', ''),
    async deliverFile(suggestedName, write): Promise<Delivery> {
      const path = await ask('chooseSavePath', suggestedName);
      if (!path) return { kind: 'cancelled' };
      refuseProtected(path);
      await write(path);
      return { kind: 'saved', fileName: basename(path) };
    },
  };
}

function toEnvelope(err: unknown, what: string): Envelope<never> {
  return {
    ok: false,
    error:
      err instanceof AppError
        ? err.toApiError()
        : { code: 'INTERNAL', message: `${what} failed unexpectedly.` },
  };
}

/** Serves the port until shutdown; returns the session (for tests and the process's own exit path). */
export function startBackend(opts: BackendOptions): Session {
  const { port } = opts;
  let nextDialog = 1;
  const dialogs = new Map<number, { resolve: (p: string | null) => void; reject: (e: Error) => void }>();
  const ask = (dialog: DialogName, suggestedName: string): Promise<string | null> =>
    new Promise((resolve, reject) => {
      const id = nextDialog++;
      dialogs.set(id, { resolve, reject });
      port.post({ kind: 'dialog', id, dialog, suggestedName } satisfies ToMain);
    });

  const session: Session = new Session(
    opts.dataDir,
    remoteShell(ask, () => session.workspace?.path ?? null),
    opts.clock,
    opts.appVersion,
  );
  const sealing = new Map<number, { resolve: (d: string) => void; reject: (e: Error) => void }>();
  const seal = (op: 'encrypt' | 'decrypt', data: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const id = nextDialog++;
      sealing.set(id, { resolve, reject });
      port.post({ kind: 'cipher', id, op, data } satisfies ToMain);
    });
  if (opts.canEncrypt)
    session.passphrases = new RememberedPassphrases(opts.dataDir.root, {
      encrypt: async (plain) => Buffer.from(await seal('encrypt', plain), 'base64'),
      decrypt: (sealed) => seal('decrypt', sealed.toString('base64')),
    });
  const ctx: Context = { session };
  const router = createRouter(opts.handlers, (method, err) => {
    opts.log?.(
      `[backend] ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  });
  const state = (): BackendState => ({
    workspacePath: session.workspace?.path ?? null,
    workspaceName: session.workspace ? session.workspace.summary().name : null,
  });
  const reply = (id: number, envelope: Envelope<unknown>): void =>
    port.post({ kind: 'reply', id, envelope, state: state() });

  port.onMessage((data) => {
    const parsed = toBackend.safeParse(data);
    if (!parsed.success) {
      opts.log?.(`[backend] refused a malformed message: ${parsed.error.issues[0]?.message ?? '?'}`);
      return;
    }
    const msg = parsed.data;
    switch (msg.kind) {
      case 'call':
        void router(msg.method, msg.input, ctx).then((env) => reply(msg.id, env));
        return;
      case 'openPath':
        openPath(ctx, msg.path).then(
          (summary) => reply(msg.id, { ok: true, value: summary }),
          (err: unknown) => reply(msg.id, toEnvelope(err, `Opening ${basename(msg.path)}`)),
        );
        return;
      case 'state':
        reply(msg.id, { ok: true, value: null });
        return;
      case 'shutdown':
        try {
          session.replaceWorkspace(null);
          reply(msg.id, { ok: true, value: null });
        } catch (err) {
          reply(msg.id, toEnvelope(err, 'Closing the workspace'));
        }
        opts.onShutdown?.();
        return;
      case 'cipherResult': {
        const waiting = sealing.get(msg.id);
        if (!waiting) return;
        sealing.delete(msg.id);
        if (msg.error !== undefined || msg.data === null)
          waiting.reject(new AppError('INTERNAL', msg.error ?? 'The keychain gave no answer.'));
        else waiting.resolve(msg.data);
        return;
      }
      case 'dialogResult': {
        const waiting = dialogs.get(msg.id);
        if (!waiting) return;
        dialogs.delete(msg.id);
        if (msg.error) waiting.reject(new AppError('INTERNAL', msg.error));
        else waiting.resolve(msg.path);
        return;
      }
    }
  });
  return session;
}
