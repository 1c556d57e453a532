// Result types of the dependency-map methods.
import type { GraphAnalysis } from '../domain/graph';
import type { GraphLayout } from '../domain/graph/layout/types';
import type { NodeKind } from '../domain/model';
import type { EdgeView } from './bia-types';

export interface MapNode {
  id: string;
  kind: NodeKind;
  name: string;
  department: string;
  tierId: string | null;
  tierName: string | null;
  tierRank: number | null;
  /** Processes: from the BIA; resources: their own target, else their tier's. */
  rtoMinutes: number | null;
  restoreMinutes: number | null;
  provenMinutes: number | null;
  provenAt: string | null;
  /** Where the user placed it on the map, if anywhere. */
  position: { x: number; y: number } | null;
}

export interface DependencyMap {
  nodes: MapNode[];
  edges: EdgeView[];
  analysis: GraphAnalysis;
  /** Our layered layout of the whole map, computed on the Node side. */
  layout: GraphLayout;
}
