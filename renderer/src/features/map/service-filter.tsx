// Shows one important business service on the map: its footprint (the processes and resources that
// deliver it) and everything they need through hard dependencies. The service is in the address
// (#/map?service=<id>), so the resilience page links straight to it.
import { useMemo } from 'react';
import type { DependencyMap, ServiceView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { navigate } from '../../routing/navigate';

/** The footprint and its hard-dependency closure, by node id; null when no service is chosen. */
export function serviceNodeIds(map: DependencyMap, service: ServiceView | undefined): Set<string> | null {
  if (!service) return null;
  const providers = new Map<string, string[]>();
  for (const e of map.edges) {
    if (!e.hard) continue;
    const list = providers.get(e.consumerId);
    if (list) list.push(e.providerId);
    else providers.set(e.consumerId, [e.providerId]);
  }
  const keep = new Set(service.nodeIds);
  const stack = [...service.nodeIds];
  while (stack.length > 0)
    for (const p of providers.get(stack.pop()!) ?? [])
      if (!keep.has(p)) {
        keep.add(p);
        stack.push(p);
      }
  return keep;
}

export function useServices(): ServiceView[] {
  return useApi(() => api['resilience.overview']({}), []).data?.services ?? [];
}

export function ServiceFilter(props: { services: ServiceView[]; serviceId: string; shown: number | null }) {
  const chosen = props.services.find((s) => s.id === props.serviceId);
  return useMemo(
    () => (
      <div className="row map-service-filter">
        <label>
          Important business service{' '}
          <select
            value={props.serviceId}
            onChange={(e) =>
              navigate({ area: 'map', query: e.target.value ? { service: e.target.value } : {} })
            }
          >
            <option value="">all of the map</option>
            {props.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {chosen && props.shown !== null && (
          <span className="muted small" role="status">
            Showing {chosen.name}: {props.shown} nodes deliver it or are needed by them.
          </span>
        )}
      </div>
    ),
    [props.services, props.serviceId, props.shown, chosen],
  );
}
