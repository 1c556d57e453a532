// Segregation of duties by key: the person approving must not hold the key that wrote what they
// approve. Entries from before personal keys carry no signer; for those the typed name is all there
// is, and it is compared as before. Who wrote what is read from the audit chain's signers here, once,
// for both the approval handlers (which refuse) and each person's "awaiting your signature" list
// (which only points the way), so the two always agree.
import { AppError } from '../../../../shared/contract';
import type { Store, WriteContext } from '../../store';

export interface Writer {
  signer: string | null;
  name: string;
}

/** True when `w`'s person is one of `writers`: same key, or (for unsigned entries) the same name. */
export function isSamePerson(w: WriteContext, writers: readonly Writer[]): boolean {
  const mine = w.signer?.fingerprint;
  return writers.some((x) =>
    x.signer !== null && mine !== undefined ? x.signer === mine : x.name === w.actor.name,
  );
}

export function refuseOwnWork(w: WriteContext, writers: readonly Writer[], message: string): void {
  if (isSamePerson(w, writers)) throw new AppError('FORBIDDEN', `Segregation of duties: ${message}`);
}

/** Moves between statuses, which are not edits of the BIA's content. */
const BIA_STATUS_ACTIONS = ['bia.submit', 'bia.approve', 'bia.return'] as const;
const RUNBOOK_STATUS_ACTIONS = ['runbook.submit', 'runbook.approve', 'runbook.return', 'runbook.retire'];

/** The BIA's last edit (its status moves aside): its author may not approve it. */
export function biaAuthors(s: Store, processId: string): Writer[] {
  return s.audit.writers('bia', processId, { excludeActions: BIA_STATUS_ACTIONS, limit: 1 });
}

/**
 * Everyone who wrote the runbook's latest version: its creation and every edit since, not its status
 * moves; a version with no entry about it names its author as the record keeps them.
 */
export function runbookAuthors(s: Store, runbookId: string): Writer[] {
  const latest = s.runbooks.latestVersion(runbookId);
  const writers = s.audit.writers('runbook', runbookId, {
    excludeActions: RUNBOOK_STATUS_ACTIONS,
    since: latest.createdAt,
  });
  return writers.length > 0 ? writers : [{ signer: null, name: latest.authorName }];
}

/** Who planned the release: they may not approve it. */
export function releasePlanners(s: Store, releaseId: string): Writer[] {
  return s.audit.writers('release', releaseId, { actions: ['release.create'], limit: 1 });
}

/** Who approved the release already: nobody approves twice. */
export function releaseApprovers(s: Store, releaseId: string): Writer[] {
  return s.audit.writers('release', releaseId, { actions: ['release.approve'] });
}
