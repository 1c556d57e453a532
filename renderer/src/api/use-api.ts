// Loads data through the client and reloads it after writes. A small hook instead of a data library:
// the app is local, calls are cheap, and every write is announced by the client.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage, onWrite } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => void;
}

export function useApi<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  // `loadedFor` says which reload the state answers; loading is derived, not set in the effect.
  const [state, setState] = useState<{ data?: T; error?: string; loadedFor: number }>({ loadedFor: -1 });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => onWrite(reload), [reload]);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, loadedFor: tick }),
      (err: unknown) => live && setState({ error: errorMessage(err), loadedFor: tick }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tick, ...deps]);
  return { data: state.data, error: state.error, loading: state.loadedFor !== tick, reload };
}
