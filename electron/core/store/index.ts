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
import { incidentsStore } from './incidents';
import { exceptionsStore } from './exceptions';
import { membersStore } from './members';
import { nodesStore } from './nodes';
import { packetsStore } from './packets';
import { registersStore } from './registers';
import { levelDefinitionsStore } from './level-definitions';
import { questionnairesStore } from './questionnaires';
import { releasesStore } from './releases';
import { resilienceStore } from './resilience';
import { runbooksStore } from './runbooks';
import { signoffsStore } from './signoffs';
import { slosStore } from './slos';
import { capturing, installCapture } from './state/capture';
import { stateStore } from './state';
import { thirdPartiesStore } from './thirdparties';
import { workspaceStore } from './workspace';

export function createStore(db: Db) {
  // Every write primitive's entries carry the rows it changed (state/capture.ts), so the chain can
  // rebuild each audited table exactly.
  installCapture(db.$client);
  const c = <T extends object>(aggregate: T): T => capturing(db.$client, aggregate);
  const registers = registersStore(db);
  return {
    registers: c(registers),
    nodes: c(nodesStore(db)),
    bia: c(biaStore(db, registers)),
    workspace: c(workspaceStore(db)),
    releases: c(releasesStore(db)),
    calendar: c(calendarStore(db)),
    slos: c(slosStore(db)),
    canary: c(canaryStore(db)),
    audit: auditStore(db),
    evidence: evidenceStore(db),
    runbooks: c(runbooksStore(db)),
    drtests: c(drTestsStore(db)),
    members: c(membersStore(db)),
    signoffs: c(signoffsStore(db)),
    state: c(stateStore(db)),
    thirdParties: c(thirdPartiesStore(db)),
    incidents: c(incidentsStore(db)),
    levelDefinitions: c(levelDefinitionsStore(db)),
    questionnaires: c(questionnairesStore(db)),
    resilience: c(resilienceStore(db)),
    exceptions: c(exceptionsStore(db)),
    packets: c(packetsStore(db)),
  };
}

export type Store = ReturnType<typeof createStore>;
export type { WriteContext, Written } from './write';
