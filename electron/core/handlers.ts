// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import type { Handlers } from './app/router';
import { auditHandlers } from './services/audit';
import { biaHandlers } from './domains/bia/handlers';
import { calendarHandlers } from './services/calendar';
import { canaryHandlers } from './services/canary';
import { drTestHandlers } from './services/drtests';
import { evidenceHandlers } from './services/evidence';
import { gateHandlers } from './services/gate';
import { graphHandlers } from './domains/graph/handlers';
import { importHandlers } from './domains/imports/handlers';
import { nodeHandlers } from './domains/nodes/handlers';
import { objectivesHandlers } from './domains/objectives/handlers';
import { profileHandlers } from './domains/profile/handlers';
import { registerHandlers } from './domains/registers/handlers';
import { releaseHandlers } from './services/releases';
import { riskHandlers } from './services/risk';
import { runbookHandlers } from './services/runbooks';
import { sloHandlers } from './services/slos';
import { runbookPrintHandlers } from './services/runbooks-print';
import { workspaceHandlers } from './domains/workspace/handlers';

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
};
