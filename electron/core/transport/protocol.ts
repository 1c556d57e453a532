// The messages between the Electron main process and the backend process (router, store, reports),
// over one MessagePort. Both ends validate what arrives: a port is a boundary like any other.
import { z } from 'zod';

/** main → backend: the API call of a renderer, a file the OS asked to open, and shutdown. */
export const toBackend = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: z.number().int(), method: z.unknown(), input: z.unknown() }),
  z.object({ kind: z.literal('openPath'), id: z.number().int(), path: z.string().min(1) }),
  z.object({ kind: z.literal('state'), id: z.number().int() }),
  z.object({ kind: z.literal('shutdown'), id: z.number().int() }),
  z.object({
    kind: z.literal('dialogResult'),
    id: z.number().int(),
    path: z.string().nullable(),
    error: z.string().optional(),
  }),
  z.object({
    kind: z.literal('cipherResult'),
    id: z.number().int(),
    /** Base64 of the sealed bytes (encrypt), or the plain text (decrypt); null with an error. */
    data: z.string().nullable(),
    error: z.string().optional(),
  }),
]);
export type ToBackend = z.infer<typeof toBackend>;

/** The dialogs only the main process can show; the backend asks for a path and writes it itself. */
export const DIALOGS = ['chooseNewWorkspacePath', 'chooseWorkspaceToOpen', 'chooseSavePath'] as const;
export type DialogName = (typeof DIALOGS)[number];

const envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }).passthrough(),
  }),
]);

/** What the main process needs to know of the backend's state: menus and the protected file. */
export const backendState = z.object({
  workspacePath: z.string().nullable(),
  workspaceName: z.string().nullable(),
});
export type BackendState = z.infer<typeof backendState>;

/** backend → main: answers to main's requests, and the backend's requests for a dialog. */
export const toMain = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reply'), id: z.number().int(), envelope, state: backendState }),
  z.object({
    kind: z.literal('dialog'),
    id: z.number().int(),
    dialog: z.enum(DIALOGS),
    suggestedName: z.string(),
  }),
  /** The OS keychain (safeStorage) is the main process's: the backend asks it to seal or open a passphrase. */
  z.object({
    kind: z.literal('cipher'),
    id: z.number().int(),
    op: z.enum(['encrypt', 'decrypt']),
    /** The plain text (encrypt) or base64 of the sealed bytes (decrypt). */
    data: z.string().max(1 << 16),
  }),
]);
export type ToMain = z.infer<typeof toMain>;

/**
 * One end of a MessagePort, whatever its kind: Node's worker_threads port (tests), Electron's
 * MessagePortMain (main) and the port the utility process receives. Each side adapts its port.
 */
export interface PortLike {
  post(message: unknown): void;
  onMessage(listener: (data: unknown) => void): void;
}
