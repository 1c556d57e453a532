// elkjs, loaded where `document` is undefined, takes itself for ELK's own worker: it answers
// messages on `self` and exports nothing, so cytoscape-elk would wait for ever. A placeholder
// `document` makes it export its in-thread layout. It stays: elkjs loads that part lazily, at the
// first layout. Import this before cytoscape-elk.
const scope = globalThis as { document?: unknown };
scope.document ??= {};
export {};
