// Reads only the evidence pack (and the CLI's export) need, from tables other aggregates own: the
// BIA ratings grid, the DR tests in schedule order, live processes by name. Also
// the snapshot every pack is read in, so all its sections describe one committed state.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { drTest, node } from '../schema';

export function evidenceStore(db: Db) {
  return {
    /** Runs fn in one read transaction: every read inside sees the same committed state. */
    snapshot<T>(fn: () => T): T {
      return db.$client.transaction(fn)();
    },

    /** Live DR tests in schedule order. */
    drTestIds(): string[] {
      return db
        .select({ id: drTest.id })
        .from(drTest)
        .where(isNull(drTest.retiredAt))
        .orderBy(asc(drTest.scheduledAt), asc(drTest.name))
        .all()
        .map((r) => r.id);
    },

    /** Live processes, for choosing a pack's scope by name or id. */
    liveProcesses(): { id: string; name: string }[] {
      return db
        .select({ id: node.id, name: node.name })
        .from(node)
        .where(and(eq(node.kind, 'process'), isNull(node.retiredAt)))
        .all();
    },
  };
}
