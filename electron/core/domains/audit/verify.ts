// Verifying the audit trail of the open workspace: the chain's own links and the head this machine
// recorded outside the file. Read by the handlers, the evidence pack and the CLI.
import type { ChainVerification } from '../../../../shared/contract';
import type { DataDir } from '../../app/data-dir';
import type { Store } from '../../store';
import { describeOutsideHead } from '../../store/outside-head';

export function verifyWorkspaceChain(store: Store, workspaceId: string, dataDir: DataDir): ChainVerification {
  const walk = store.audit.walk();
  const outsideHead = store.audit.outsideHead(dataDir.head(workspaceId));
  const outsideBad = outsideHead.status === 'truncated' || outsideHead.status === 'rewritten';
  const ok = walk.ok && !outsideBad;
  const summary = !walk.ok
    ? `Audit chain broken at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}.`
    : outsideBad
      ? describeOutsideHead(outsideHead)
      : `Audit chain intact: ${walk.checked} entries verified, ${walk.signatures} signed transactions${walk.unsigned > 0 ? ` (${walk.unsigned} earlier entries from before personal keys are hashed but unsigned)` : ''}, head ${walk.head.seq} ${walk.head.hash.slice(0, 12)}…. ${describeOutsideHead(outsideHead)}`;
  return { ...walk, outsideHead, ok, summary };
}
