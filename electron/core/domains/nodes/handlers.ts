// Processes and resources (one node model) and the edges between them. A process gets its BIA
// record when it is created.
import type Database from 'better-sqlite3';
import { AppError, type EdgeView, type NodeView } from '../../../../shared/contract';
import type { NodeKind } from '../../../../shared/domain/model';
import type { nodeFields } from '../../../../shared/contract/methods/bia';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { AuditInput } from '../../store/audit-chain';
import type { WriteContext } from '../../app/workspace';
import { retireRow, saveRow, type TableSpec } from '../../services/rows';
import type { z } from 'zod';

export const nodeSpec: TableSpec = {
  table: 'node',
  entity: 'node',
  columns: {
    kind: 'kind',
    name: 'name',
    owner: 'owner',
    department: 'department',
    description: 'description',
    tierId: 'tier_id',
    rtoMinutes: 'rto_minutes',
    rpoMinutes: 'rpo_minutes',
    restoreMinutes: 'restore_minutes',
  },
  describe: (v) => `A ${String(v.kind)} named "${String(v.name)}"`,
};

export const edgeSpec: TableSpec = {
  table: 'edge',
  entity: 'edge',
  columns: {
    consumerId: 'consumer_id',
    providerId: 'provider_id',
    hard: 'hard',
    groupId: 'group_id',
    notes: 'notes',
  },
  describe: () => 'That dependency',
};

const NODE_COLUMNS = `id, kind, name, owner, department, description, tier_id AS tierId, rto_minutes AS rtoMinutes,
  rpo_minutes AS rpoMinutes, restore_minutes AS restoreMinutes, proven_minutes AS provenMinutes, proven_at AS provenAt,
  created_at AS createdAt, updated_at AS updatedAt`;

export function listNodes(db: Database.Database, kind?: NodeKind | 'resource'): NodeView[] {
  const where = kind === undefined ? '' : kind === 'resource' ? "AND kind <> 'process'" : 'AND kind = ?';
  const args = kind === undefined || kind === 'resource' ? [] : [kind];
  return db
    .prepare(`SELECT ${NODE_COLUMNS} FROM node WHERE retired_at IS NULL ${where} ORDER BY kind, name`)
    .all(...args) as NodeView[];
}

export function getNode(db: Database.Database, id: string): NodeView {
  const row = db.prepare(`SELECT ${NODE_COLUMNS} FROM node WHERE id = ? AND retired_at IS NULL`).get(id) as
    NodeView | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That process or resource does not exist (or was retired).');
  return row;
}

/** Every live dependency between live nodes, or just the one with `id`. */
export function listEdges(db: Database.Database, id?: string): EdgeView[] {
  return (
    db
      .prepare(
        `SELECT e.id, e.consumer_id AS consumerId, e.provider_id AS providerId, e.hard, e.group_id AS groupId, e.notes
         FROM edge e JOIN node c ON c.id = e.consumer_id JOIN node p ON p.id = e.provider_id
         WHERE e.retired_at IS NULL AND c.retired_at IS NULL AND p.retired_at IS NULL
         ${id === undefined ? '' : 'AND e.id = ?'}`,
      )
      .all(...(id === undefined ? [] : [id])) as (Omit<EdgeView, 'hard'> & { hard: number })[]
  ).map((e) => ({ ...e, hard: e.hard === 1 }));
}

type NodeFields = z.output<typeof nodeFields>;

/** Saves one node (inside a mutate); a new process also gets its draft BIA. */
export function saveNode(
  db: Database.Database,
  w: WriteContext,
  input: NodeFields,
): { id: string; audit: AuditInput[] } {
  const { id, ...values } = input;
  if (id) {
    const existing = db.prepare('SELECT kind FROM node WHERE id = ?').get(id) as { kind: string } | undefined;
    if (existing && existing.kind !== values.kind) {
      throw new AppError(
        'INVALID_INPUT',
        `A ${existing.kind} cannot become a ${values.kind}; create a new one instead.`,
      );
    }
  }
  const saved = saveRow(db, w, nodeSpec, id, values);
  const audit = saved.audit;
  if (saved.created && values.kind === 'process') {
    const at = w.now.toISOString();
    db.prepare('INSERT INTO bia (process_id, status, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      saved.id,
      'draft',
      at,
      at,
    );
  }
  return { id: saved.id, audit };
}

export interface EdgeFields {
  id?: string | undefined;
  consumerId: string;
  providerId: string;
  hard: boolean;
  groupId: string | null;
  notes: string;
}

/**
 * Saves one dependency (inside a mutate), from the map or an import: both ends live, never a node on
 * itself, and only hard dependencies grouped (a soft one cannot stand in for a failed provider).
 */
export function saveEdge(
  db: Database.Database,
  w: WriteContext,
  input: EdgeFields,
): { id: string; audit: AuditInput[] } {
  const { id, hard, ...rest } = input;
  if (rest.consumerId === rest.providerId)
    throw new AppError('INVALID_INPUT', 'A node cannot depend on itself.');
  if (!hard && rest.groupId !== null)
    throw new AppError('INVALID_INPUT', 'A soft dependency cannot be in a redundancy group.');
  getNode(db, rest.consumerId);
  getNode(db, rest.providerId);
  const r = saveRow(db, w, edgeSpec, id, { ...rest, hard: hard ? 1 : 0 });
  return { id: r.id, audit: r.audit };
}

export const nodeHandlers = {
  'nodes.list': (input, ctx) => listNodes(requireWorkspace(ctx).db, input.kind),
  'nodes.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.mutateMaybe(w, () => {
      const r = saveNode(ws.db, w, input);
      return { value: r.id, audit: r.audit };
    });
    return getNode(ws.db, id);
  },
  'nodes.saveMany': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.mutateMaybe(w, () => {
      const problems: string[] = [];
      const audit: AuditInput[] = [];
      input.rows.forEach((row, i) => {
        try {
          audit.push(...saveNode(ws.db, w, row).audit);
        } catch (err) {
          problems.push(`row ${i + 1}: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
      // Throwing rolls the whole block back: every row, or none.
      if (problems.length > 0) {
        throw new AppError('INVALID_INPUT', `Nothing was saved. ${problems.slice(0, 5).join('; ')}`, {
          problems,
        });
      }
      return { value: { saved: audit.length }, audit };
    });
  },
  'nodes.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => {
      const audit = [retireRow(ws.db, w, nodeSpec, input.id)];
      const edges = ws.db
        .prepare('SELECT id FROM edge WHERE retired_at IS NULL AND (consumer_id = ? OR provider_id = ?)')
        .pluck()
        .all(input.id, input.id) as string[];
      for (const e of edges) audit.push(retireRow(ws.db, w, edgeSpec, e));
      return { value: null, audit };
    });
    return null;
  },
  'edges.list': (_input, ctx) => listEdges(requireWorkspace(ctx).db),
  'edges.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const savedId = ws.mutateMaybe(w, () => {
      const r = saveEdge(ws.db, w, input);
      return { value: r.id, audit: r.audit };
    });
    // The one saved row, not every edge: a map of thousands is built one save at a time.
    const [saved] = listEdges(ws.db, savedId);
    if (!saved) throw new AppError('NOT_FOUND', 'The dependency was not saved.');
    return saved;
  },
  'edges.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => ({ value: null, audit: retireRow(ws.db, w, edgeSpec, input.id) }));
    return null;
  },
} satisfies Partial<Handlers>;
