// Editor actions on the map: each is one API call (or a few for a group), and the client announces
// the write, so the map reloads with the server's fresh analysis and layout.
import type { Core } from 'cytoscape';
import type { EdgeView } from '../../../../shared/contract';
import type { NodeKind } from '../../../../shared/domain/model';
import { api } from '../../api/client';

export async function addNode(input: {
  kind: NodeKind;
  name: string;
  tierId: string | null;
}): Promise<string> {
  const node = await api['nodes.save']({ kind: input.kind, name: input.name, tierId: input.tierId });
  // A process's tier comes from its BIA; a chosen tier is pinned there so the map shows it at once.
  if (input.kind === 'process' && input.tierId) {
    await api['bia.update']({ processId: node.id, pinnedTierId: input.tierId });
  }
  return node.id;
}

export async function connect(consumerId: string, providerId: string, hard: boolean): Promise<string> {
  const edge = await api['edges.save']({ consumerId, providerId, hard });
  return edge.id;
}

export async function retireNode(id: string): Promise<void> {
  await api['nodes.retire']({ id });
}

export async function retireEdge(id: string): Promise<void> {
  await api['edges.retire']({ id });
}

/** Gives the edges one groupId: the consumer needs any one of their providers, not all. */
export async function setGroup(edges: readonly EdgeView[], groupId: string | null): Promise<void> {
  for (const e of edges) {
    await api['edges.save']({
      id: e.id,
      consumerId: e.consumerId,
      providerId: e.providerId,
      hard: e.hard,
      groupId,
      notes: e.notes,
    });
  }
}

/** A readable group id from the providers' names, e.g. "bookings-db-primary-replica". */
export function suggestGroupId(names: readonly string[]): string {
  const words = names.flatMap((n) =>
    n
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const unique = [...new Set(words)].slice(0, 5);
  return unique.length > 0 ? unique.join('-') : 'redundant';
}

/** Saves where the given nodes now stand (after a drag or a layout). */
export async function savePositions(cy: Core, ids: Iterable<string>): Promise<number> {
  const positions: { id: string; x: number; y: number }[] = [];
  for (const id of ids) {
    const n = cy.getElementById(id);
    if (n.empty()) continue;
    const p = n.position();
    positions.push({ id, x: p.x, y: p.y });
  }
  if (positions.length === 0) return 0;
  return (await api['graph.savePositions']({ positions })).saved;
}

/** A soft edge never joins a redundancy group, so making one soft takes it out of its group. */
export async function setHard(e: EdgeView, hard: boolean): Promise<void> {
  await api['edges.save']({
    id: e.id,
    consumerId: e.consumerId,
    providerId: e.providerId,
    hard,
    groupId: hard ? e.groupId : null,
    notes: e.notes,
  });
}
