// Reading and verifying the audit trail of the open workspace.
import type { ChainVerification } from '../../../../shared/contract';
import { requireWorkspace } from '../../app/context';
import type { Handlers } from '../../app/router';
import { listAudit, walkChain } from '../../store/audit-chain';
import { compareWithRecordedHead, describeOutsideHead } from '../../store/outside-head';
import type { DataDir } from '../../app/data-dir';
import type Database from 'better-sqlite3';

export function verifyWorkspaceChain(
  db: Database.Database,
  workspaceId: string,
  dataDir: DataDir,
): ChainVerification {
  const walk = walkChain(db);
  const outsideHead = compareWithRecordedHead(db, dataDir.head(workspaceId));
  const outsideBad = outsideHead.status === 'truncated' || outsideHead.status === 'rewritten';
  const ok = walk.ok && !outsideBad;
  const summary = !walk.ok
    ? `Audit chain broken at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}.`
    : outsideBad
      ? describeOutsideHead(outsideHead)
      : `Audit chain intact: ${walk.checked} entries verified, head ${walk.head.seq} ${walk.head.hash.slice(0, 12)}…. ${describeOutsideHead(outsideHead)}`;
  return { ...walk, outsideHead, ok, summary };
}

export const auditHandlers = {
  'audit.list': (input, ctx) => listAudit(requireWorkspace(ctx).db, input.limit, input.offset),
  'audit.verify': (_input, ctx) => {
    const ws = requireWorkspace(ctx);
    return verifyWorkspaceChain(ws.db, ws.id, ctx.session.dataDir);
  },
} satisfies Partial<Handlers>;
