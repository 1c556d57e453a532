// The renderer's typed client, derived from the contract: window.api under Electron, HTTP to the
// browser host otherwise. Both answer with the envelope; errors become ApiClientError.
import {
  contract,
  METHOD_NAMES,
  type Api,
  type ApiError,
  type Envelope,
  type ErrorCode,
  type MethodInput,
  type MethodName,
  type MethodResult,
  type WindowBridge,
} from '../../../shared/contract';

declare global {
  interface Window {
    api?: WindowBridge;
  }
}

export class ApiClientError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

const electronTransport =
  (bridge: WindowBridge): Transport =>
  (method, input) =>
    (bridge.methods[method] as (i: unknown) => Promise<Envelope<unknown>>)(input);

const httpTransport: Transport = async (method, input) => {
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {}),
    credentials: 'same-origin',
  });
  if (res.status === 401 || res.status === 403) {
    return { ok: false, error: { code: 'FORBIDDEN', message: await res.text() } };
  }
  if (!res.ok) return { ok: false, error: { code: 'INTERNAL', message: `The host answered ${res.status}.` } };
  return (await res.json()) as Envelope<unknown>;
};

type Listener = (method: MethodName) => void;
const writeListeners = new Set<Listener>();

/** Views subscribe to refresh after any write (the contract marks which methods write). */
export function onWrite(listener: Listener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

const lockedListeners = new Set<() => void>();

/** The app shows the unlock screen when any call says nobody's key is unlocked (NO_PROFILE). */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export function createApi(transport: Transport): Api {
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> => {
    const env = await transport(method, input);
    if (!env.ok) {
      if (env.error.code === 'NO_PROFILE') for (const l of lockedListeners) l();
      throw new ApiClientError(env.error);
    }
    if (contract[method].writes) for (const l of writeListeners) l(method);
    return env.value as MethodResult<M>;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => call(m, input as never)])) as Api;
}

export const api: Api = createApi(
  typeof window !== 'undefined' && window.api ? electronTransport(window.api) : httpTransport,
);

export const isElectron = typeof window !== 'undefined' && window.api !== undefined;

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
