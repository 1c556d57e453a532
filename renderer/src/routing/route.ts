// Addresses of screens: `#/<area>[/<record id>][?filter=…]`. Hash addresses work unchanged on the
// loopback host and under Electron's file/custom protocol, and need no server support.
const AREA_IDS = [
  'workspace',
  'objectives',
  'bia',
  'workshop',
  'map',
  'recovery',
  'runbooks',
  'drtests',
  'incidents',
  'resilience',
  'releases',
  'registers',
  'thirdparties',
  'questionnaires',
  'import',
  'members',
  'audit',
  'evidence',
  'exceptions',
  'packets',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export type Query = Readonly<Record<string, string>>;

export interface Route {
  area: AreaId;
  /** The record shown in the area (a process, runbook, DR test, release, map node); null for the list. */
  id: string | null;
  query: Query;
}

/** What callers pass to navigate: the area and, optionally, the record and the filter. */
export interface RouteInput {
  area: AreaId;
  id?: string | null;
  query?: Query;
}

export const HOME: Route = { area: 'workspace', id: null, query: {} };

function isArea(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads an address; anything unknown or malformed lands on the home screen rather than failing. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const search = q === -1 ? '' : raw.slice(q + 1);
  const [areaPart = '', idPart] = path.split('/');
  if (!isArea(areaPart)) return HOME;
  const id = idPart ? safeDecode(idPart) : null;
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) if (v !== '') query[k] = v;
  return { area: areaPart, id: id || null, query };
}

export function formatRoute(r: RouteInput): string {
  const id = r.id ? `/${encodeURIComponent(r.id)}` : '';
  const entries = Object.entries(r.query ?? {}).filter(([, v]) => v !== '');
  const search = entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : '';
  return `#/${r.area}${id}${search}`;
}
