// The dependency map, one node's blast radius, and where the map's nodes were placed.
import { AppError } from '../../../../shared/contract';
import { blastRadius } from '../../../../shared/domain/graph';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { compiledWorkspaceGraph, dependencyMap } from './read';

export const graphHandlers = {
  'graph.map': (_input, ctx) => dependencyMap(requireWorkspace(ctx).store),
  'graph.blastRadius': (input, ctx) => {
    const { graph } = compiledWorkspaceGraph(requireWorkspace(ctx).store);
    if (!graph.indexOf.has(input.nodeId))
      throw new AppError('NOT_FOUND', 'That node is not on the map (retired or unknown).');
    return blastRadius(graph, input.nodeId);
  },
  'graph.savePositions': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.write(w, (s) => s.nodes.savePositions(w, ws.id, input.positions));
  },
} satisfies Partial<Handlers>;
