// What the preload exposes as window.api: one function per contract method, answering with the
// envelope (errors thrown across contextBridge lose their code), plus allow-listed events.
import type { Envelope } from './errors';
import type { EventName, EventPayloads } from './events';
import type { MethodInput, MethodName, MethodResult } from './methods';

export const IPC_CALL_CHANNEL = 'steadfast:call';
export const IPC_EVENT_CHANNEL = 'steadfast:event';

export type BridgeMethods = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodResult<M>>>;
};

export interface WindowBridge {
  methods: BridgeMethods;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
