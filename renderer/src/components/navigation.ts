// Cross-area navigation through addresses (renderer/src/routing): a view opens another area or a
// record, and the BIA and Workshop views read the process from the address. The last process chosen
// is remembered so that moving between BIA and Workshop keeps it when the address names none.
import { currentRoute, navigate, useRoute } from '../routing/navigate';
import type { AreaId } from '../routing/route';

let lastProcess: string | null = null;

function rememberProcess(): void {
  const r = currentRoute();
  if ((r.area === 'bia' || r.area === 'workshop') && r.id) lastProcess = r.id;
}
rememberProcess();
window.addEventListener('hashchange', rememberProcess);

/** Shows a process in the BIA or Workshop area, whichever is open (BIA from anywhere else). */
export function selectProcess(id: string | null): void {
  lastProcess = id;
  const r = currentRoute();
  const area = r.area === 'workshop' ? 'workshop' : 'bia';
  navigate({ area, id, query: r.area === area ? r.query : {} });
}

export function useSelectedProcess(): string | null {
  const route = useRoute();
  return route.id ?? lastProcess;
}

export function requestArea(areaId: AreaId): void {
  navigate({ area: areaId });
}

/** Opens a process's BIA from anywhere. */
export function openBia(processId: string): void {
  lastProcess = processId;
  navigate({ area: 'bia', id: processId });
}
