// The data layer's one interface: an object per aggregate, each owning the SQL of its tables. Code
// above the store (domains, reports, imports, the demo, the CLI) reads and writes only through it,
// so a second engine could implement the same interface without touching them.
import { biaStore } from './bia';
import type { Db } from './db';
import { nodesStore } from './nodes';
import { registersStore } from './registers';
import { workspaceStore } from './workspace';

export function createStore(db: Db) {
  const registers = registersStore(db);
  return {
    registers,
    nodes: nodesStore(db),
    bia: biaStore(db, registers),
    workspace: workspaceStore(db),
  };
}

export type Store = ReturnType<typeof createStore>;
export type { WriteContext, Written } from './write';
