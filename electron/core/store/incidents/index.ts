// The incidents aggregate: the register, timelines, crisis-mode runs, communications, reviews and the
// review policy. A review's actions are findings (store/drtests/findings.ts).
import type { Db } from '../db';
import { nodeRefs } from '../runbooks/node-refs';
import { incidentReads } from './read';
import { incidentWrites } from './write';

export function incidentsStore(db: Db) {
  return {
    ...incidentReads(db),
    ...incidentWrites(db),
    /** The first of `ids` that is not a live node (a node read: folds into store/nodes on merge). */
    firstMissingNode: (ids: readonly string[]) => nodeRefs(db).firstMissing(ids),
  };
}
