// A passed DR test proves how fast a node recovers: the node's proven capability (which the graph
// analysis uses from then on) and the record of which test proved it. The node columns are the
// nodes aggregate's: this write folds into store/nodes on merge.
import { eq } from 'drizzle-orm';
import type { AuditInput } from '../audit-chain';
import type { Db } from '../db';
import { node, provenCapability } from '../schema';
import type { WriteContext } from '../write';

/** Records that `testId` recovered `nodeId` in `rtcMinutes`; the node keeps the whole minutes. */
export function proveNode(
  db: Db,
  w: WriteContext,
  nodeId: string,
  testId: string,
  rtcMinutes: number,
): AuditInput {
  const at = w.now.toISOString();
  const minutes = Math.ceil(rtcMinutes);
  // The audit entry has always named the previous values m and at.
  const old = db
    .select({ m: node.provenMinutes, at: node.provenAt })
    .from(node)
    .where(eq(node.id, nodeId))
    .get();
  db.update(node)
    .set({ provenMinutes: minutes, provenAt: at, updatedAt: at })
    .where(eq(node.id, nodeId))
    .run();
  db.insert(provenCapability).values({ nodeId, testId, minutes: rtcMinutes, provenAt: at }).run();
  return {
    action: 'node.proven',
    entity: 'node',
    entityId: nodeId,
    after: { provenMinutes: minutes, provenAt: at, testId, before: old },
  };
}
