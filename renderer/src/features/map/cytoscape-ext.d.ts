// The layout extensions ship without types: each is a cytoscape extension registered with
// cytoscape.use(). Their options are passed as plain layout options.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

declare module 'cytoscape-elk' {
  import type { Ext } from 'cytoscape';
  const elk: Ext;
  export default elk;
}
