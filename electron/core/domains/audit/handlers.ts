// Reading and verifying the audit trail of the open workspace.
import { requireWorkspace } from '../../app/context';
import type { Handlers } from '../../app/router';
import { entityNamer } from './names';
import { integrityOf, recordVerification } from './integrity';
import { verifyWorkspaceChain } from './verify';

export const auditHandlers = {
  'audit.list': (input, ctx) => {
    const store = requireWorkspace(ctx).store;
    const page = store.audit.list(input.limit, input.offset);
    const names = entityNamer(store);
    return { ...page, entries: page.entries.map((e) => ({ ...e, entityName: names.ofView(e) })) };
  },
  'audit.verify': (_input, ctx) => {
    const ws = requireWorkspace(ctx);
    const verification = verifyWorkspaceChain(ws.store, ws.headKey, ctx.session.dataDir);
    recordVerification(ctx, ws, verification);
    return verification;
  },
  'audit.integrity': (_input, ctx) => integrityOf(ctx, requireWorkspace(ctx)),
} satisfies Partial<Handlers>;
