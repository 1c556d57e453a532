// Verifying the audit trail of the open workspace: the chain's own links, the head this machine
// recorded outside the file, and the state the chain accounts for (every audited table rebuilt from
// the after-images and compared with the live rows). Read by the handlers, the evidence pack and the CLI.
import type { ChainVerification, OutsideHeadStatus, StateCheck } from '../../../../shared/contract';
import type { DataDir } from '../../app/data-dir';
import type { Store } from '../../store';
import type { ChainWalk } from '../../store/audit';
import { describeOutsideHead } from '../../store/outside-head';
import { describeDifference } from '../../store/state/describe';
import type { StateCheckOptions } from '../../store/state';

function describeState(s: StateCheck): string {
  const first = s.differences[0];
  if (!first) return `State intact: ${s.rows} rows in ${s.tables} tables match the audit trail.`;
  const more = s.totalDifferences - 1;
  return `${describeDifference(first)}.${more > 0 ? ` ${more} more difference${more === 1 ? '' : 's'}.` : ''}`;
}

export function verifyWorkspaceChain(
  store: Store,
  workspaceId: string,
  dataDir: DataDir,
  stateOptions: StateCheckOptions = {},
): ChainVerification {
  const walked = store.audit.walk();
  // A merged packet's history is checked too: the merge entry commits to the packet's head.
  const imported = walked.ok ? store.packets.verifyImported() : null;
  const walk = imported ? { ...walked, ok: false, firstBroken: imported } : walked;
  const outsideHead = store.audit.outsideHead(dataDir.head(workspaceId));
  return combineVerification(walk, outsideHead, store.state.check(stateOptions));
}

/**
 * The verdict from its three parts; the open-time check (integrity.ts) computes them one at a time,
 * yielding between them, and combines them here so both say the same thing.
 */
export function combineVerification(
  walk: ChainWalk,
  outsideHead: OutsideHeadStatus,
  state: StateCheck,
): ChainVerification {
  const outsideBad = outsideHead.status === 'truncated' || outsideHead.status === 'rewritten';
  const ok = walk.ok && !outsideBad && state.ok;
  const summary = !walk.ok
    ? `Audit chain broken at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}.`
    : outsideBad
      ? describeOutsideHead(outsideHead)
      : !state.ok
        ? describeState(state)
        : `Audit chain intact: ${walk.checked} entries verified, ${walk.signatures} signed transactions${walk.unsigned > 0 ? ` (${walk.unsigned} earlier entries from before personal keys are hashed but unsigned)` : ''}, head ${walk.head.seq} ${walk.head.hash.slice(0, 12)}…. ${describeOutsideHead(outsideHead)} ${describeState(state)}`;
  return { ...walk, outsideHead, state, ok, summary };
}
