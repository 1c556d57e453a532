// Input and output of the layered layout. Coordinates are in points, origin top-left, y down;
// a node's x and y are its CENTRE (what cytoscape's preset layout and pdfkit's helpers both take).

export interface LayoutNodeInput {
  id: string;
  width?: number;
  height?: number;
}

/** `from` is the consumer, `to` the provider; consumers are drawn above their providers. */
export interface LayoutEdgeInput {
  id: string;
  from: string;
  to: string;
}

export interface LayoutInput {
  nodes: readonly LayoutNodeInput[];
  edges: readonly LayoutEdgeInput[];
}

export interface LayoutOptions {
  /** Size of nodes that give none. */
  nodeWidth?: number;
  nodeHeight?: number;
  /** Vertical space between layers. */
  layerGap?: number;
  /** Horizontal space between neighbouring nodes in a layer. */
  nodeGap?: number;
  /** Space kept around long-edge bend points, so parallel edges stay apart. */
  edgeGap?: number;
  /** Down+up barycenter sweeps for crossing reduction (bounded, default 4). */
  orderingPasses?: number;
  /** Down+up passes of x-coordinate refinement (default 4). */
  coordinatePasses?: number;
  margin?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayoutNode {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0 is the top layer. */
  layer: number;
}

export interface LayoutEdge {
  id: string;
  /** From the consumer's border through bend points to the provider's border. */
  points: Point[];
  /** True when the edge was reversed to break a cycle, so it points upwards. */
  reversed: boolean;
}

export interface GraphLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
  layerCount: number;
  /** Edge crossings left after ordering (between adjacent layers, bend points included). */
  crossings: number;
}
