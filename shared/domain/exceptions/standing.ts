// How the exceptions register stands on a conflict today, from plain register rows: the acceptance in
// force, else a proposal waiting for its sign-off, else the latest expired acceptance (re-opened).
import { acceptanceFor, exceptionStatus, type AcceptedException, type ExceptionStatus } from './rules';

export interface RegisterRow {
  id: string;
  conflictKey: string;
  owner: string;
  expiresOn: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  retiredAt: string | null;
}

export interface Standing {
  exceptionId: string;
  status: ExceptionStatus;
  owner: string;
  expiresOn: string;
  acceptedBy: string | null;
}

/** The accepted, not withdrawn exceptions (expired ones too: the gate and packs date them). */
export function acceptedExceptions(register: readonly RegisterRow[]): AcceptedException[] {
  return register.flatMap((e) =>
    e.acceptedAt !== null && e.acceptedBy !== null && e.retiredAt === null
      ? [
          {
            id: e.id,
            conflictKey: e.conflictKey,
            owner: e.owner,
            acceptedBy: e.acceptedBy,
            expiresOn: e.expiresOn,
          },
        ]
      : [],
  );
}

export function standingOf(
  key: string,
  register: readonly RegisterRow[],
  now: Date | number,
): Standing | undefined {
  const mine = register.filter((e) => e.conflictKey === key && e.retiredAt === null);
  const inForce = acceptanceFor(key, acceptedExceptions(mine), now);
  const pick =
    (inForce && mine.find((e) => e.id === inForce.id)) ??
    mine.find((e) => exceptionStatus(e, now) === 'proposed') ??
    mine.filter((e) => exceptionStatus(e, now) === 'expired').at(-1);
  return pick
    ? {
        exceptionId: pick.id,
        status: exceptionStatus(pick, now),
        owner: pick.owner,
        expiresOn: pick.expiresOn,
        acceptedBy: pick.acceptedBy,
      }
    : undefined;
}

/** Marks each keyed conflict with the register's standing on it. */
export function markAccepted<T extends { key?: string; acceptance?: Standing }>(
  conflicts: readonly T[],
  register: readonly RegisterRow[],
  now: Date | number,
): T[] {
  return conflicts.map((c) => {
    const acceptance = c.key === undefined ? undefined : standingOf(c.key, register, now);
    return acceptance ? { ...c, acceptance } : c;
  });
}
