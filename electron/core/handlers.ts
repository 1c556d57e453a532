// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import { existsSync } from 'node:fs';
import type { Handler, Handlers } from './app/router';
import { buildDemoWorkspace } from './demo';
import { currentIdentity } from './app/context';
import { auditHandlers } from './domains/audit/handlers';
import { biaHandlers } from './domains/bia/handlers';
import { calendarHandlers } from './domains/releases/calendar-handlers';
import { canaryHandlers } from './domains/releases/canary-handlers';
import { dashboardHandlers } from './domains/dashboard/handlers';
import { drTestHandlers } from './domains/drtests/handlers';
import { evidenceHandlers } from './domains/evidence/handlers';
import { exceptionHandlers } from './domains/exceptions/handlers';
import { gateHandlers } from './domains/releases/gate-handlers';
import { graphHandlers } from './domains/graph/handlers';
import { importHandlers } from './domains/imports/handlers';
import { incidentHandlers } from './domains/incidents/handlers';
import { reviewHandlers } from './domains/incidents/review-handlers';
import { nodeHandlers } from './domains/nodes/handlers';
import { objectivesHandlers } from './domains/objectives/handlers';
import { profileHandlers } from './domains/profile/handlers';
import { memberHandlers } from './domains/members/handlers';
import { registerHandlers } from './domains/registers/handlers';
import { releaseHandlers } from './domains/releases/handlers';
import { resilienceHandlers } from './domains/resilience/handlers';
import { riskHandlers } from './domains/releases/risk-handlers';
import { runbookHandlers } from './domains/runbooks/handlers';
import { sloHandlers } from './domains/releases/slo-handlers';
import { thirdPartyHandlers } from './domains/thirdparties/handlers';
import { workspaceHandlers } from './domains/workspace/handlers';
import { demoPath, openPath } from './domains/workspace/open';
import { workspaceFileHandlers } from './domains/workspace/files';
import { backupHandlers } from './domains/workspace/backups';
import { questionnaireHandlers } from './domains/questionnaires/handlers';
import { packetHandlers } from './domains/packets/handlers';

// The demo is written through this very map, so it passes the same validation as a user's work.
// Its handler therefore lives here, where the map is composed: the demo receives the map as an
// argument and never imports it, so no module under electron/core depends on this file (no cycle,
// no dynamic import to hide one).
const openDemo: Handler<'workspace.openDemo'> = async (_input, ctx) => {
  const path = demoPath(ctx);
  if (!existsSync(path)) {
    const me = currentIdentity(ctx);
    const ws = await buildDemoWorkspace(path, ctx.session.dataDir, ctx.session.clock.now(), handlers, me);
    ws.close();
  }
  return openPath(ctx, path);
};

export const handlers: Handlers = {
  ...profileHandlers,
  ...memberHandlers,
  ...workspaceHandlers,
  'workspace.openDemo': openDemo,
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
  ...workspaceFileHandlers,
  ...packetHandlers,
  ...backupHandlers,
  ...dashboardHandlers(() => handlers),
  ...thirdPartyHandlers,
  ...incidentHandlers,
  ...reviewHandlers,
  ...questionnaireHandlers,
  ...resilienceHandlers,
  ...exceptionHandlers,
};
