// The runbooks aggregate: runbooks, their versions and steps, and the version lifecycle
// (see versions.ts). Reads come from read.ts, edits to the editable version from edit.ts.
import type { Db } from '../db';
import { runbookEdits } from './edit';
import { nodeRefs } from './node-refs';
import { runbookReads } from './read';
import { runbookVersions } from './versions';

export { domainSteps } from './steps';
export type { StepFields } from './versions';

export function runbooksStore(db: Db) {
  return {
    ...runbookReads(db),
    ...runbookVersions(db),
    ...runbookEdits(db),
    /** Node names by id, for printing targets (a node read: folds into store/nodes on merge). */
    nodeNames: () => nodeRefs(db).names(),
  };
}
