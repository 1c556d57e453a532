// The exceptions register's standing on every conflict reported now, by key, for views that show
// conflicts from their own analysis (the map's panels, a node's critical path).
import type { ConflictAcceptance } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';

export function useStandings(): ReadonlyMap<string, ConflictAcceptance> {
  const list = useApi(() => api['exceptions.list']({}), []);
  return new Map(
    (list.data?.conflicts ?? []).flatMap((c) => (c.acceptance ? [[c.key, c.acceptance] as const] : [])),
  );
}
