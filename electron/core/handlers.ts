// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import type { Handlers } from './router';
import { auditHandlers } from './services/audit';
import { biaHandlers } from './services/bia';
import { drTestHandlers } from './services/drtests';
import { evidenceHandlers } from './services/evidence';
import { graphHandlers } from './services/graph';
import { importHandlers } from './services/imports';
import { nodeHandlers } from './services/nodes';
import { objectivesHandlers } from './services/objectives';
import { profileHandlers } from './services/profile';
import { registerHandlers } from './services/registers';
import { runbookHandlers } from './services/runbooks';
import { runbookPrintHandlers } from './services/runbooks-print';
import { workspaceHandlers } from './services/workspace';

export const handlers: Handlers = {
  ...profileHandlers,
  ...workspaceHandlers,
  ...auditHandlers,
  ...registerHandlers,
  ...nodeHandlers,
  ...biaHandlers,
  ...objectivesHandlers,
  ...graphHandlers,
  ...importHandlers,
  ...runbookHandlers,
  ...runbookPrintHandlers,
  ...drTestHandlers,
  ...evidenceHandlers,
};
