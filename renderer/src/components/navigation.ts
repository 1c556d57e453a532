// Cross-area navigation without a router: a view asks the frame to show another area, and the BIA
// view reads which process to open. Both are tiny external stores (useSyncExternalStore).
import { useSyncExternalStore } from 'react';

type Listener = () => void;

function store<T>(initial: T) {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set: (next: T) => {
      value = next;
      for (const l of listeners) l();
    },
    subscribe: (l: Listener) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

const selectedProcess = store<string | null>(null);
const areaRequests = new Set<(areaId: string) => void>();

export function selectProcess(id: string | null): void {
  selectedProcess.set(id);
}

export function useSelectedProcess(): string | null {
  return useSyncExternalStore(selectedProcess.subscribe, selectedProcess.get);
}

/** The frame listens; views call requestArea. */
export function onAreaRequest(listener: (areaId: string) => void): () => void {
  areaRequests.add(listener);
  return () => areaRequests.delete(listener);
}

export function requestArea(areaId: string): void {
  for (const l of areaRequests) l(areaId);
}

/** Opens a process's BIA from anywhere. */
export function openBia(processId: string): void {
  selectProcess(processId);
  requestArea('bia');
}
