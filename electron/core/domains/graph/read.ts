// The dependency map: processes and resources with their effective RTOs, the whole analysis of
// shared/domain/graph, and a layered layout computed here so the UI and the PDF draw the same map.
import type Database from 'better-sqlite3';
import { AppError, type DependencyMap, type MapNode } from '../../../../shared/contract';
import { analyze, blastRadius, buildGraph, type CompiledGraph } from '../../../../shared/domain/graph';
import { layoutGraph } from '../../../../shared/domain/graph/layout/layout';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { deriveEveryProcess, processObjectives } from '../bia/read-all';
import { loadGraphInput } from './input';
import { listEdges } from '../nodes/handlers';

export const NODE_BOX = { width: 180, height: 44 };

export function compiledWorkspaceGraph(db: Database.Database): {
  graph: CompiledGraph;
  all: ReturnType<typeof deriveEveryProcess>;
} {
  const all = deriveEveryProcess(db);
  return { graph: buildGraph(loadGraphInput(db, processObjectives(all), all.registers.tiers)), all };
}

export function dependencyMap(db: Database.Database): DependencyMap {
  const { graph, all } = compiledWorkspaceGraph(db);
  const tierById = new Map(all.registers.tiers.map((t) => [t.id, t]));
  const processTier = new Map(all.processes.map((p, i) => [p.id, all.derived[i]!.tier]));
  const rows = new Map(
    (
      db.prepare('SELECT id, department, tier_id, pos_x, pos_y FROM node WHERE retired_at IS NULL').all() as {
        id: string;
        department: string;
        tier_id: string | null;
        pos_x: number | null;
        pos_y: number | null;
      }[]
    ).map((r) => [r.id, r]),
  );
  const nodes = graph.nodes.map((n): MapNode => {
    const row = rows.get(n.id);
    const tier =
      n.kind === 'process'
        ? (processTier.get(n.id) ?? null)
        : row?.tier_id
          ? (tierById.get(row.tier_id) ?? null)
          : null;
    return {
      id: n.id,
      kind: n.kind,
      name: n.name,
      department: row?.department ?? '',
      tierId: tier?.id ?? null,
      tierName: tier?.name ?? null,
      tierRank: n.tierRank ?? null,
      rtoMinutes: n.rtoMinutes ?? null,
      restoreMinutes: n.restoreMinutes ?? null,
      provenMinutes: n.provenMinutes ?? null,
      provenAt: n.provenAt ?? null,
      position: row && row.pos_x !== null && row.pos_y !== null ? { x: row.pos_x, y: row.pos_y } : null,
    };
  });
  const layout = layoutGraph(
    {
      nodes: nodes.map((n) => ({ id: n.id, ...NODE_BOX })),
      edges: graph.edges.map((e) => ({ id: e.id, from: e.from, to: e.to })),
    },
    { layerGap: 90, nodeGap: 30 },
  );
  return { nodes, edges: listEdges(db), analysis: analyze(graph), layout };
}

export const graphHandlers = {
  'graph.map': (_input, ctx) => dependencyMap(requireWorkspace(ctx).db),
  'graph.blastRadius': (input, ctx) => {
    const { graph } = compiledWorkspaceGraph(requireWorkspace(ctx).db);
    if (!graph.indexOf.has(input.nodeId))
      throw new AppError('NOT_FOUND', 'That node is not on the map (retired or unknown).');
    return blastRadius(graph, input.nodeId);
  },
  'graph.savePositions': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.mutate(w, () => {
      const update = ws.db.prepare(
        'UPDATE node SET pos_x = ?, pos_y = ? WHERE id = ? AND retired_at IS NULL',
      );
      let saved = 0;
      for (const p of input.positions) saved += update.run(Math.round(p.x), Math.round(p.y), p.id).changes;
      // Positions are layout, not substance: one entry per save, naming how many moved.
      return {
        value: { saved },
        audit: { action: 'map.positions', entity: 'map', entityId: ws.id, after: { moved: saved } },
      };
    });
  },
} satisfies Partial<Handlers>;
