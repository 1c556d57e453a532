// The main process's end of the port: forwards the renderer's API calls to the backend process,
// shows the dialogs the backend asks for, and keeps the little it needs of the backend's state
// (is a workspace open, which file) for menus. It never touches a workspace itself.
import type { Envelope, WorkspaceSummary } from '../../../shared/contract';
import { toMain, type BackendState, type DialogName, type PortLike, type ToBackend } from './protocol';

/** A message to the backend before its id is given. */
type Request = ToBackend extends infer T ? (T extends ToBackend ? Omit<T, 'id'> : never) : never;

export type Dialogs = Record<DialogName, (suggestedName: string) => Promise<string | null>>;

/** The OS keychain, in the main process (safeStorage): text in, base64 of the sealed bytes out. */
export interface KeychainCipher {
  encrypt(plain: string): string;
  decrypt(sealedBase64: string): string;
}

export interface BackendClient {
  call(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  openPath(path: string): Promise<Envelope<WorkspaceSummary>>;
  /** Asks for the state afresh (after the backend changed it on its own, e.g. at start). */
  refresh(): Promise<BackendState>;
  /** The state as of the last reply. */
  state(): BackendState;
  /** Closes the workspace (checkpointing it) and lets the backend exit. */
  shutdown(): Promise<void>;
  /** Every call still waiting is answered with this error (the backend process died). */
  fail(message: string): void;
}

export function connectBackend(
  port: PortLike,
  dialogs: Dialogs,
  log: (line: string) => void = () => {},
  keychain?: KeychainCipher,
): BackendClient {
  let next = 1;
  let last: BackendState = { workspacePath: null, workspaceName: null };
  const waiting = new Map<number, (env: Envelope<unknown>) => void>();

  const request = (msg: Request) =>
    new Promise<Envelope<unknown>>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.post({ ...msg, id });
    });

  port.onMessage((data) => {
    const parsed = toMain.safeParse(data);
    if (!parsed.success) {
      log(`[main] refused a malformed message from the backend: ${parsed.error.issues[0]?.message ?? '?'}`);
      return;
    }
    const msg = parsed.data;
    if (msg.kind === 'reply') {
      last = msg.state;
      const resolve = waiting.get(msg.id);
      waiting.delete(msg.id);
      resolve?.(msg.envelope as Envelope<unknown>);
      return;
    }
    if (msg.kind === 'cipher') {
      try {
        if (!keychain) throw new Error('This app has no keychain.');
        const data = msg.op === 'encrypt' ? keychain.encrypt(msg.data) : keychain.decrypt(msg.data);
        port.post({ kind: 'cipherResult', id: msg.id, data } satisfies ToBackend);
      } catch (err) {
        const error = err instanceof Error ? err.message : String(err);
        port.post({ kind: 'cipherResult', id: msg.id, data: null, error } satisfies ToBackend);
      }
      return;
    }
    dialogs[msg.dialog](msg.suggestedName).then(
      (path) => port.post({ kind: 'dialogResult', id: msg.id, path } satisfies ToBackend),
      (err: unknown) =>
        port.post({
          kind: 'dialogResult',
          id: msg.id,
          path: null,
          error: err instanceof Error ? err.message : String(err),
        } satisfies ToBackend),
    );
  });

  return {
    call: (method, input) => request({ kind: 'call', method, input }),
    openPath: (path) => request({ kind: 'openPath', path }) as Promise<Envelope<WorkspaceSummary>>,
    refresh: async () => {
      await request({ kind: 'state' });
      return last;
    },
    state: () => last,
    shutdown: async () => {
      await request({ kind: 'shutdown' });
    },
    fail: (message) => {
      for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
      waiting.clear();
    },
  };
}
