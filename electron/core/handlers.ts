// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import type { Handlers } from './app/router';
import { auditHandlers } from './services/audit';
import { biaHandlers } from './services/bia';
import { calendarHandlers } from './services/calendar';
import { canaryHandlers } from './services/canary';
import { drTestHandlers } from './domains/drtests/handlers';
import { evidenceHandlers } from './services/evidence';
import { gateHandlers } from './services/gate';
import { graphHandlers } from './services/graph';
import { importHandlers } from './services/imports';
import { nodeHandlers } from './services/nodes';
import { objectivesHandlers } from './services/objectives';
import { profileHandlers } from './services/profile';
import { registerHandlers } from './domains/registers/handlers';
import { releaseHandlers } from './services/releases';
import { riskHandlers } from './services/risk';
import { runbookHandlers } from './domains/runbooks/handlers';
import { sloHandlers } from './services/slos';
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
  ...drTestHandlers,
  ...evidenceHandlers,
  ...releaseHandlers,
  ...calendarHandlers,
  ...riskHandlers,
  ...sloHandlers,
  ...canaryHandlers,
  ...gateHandlers,
};
