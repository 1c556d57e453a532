// What the page and the layout worker say to each other, and the options each layout runs with.

export type InPageLayout = 'fcose' | 'elk';

export interface LayoutRequest {
  name: InPageLayout;
  nodes: { id: string; w: number; h: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  error?: string;
}

export function inPageLayoutOptions(name: InPageLayout): Record<string, unknown> {
  return name === 'fcose'
    ? {
        name: 'fcose',
        animate: false,
        randomize: true,
        nodeSeparation: 120,
        idealEdgeLength: 140,
      }
    : {
        name: 'elk',
        animate: false,
        nodeDimensionsIncludeLabels: false,
        elk: {
          algorithm: 'layered',
          'elk.direction': 'DOWN',
          'elk.spacing.nodeNode': 30,
          'elk.layered.spacing.nodeNodeBetweenLayers': 60,
        },
      };
}
