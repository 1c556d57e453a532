// A DR test measures how fast a node recovers: the node's measured capability (node.provenMinutes,
// which the graph analysis uses from then on in place of the estimates) is the latest measurement,
// passed or failed (issue 13 item 12: a test that took 90 min against an RTO of 60 is evidence
// too); a pass also records which test proved it (proven_capability, which the overdue list reads).
// The node columns are the nodes aggregate's: this write folds into store/nodes on merge.
import { eq } from 'drizzle-orm';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { node, provenCapability } from '../schema';
import type { WriteContext } from '../write';

/**
 * Records that `testId` recovered `nodeId` in `rtcMinutes`; the node keeps the whole minutes. Only a
 * pass counts as a proof for the test frequency.
 */
export function proveNode(
  db: Db,
  w: WriteContext,
  nodeId: string,
  testId: string,
  rtcMinutes: number,
  passed = true,
  at = w.now.toISOString(),
): AuditInput | undefined {
  const minutes = Math.ceil(rtcMinutes);
  // The audit entry has always named the previous values m and at.
  const old = db
    .select({ m: node.provenMinutes, at: node.provenAt })
    .from(node)
    .where(eq(node.id, nodeId))
    .get();
  // A test scored again later must not replace what a more recent test measured.
  if (old?.at && old.at > at) return undefined;
  db.update(node)
    .set({ provenMinutes: minutes, provenAt: at, updatedAt: w.now.toISOString() })
    .where(eq(node.id, nodeId))
    .run();
  if (passed) db.insert(provenCapability).values({ nodeId, testId, minutes: rtcMinutes, provenAt: at }).run();
  return {
    // One action for both, so whatever replays the trail reads the node's columns the same way.
    action: 'node.proven',
    entity: 'node',
    entityId: nodeId,
    after: {
      provenMinutes: minutes,
      provenAt: at,
      testId,
      ...(passed ? {} : { passed: false }),
      before: old,
    },
  };
}
