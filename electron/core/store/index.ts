// The data layer's one interface: an object per aggregate, each owning the SQL of its tables. Code
// above the store (domains, reports, imports, the demo, the CLI) reads and writes only through it,
// so a second engine could implement the same interface without touching them.
import type { Db } from './db';
import { drTestsStore } from './drtests';
import { registersStore } from './registers';
import { runbooksStore } from './runbooks';

export function createStore(db: Db) {
  return {
    registers: registersStore(db),
    runbooks: runbooksStore(db),
    drtests: drTestsStore(db),
  };
}

export type Store = ReturnType<typeof createStore>;
export type { WriteContext, Written } from './write';
