// Sign-offs: a member's Ed25519 signature over what they approved. The signed text is the canonical
// JSON of {workspaceId, kind, entity, entityId, version, contentHash, signer, signedAt}
// (signoffText), so a verifier needs nothing but the row and the roster's key to check it.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { signoff } from '../schema';
import { canonicalJson } from '../canonical-json';
import type { WriteContext, Written } from '../write';

export type SignoffRecord = typeof signoff.$inferSelect;

export function signoffText(
  workspaceId: string,
  s: Omit<SignoffRecord, 'id' | 'signature' | 'signerName'>,
): string {
  return canonicalJson({
    workspaceId,
    kind: s.kind,
    entity: s.entity,
    entityId: s.entityId,
    version: s.version,
    contentHash: s.contentHash,
    signer: s.signer,
    signedAt: s.signedAt,
  });
}

export function signoffsStore(db: Db) {
  return {
    list(filter: { entity?: string; entityId?: string } = {}): SignoffRecord[] {
      const where: SQL[] = [];
      if (filter.entity) where.push(eq(signoff.entity, filter.entity));
      if (filter.entityId) where.push(eq(signoff.entityId, filter.entityId));
      return db
        .select()
        .from(signoff)
        .where(where.length ? and(...where) : undefined)
        .orderBy(asc(signoff.signedAt))
        .all();
    },

    /** Records a sign-off the caller has signed (the store holds no keys). */
    record(_w: WriteContext, row: SignoffRecord): Written<SignoffRecord> {
      db.insert(signoff).values(row).run();
      return {
        value: row,
        audit: [{ action: 'signoff.sign', entity: 'signoff', entityId: row.id, after: row }],
      };
    },
  };
}
