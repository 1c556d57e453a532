// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import type { Handlers } from './app/router';
import { auditHandlers } from './domains/audit/handlers';
import { biaHandlers } from './services/bia';
import { calendarHandlers } from './domains/calendar/handlers';
import { canaryHandlers } from './domains/canary/handlers';
import { dashboardHandlers } from './services/dashboard';
import { drTestHandlers } from './services/drtests';
import { evidenceHandlers } from './domains/evidence/handlers';
import { gateHandlers } from './domains/gate/handlers';
import { graphHandlers } from './services/graph';
import { importHandlers } from './services/imports';
import { nodeHandlers } from './services/nodes';
import { objectivesHandlers } from './services/objectives';
import { profileHandlers } from './services/profile';
import { registerHandlers } from './domains/registers/handlers';
import { releaseHandlers } from './domains/releases/handlers';
import { riskHandlers } from './domains/risk/handlers';
import { runbookHandlers } from './services/runbooks';
import { sloHandlers } from './domains/slos/handlers';
import { runbookPrintHandlers } from './services/runbooks-print';
import { workspaceHandlers } from './services/workspace';
import { workspaceFileHandlers } from './services/workspace-files';

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
  ...releaseHandlers,
  ...calendarHandlers,
  ...riskHandlers,
  ...sloHandlers,
  ...canaryHandlers,
  ...gateHandlers,
  ...workspaceFileHandlers,
  ...dashboardHandlers,
};
