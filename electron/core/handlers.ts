// Every domain's handlers in one map, checked against the contract: a missing or extra method
// does not compile.
import type { Handlers } from './router';
import { auditHandlers } from './services/audit';
import { profileHandlers } from './services/profile';
import { workspaceHandlers } from './services/workspace';

export const handlers: Handlers = {
  ...profileHandlers,
  ...workspaceHandlers,
  ...auditHandlers,
};
