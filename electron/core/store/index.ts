// The data layer's one interface: an object per aggregate, each owning the SQL of its tables. Code
// above the store (domains, reports, imports, the demo, the CLI) reads and writes only through it,
// so a second engine could implement the same interface without touching them.
import { biaStore } from './bia';
import type { Db } from './db';
import { auditStore } from './audit';
import { calendarStore } from './calendar';
import { canaryStore } from './canary';
import { drTestsStore } from './drtests';
import { evidenceStore } from './evidence';
import { membersStore } from './members';
import { nodesStore } from './nodes';
import { registersStore } from './registers';
import { releasesStore } from './releases';
import { runbooksStore } from './runbooks';
import { signoffsStore } from './signoffs';
import { slosStore } from './slos';
import { workspaceStore } from './workspace';

export function createStore(db: Db) {
  const registers = registersStore(db);
  return {
    registers,
    nodes: nodesStore(db),
    bia: biaStore(db, registers),
    workspace: workspaceStore(db),
    releases: releasesStore(db),
    calendar: calendarStore(db),
    slos: slosStore(db),
    canary: canaryStore(db),
    audit: auditStore(db),
    evidence: evidenceStore(db),
    runbooks: runbooksStore(db),
    drtests: drTestsStore(db),
    members: membersStore(db),
    signoffs: signoffsStore(db),
  };
}

export type Store = ReturnType<typeof createStore>;
export type { WriteContext, Written } from './write';
