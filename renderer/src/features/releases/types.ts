// What the release screens share: the services a release can touch and the runbooks to roll back with.
import type { NodeView, RunbookListRow } from '../../../../shared/contract';

export interface ReleaseContext {
  services: NodeView[];
  runbooks: RunbookListRow[];
}

/** Runs a write, showing its error or a confirmation; every panel uses the same pattern. */
export type Run = (fn: () => Promise<unknown>, done?: string) => Promise<boolean>;
