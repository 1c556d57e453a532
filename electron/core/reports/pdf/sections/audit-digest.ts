// What the PDF's audit section prints: the whole period of the pack, never the last N entries. A
// short trail is listed entry by entry; a long one is summarised per day and per entity (how many of
// each action, which entries, by whom); a trail too long even for that (a bulk import touching
// thousands of rows in a day) is summarised per day and per kind of entity. Each form says which it is.
import type { AuditRecord } from '../../../store/audit-chain';
import { OUTSIDE_SCOPE, type EntityNamer } from '../../evidence-data';

/** Entries listed one by one up to this many (about ten pages). */
export const LIST_UP_TO = 400;
/** Summary lines per entity up to this many; beyond, lines per kind of entity. */
export const ENTITY_LINES_UP_TO = 1500;

export interface AuditLine {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityName: string;
  hash: string;
}

export interface SummaryLine {
  day: string;
  /** "node: Freight booking", or the kind alone in the per-kind form. */
  what: string;
  /** "bia.rate ×12, bia.submit ×1". */
  actions: string;
  count: number;
  firstSeq: number;
  lastSeq: number;
  actors: string;
}

export type AuditDigest =
  | { kind: 'entries'; total: number; lines: AuditLine[] }
  | { kind: 'per-entity' | 'per-kind'; total: number; first?: string; last?: string; lines: SummaryLine[] };

interface Group {
  day: string;
  what: string;
  actions: Map<string, number>;
  count: number;
  firstSeq: number;
  lastSeq: number;
  actors: Set<string>;
}

function summarise(groups: Map<string, Group>): SummaryLine[] {
  return [...groups.values()].map((g) => ({
    day: g.day,
    what: g.what,
    actions: [...g.actions].map(([a, n]) => `${a} ×${n}`).join(', '),
    count: g.count,
    firstSeq: g.firstSeq,
    lastSeq: g.lastSeq,
    actors: [...g.actors].join(', '),
  }));
}

function add(groups: Map<string, Group>, key: string, day: string, what: string, r: AuditRecord): void {
  let g = groups.get(key);
  if (!g) {
    g = { day, what, actions: new Map(), count: 0, firstSeq: r.seq, lastSeq: r.seq, actors: new Set() };
    groups.set(key, g);
  }
  g.actions.set(r.action, (g.actions.get(r.action) ?? 0) + 1);
  g.count++;
  g.lastSeq = r.seq;
  g.actors.add(r.actorName);
}

/** One pass over the entries, oldest first; `total` is how many there are. */
export function auditDigest(entries: Iterable<AuditRecord>, total: number, name: EntityNamer): AuditDigest {
  if (total <= LIST_UP_TO) {
    const lines: AuditLine[] = [];
    for (const r of entries)
      lines.push({
        seq: r.seq,
        at: r.at,
        actor: r.actorName,
        action: r.action,
        entity: r.entity,
        entityName: name(r),
        hash: r.hash,
      });
    return { kind: 'entries', total: lines.length, lines };
  }
  const perEntity = new Map<string, Group>();
  const perKind = new Map<string, Group>();
  let count = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const r of entries) {
    const day = r.at.slice(0, 10);
    first ??= r.at;
    last = r.at;
    count++;
    add(perKind, `${day}\u0000${r.entity}`, day, r.entity, r);
    // Past the limit the per-entity lines are no longer kept: the per-kind ones will be printed.
    if (perEntity.size <= ENTITY_LINES_UP_TO) {
      const label = name(r);
      // Entities a narrowed pack does not show are counted together, per kind.
      const id = label === OUTSIDE_SCOPE ? '' : r.entityId;
      const what = label ? `${r.entity}: ${label}` : `${r.entity} ${r.entityId}`;
      add(perEntity, `${day}\u0000${r.entity}\u0000${id}`, day, what, r);
    }
  }
  return perEntity.size <= ENTITY_LINES_UP_TO
    ? { kind: 'per-entity', total: count, first, last, lines: summarise(perEntity) }
    : { kind: 'per-kind', total: count, first, last, lines: summarise(perKind) };
}
