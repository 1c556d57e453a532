// Exceptions (risk acceptances), pure rules: a conflict's stable key, an exception's status on a given
// day (expiry comes from the clock, never from a stored flag), what makes a new exception invalid, and
// which conflicts an accepted exception covers today.

/**
 * A conflict's identity that survives re-analysis: its kind and the ids of the nodes (or records) it
 * is about, in a fixed order. Names and minutes are left out on purpose: renaming a node or shaving a
 * minute off an estimate is still the same conflict.
 */
export function conflictKey(kind: string, ids: readonly string[]): string {
  return `${kind}:${ids.join('>')}`;
}

/** An RTO inversion's key: the consumer and its slow provider (or the whole redundancy group). */
export function inversionKey(inv: {
  consumer: { id: string };
  providers: readonly { id: string }[];
  groupId?: string;
}): string {
  return conflictKey('rto-inversion', [inv.consumer.id, inv.groupId ?? inv.providers[0]?.id ?? '']);
}

export type ExceptionStatus = 'proposed' | 'accepted' | 'expired' | 'withdrawn';

export interface ExceptionFacts {
  expiresOn: string;
  acceptedAt: string | null;
  retiredAt: string | null;
}

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export function dayOf(now: Date | number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** An acceptance holds through its expiry day and re-opens on the day after. */
export function exceptionStatus(e: ExceptionFacts, now: Date | number): ExceptionStatus {
  if (e.retiredAt !== null) return 'withdrawn';
  if (e.acceptedAt === null) return 'proposed';
  return dayOf(now) > e.expiresOn ? 'expired' : 'accepted';
}

export interface ExceptionDraft {
  conflictKey: string;
  rationale: string;
  compensatingControls: string;
  owner: string;
  expiresOn: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a new exception cannot be raised, or null. `conflictExists` says whether the analysis reports
 * the conflict now; `openFor` is an exception already proposed or accepted for the same key.
 */
export function exceptionProblem(
  d: ExceptionDraft,
  now: Date | number,
  conflictExists: boolean,
  openFor: { id: string; status: ExceptionStatus } | undefined,
): string | null {
  if (!conflictExists)
    return `No current conflict has the key "${d.conflictKey}": an exception can only accept a conflict the analysis reports.`;
  if (d.owner.trim() === '') return 'An exception needs the business owner who accepts the risk.';
  if (d.rationale.trim() === '') return 'An exception needs a rationale: why the risk is acceptable.';
  if (!ISO_DAY.test(d.expiresOn) || Number.isNaN(Date.parse(`${d.expiresOn}T00:00:00Z`)))
    return `The expiry "${d.expiresOn}" is not a date (YYYY-MM-DD).`;
  if (d.expiresOn <= dayOf(now))
    return `The expiry ${d.expiresOn} is not in the future: an acceptance must end after today (${dayOf(now)}).`;
  if (openFor)
    return `This conflict already has an ${openFor.status} exception (${openFor.id}); withdraw it or let it expire first.`;
  return null;
}

/** An exception as the gate and the analyses weigh it: plain values, recorded in packs. */
export interface AcceptedException {
  id: string;
  conflictKey: string;
  owner: string;
  acceptedBy: string;
  expiresOn: string;
}

/** The acceptance that covers `key` on the day of `now`, if any (expired ones cover nothing). */
export function acceptanceFor(
  key: string,
  accepted: readonly AcceptedException[] | undefined,
  now: Date | number,
): AcceptedException | undefined {
  const today = dayOf(now);
  return accepted?.find((a) => a.conflictKey === key && a.expiresOn >= today);
}

/** One sentence for a conflict accepted by `a`. */
export function acceptanceNote(a: AcceptedException): string {
  return `accepted as exception by ${a.owner} until ${a.expiresOn}`;
}
