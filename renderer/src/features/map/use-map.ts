// The map's data: graph.map and the registers, reloaded after writes that change the graph, and
// the selected node's blast radius. Saving positions is ignored: the map already shows them, and
// reloading 5,000 nodes after every drag would undo the point of saving quietly.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodName } from '../../../../shared/contract';
import { api, errorMessage, onWrite } from '../../api/client';
import { indexMap } from '../../../../shared/presentation/map-scene';

const QUIET_WRITES: ReadonlySet<MethodName> = new Set(['graph.savePositions']);

interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  reload: () => void;
}

function useGraphApi<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; for?: string }>({});
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => onWrite((method) => QUIET_WRITES.has(method) || reload()), [reload]);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (data) => live && setState({ data, for: key }),
      (err: unknown) => live && setState({ error: errorMessage(err), for: key }),
    );
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tick, key]);
  // An answer for another key (the previous selection) is not shown as this one's.
  return state.for === key
    ? { data: state.data, error: state.error, reload }
    : { data: undefined, error: undefined, reload };
}

export function useMapData() {
  const map = useGraphApi(() => api['graph.map']({}), 'map');
  const registers = useGraphApi(() => api['registers.get']({}), 'registers');
  const index = useMemo(() => (map.data ? indexMap(map.data) : undefined), [map.data]);
  return {
    map: map.data,
    index,
    tiers: registers.data?.tiers ?? [],
    error: map.error ?? registers.error,
    reload: map.reload,
  };
}

export function useBlastRadius(nodeId: string | null) {
  return useGraphApi(nodeId ? () => api['graph.blastRadius']({ nodeId }) : null, nodeId ?? '');
}
