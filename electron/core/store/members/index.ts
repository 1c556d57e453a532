// The roster: who may sign in this workspace. Additions and retirements are audit entries like any
// other write (entity `member`, entityId the fingerprint, full row images), so the chain itself
// carries the roster and a verifier rebuilds it from the chain, never from this table alone.
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../../shared/contract';
import type { Db } from '../db';
import { member } from '../schema';
import type { WriteContext, Written } from '../write';

export type MemberRecord = typeof member.$inferSelect;
export interface MemberCard {
  fingerprint: string;
  name: string;
  role: string;
  publicKeyPem: string;
}

export function membersStore(db: Db) {
  const get = (fingerprint: string): MemberRecord | undefined =>
    db.select().from(member).where(eq(member.fingerprint, fingerprint)).get();

  return {
    all: (): MemberRecord[] => db.select().from(member).orderBy(asc(member.addedAt), asc(member.name)).all(),
    get,
    isEmpty: (): boolean => db.select({ f: member.fingerprint }).from(member).limit(1).get() === undefined,

    /** Adds a member; `addedBy` is the fingerprint of the member adding them (themself for the first). */
    add(w: WriteContext, card: MemberCard, addedBy: string): Written<MemberRecord> {
      const existing = get(card.fingerprint);
      if (existing && existing.retiredAt === null)
        throw new AppError('CONFLICT', `${existing.name} (${card.fingerprint}) is already a member.`);
      if (existing)
        throw new AppError(
          'CONFLICT',
          `The key ${card.fingerprint} was retired on ${existing.retiredAt}; a retired key cannot return. Add the person's new key.`,
        );
      const row: MemberRecord = {
        ...card,
        addedAt: w.now.toISOString(),
        addedBy,
        retiredAt: null,
        retiredBy: null,
        retiredReason: null,
      };
      db.insert(member).values(row).run();
      return {
        value: row,
        audit: [{ action: 'member.add', entity: 'member', entityId: card.fingerprint, after: row }],
      };
    },

    retire(w: WriteContext, fingerprint: string, by: string, reason: string): Written<MemberRecord> {
      const before = get(fingerprint);
      if (!before) throw new AppError('NOT_FOUND', `No member has the key ${fingerprint}.`);
      if (before.retiredAt !== null)
        throw new AppError('CONFLICT', `${before.name}'s key is already retired.`);
      const change = { retiredAt: w.now.toISOString(), retiredBy: by, retiredReason: reason };
      db.update(member).set(change).where(eq(member.fingerprint, fingerprint)).run();
      return {
        value: { ...before, ...change },
        audit: [
          {
            action: 'member.retire',
            entity: 'member',
            entityId: fingerprint,
            before: { retiredAt: null, retiredBy: null, retiredReason: null },
            after: change,
          },
        ],
      };
    },
  };
}
