// The node reads the runbook and DR-test aggregates need (is a node live, what is it called, which
// tier does a resource have). Nodes are their own aggregate: these fold into store/nodes on merge.
import { and, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db';
import { node } from '../schema';

export function nodeRefs(db: Db) {
  return {
    /** The first of `ids` (in their order) that is not a live node, if any. */
    firstMissing(ids: readonly string[]): string | undefined {
      if (ids.length === 0) return undefined;
      const live = new Set(
        db
          .select({ id: node.id })
          .from(node)
          .where(and(inArray(node.id, [...ids]), isNull(node.retiredAt)))
          .all()
          .map((r) => r.id),
      );
      return ids.find((id) => !live.has(id));
    },

    /** Every node's name by id, retired ones included: an old version may name them. */
    names(): Map<string, string> {
      return new Map(
        db
          .select({ id: node.id, name: node.name })
          .from(node)
          .all()
          .map((n) => [n.id, n.name]),
      );
    },

    /** Live resources (not processes) that have a tier of their own. */
    resourceTiers(): { id: string; tierId: string }[] {
      return db
        .select({ id: node.id, tierId: node.tierId })
        .from(node)
        .where(and(ne(node.kind, 'process'), isNull(node.retiredAt), isNotNull(node.tierId)))
        .all()
        .flatMap((r) => (r.tierId === null ? [] : [{ id: r.id, tierId: r.tierId }]));
    },
  };
}
