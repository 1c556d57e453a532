// The DR-test aggregate: plans, live runs as append-only events, completion with proven capability,
// and findings.
import type { Db } from '../db';
import { nodeRefs } from '../runbooks/node-refs';
import { findingStore } from './findings';
import { drTestPlans } from './plans';
import { drTestReads } from './read';

export function drTestsStore(db: Db) {
  return {
    ...drTestReads(db),
    ...drTestPlans(db),
    ...findingStore(db),
    /** Live resources with a tier of their own (a node read: folds into store/nodes on merge). */
    resourceTiers: () => nodeRefs(db).resourceTiers(),
  };
}
