// Processes and resources (one node model) and the dependencies between them ("consumer needs
// provider"). A process is born with its draft BIA row; retiring a node retires its dependencies.
import { and, asc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { AppError, type EdgeView, type NodeView } from '../../../../shared/contract';
import type { NodeKind } from '../../../../shared/domain/model';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { retireRow, saveRow, type BasedOn, type RowFields, type RowSpec } from '../rows';
import { bia, edge, node } from '../schema';
import type { WriteContext, Written } from '../write';

const nodeSpec: RowSpec<typeof node> = {
  table: node,
  entity: 'node',
  describe: (v) => `A ${String(v.kind)} named "${String(v.name)}"`,
};

const edgeSpec: RowSpec<typeof edge> = {
  table: edge,
  entity: 'edge',
  describe: () => 'That dependency',
};

type Editable =
  | 'kind'
  | 'name'
  | 'owner'
  | 'department'
  | 'description'
  | 'tierId'
  | 'rtoMinutes'
  | 'rpoMinutes'
  | 'restoreMinutes';

/** What a person edits on a node; no id creates one. Kind and name always; a field left out keeps its value. */
export type NodeFields = Required<Pick<RowFields<typeof node>, 'kind' | 'name'>> &
  Partial<Pick<RowFields<typeof node>, Editable>> &
  BasedOn & { id?: string | undefined };

/** What a person edits on a dependency; no id creates one. */
export type EdgeFields = Required<
  Pick<RowFields<typeof edge>, 'consumerId' | 'providerId' | 'hard' | 'groupId' | 'notes'>
> & {
  id?: string | undefined;
};

/** What a user edits on a node: read by the node view and by the import's directory. */
const nodeFields = {
  id: node.id,
  kind: node.kind,
  name: node.name,
  owner: node.owner,
  department: node.department,
  description: node.description,
  tierId: node.tierId,
  rtoMinutes: node.rtoMinutes,
  rpoMinutes: node.rpoMinutes,
  restoreMinutes: node.restoreMinutes,
};

const nodeView = {
  ...nodeFields,
  provenMinutes: node.provenMinutes,
  provenAt: node.provenAt,
  createdAt: node.createdAt,
  updatedAt: node.updatedAt,
};

const edgeView = {
  id: edge.id,
  consumerId: edge.consumerId,
  providerId: edge.providerId,
  hard: edge.hard,
  groupId: edge.groupId,
  notes: edge.notes,
};

export function nodesStore(db: Db) {
  const consumer = alias(node, 'c');
  const provider = alias(node, 'p');

  const find = (id: string): NodeView | undefined =>
    db
      .select(nodeView)
      .from(node)
      .where(and(eq(node.id, id), isNull(node.retiredAt)))
      .get();

  const get = (id: string): NodeView => {
    const row = find(id);
    if (!row) throw new AppError('NOT_FOUND', 'That process or resource does not exist (or was retired).');
    return row;
  };

  /** Every live dependency between live nodes, or just the one with `id`. */
  const edges = (id?: string): EdgeView[] =>
    db
      .select(edgeView)
      .from(edge)
      .innerJoin(consumer, eq(consumer.id, edge.consumerId))
      .innerJoin(provider, eq(provider.id, edge.providerId))
      .where(
        and(
          isNull(edge.retiredAt),
          isNull(consumer.retiredAt),
          isNull(provider.retiredAt),
          id === undefined ? undefined : eq(edge.id, id),
        ),
      )
      .all();

  return {
    /** Live nodes, by kind then name; 'resource' means every kind but process. */
    list(kind?: NodeKind | 'resource'): NodeView[] {
      const ofKind =
        kind === undefined ? undefined : kind === 'resource' ? ne(node.kind, 'process') : eq(node.kind, kind);
      return db
        .select(nodeView)
        .from(node)
        .where(and(isNull(node.retiredAt), ofKind))
        .orderBy(asc(node.kind), asc(node.name))
        .all();
    },

    /** A live node, or undefined. */
    find,

    /** A live node; NOT_FOUND when it does not exist or was retired. */
    get,

    isLive: (id: string): boolean => find(id) !== undefined,

    /** Every node's name by id, retired ones included (old records still name them). */
    names(): Map<string, string> {
      return new Map(
        db
          .select({ id: node.id, name: node.name })
          .from(node)
          .all()
          .map((n) => [n.id, n.name]),
      );
    },

    /** What the dependency graph and the map need of every live node. */
    graphRows() {
      return db
        .select({
          id: node.id,
          kind: node.kind,
          name: node.name,
          department: node.department,
          tierId: node.tierId,
          rtoMinutes: node.rtoMinutes,
          rpoMinutes: node.rpoMinutes,
          restoreMinutes: node.restoreMinutes,
          provenMinutes: node.provenMinutes,
          provenAt: node.provenAt,
          posX: node.posX,
          posY: node.posY,
        })
        .from(node)
        .where(isNull(node.retiredAt))
        .all();
    },

    /** Every node, retired ones too (an import refuses to reuse a retired name). */
    everyNode() {
      return db
        .select({ ...nodeFields, retiredAt: node.retiredAt })
        .from(node)
        .all();
    },

    edges,

    /** Every dependency, retired ones too (a pair can exist only once). */
    everyEdge() {
      return db
        .select({ ...edgeView, retiredAt: edge.retiredAt })
        .from(edge)
        .all();
    },

    /** The live providers a node depends on directly, by kind then name. */
    providersOf(consumerId: string): { nodeId: string; name: string; kind: NodeKind }[] {
      return db
        .select({ nodeId: node.id, name: node.name, kind: node.kind })
        .from(edge)
        .innerJoin(node, eq(node.id, edge.providerId))
        .where(and(eq(edge.consumerId, consumerId), isNull(edge.retiredAt), isNull(node.retiredAt)))
        .orderBy(asc(node.kind), asc(node.name))
        .all();
    },

    /** Saves one node; a new process also gets its draft BIA. A node never changes kind. */
    save(w: WriteContext, input: NodeFields): Written<string> {
      const { id, ...values } = input;
      if (id) {
        const existing = db.select({ kind: node.kind }).from(node).where(eq(node.id, id)).get();
        if (existing && existing.kind !== values.kind) {
          throw new AppError(
            'INVALID_INPUT',
            `A ${existing.kind} cannot become a ${values.kind}; create a new one instead.`,
          );
        }
      }
      const saved = saveRow(db, w, nodeSpec, id, values);
      if (saved.created && values.kind === 'process') {
        // The BIA aggregate owns the row from here on; it is born with its process.
        const at = w.now.toISOString();
        db.insert(bia).values({ processId: saved.id, status: 'draft', createdAt: at, updatedAt: at }).run();
      }
      return { value: saved.id, audit: saved.audit };
    },

    /**
     * Saves one dependency: both ends live, never a node on itself, and only hard dependencies
     * grouped (a soft one cannot stand in for a failed provider).
     */
    saveEdge(w: WriteContext, input: EdgeFields): Written<string> {
      const { id, ...values } = input;
      if (values.consumerId === values.providerId)
        throw new AppError('INVALID_INPUT', 'A node cannot depend on itself.');
      if (!values.hard && values.groupId !== null)
        throw new AppError('INVALID_INPUT', 'A soft dependency cannot be in a redundancy group.');
      get(values.consumerId);
      get(values.providerId);
      const r = saveRow(db, w, edgeSpec, id, values);
      return { value: r.id, audit: r.audit };
    },

    /** Retires a node and every live dependency on it or of it. */
    retire(w: WriteContext, id: string): Written<null> {
      const audit: AuditInput[] = [retireRow(db, w, nodeSpec, id)];
      const touching = db
        .select({ id: edge.id })
        .from(edge)
        .where(and(isNull(edge.retiredAt), or(eq(edge.consumerId, id), eq(edge.providerId, id))))
        .all();
      for (const e of touching) audit.push(retireRow(db, w, edgeSpec, e.id));
      return { value: null, audit };
    },

    retireEdge: (w: WriteContext, id: string): Written<null> => ({
      value: null,
      audit: [retireRow(db, w, edgeSpec, id)],
    }),

    /**
     * Stores where the map's nodes were placed. Positions are layout, not substance: one audit entry
     * per save, naming how many moved, under the map of workspace `mapId`.
     */
    savePositions(
      _w: WriteContext,
      mapId: string,
      positions: readonly { id: string; x: number; y: number }[],
    ): Written<{ saved: number }> {
      const update = db
        .update(node)
        .set({ posX: sql`${sql.placeholder('x')}`, posY: sql`${sql.placeholder('y')}` })
        .where(and(eq(node.id, sql.placeholder('id')), isNull(node.retiredAt)))
        .prepare();
      let saved = 0;
      for (const p of positions)
        saved += update.run({ x: Math.round(p.x), y: Math.round(p.y), id: p.id }).changes;
      return {
        value: { saved },
        audit: [{ action: 'map.positions', entity: 'map', entityId: mapId, after: { moved: saved } }],
      };
    },
  };
}
