// Reading and verifying the audit trail of the open workspace.
import { requireWorkspace } from '../../app/context';
import type { Handlers } from '../../app/router';
import { verifyWorkspaceChain } from './verify';

export const auditHandlers = {
  'audit.list': (input, ctx) => requireWorkspace(ctx).store.audit.list(input.limit, input.offset),
  'audit.verify': (_input, ctx) => {
    const ws = requireWorkspace(ctx);
    return verifyWorkspaceChain(ws.store, ws.id, ctx.session.dataDir);
  },
} satisfies Partial<Handlers>;
