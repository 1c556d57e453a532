// The dependency map: the whole graph with its analysis and layout, one node's blast radius,
// and saved positions.
import { z } from 'zod';
import type { BlastRadius } from '../../domain/graph';
import type { DependencyMap } from '../graph-types';
import { method } from '../method';
import { empty, id } from '../schemas';

const coordinate = z.number().finite().min(-1e7).max(1e7);

export const graphMethods = {
  'graph.map': method<DependencyMap>()(empty),
  'graph.blastRadius': method<BlastRadius>()(z.object({ nodeId: id }).strict()),
  'graph.savePositions': method<{ saved: number }>({ writes: true })(
    z
      .object({
        positions: z
          .array(z.object({ id, x: coordinate, y: coordinate }).strict())
          .min(1)
          .max(20_000),
      })
      .strict(),
  ),
} as const;
