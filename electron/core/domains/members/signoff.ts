// Making and checking sign-offs. An approval (a BIA, a runbook version, a DR test, a release, a
// waiver, a member's removal) is the approver's signature over what was approved: the entity, its
// version and the SHA-256 of its canonical content at that moment. Segregation of duties compares
// key fingerprints, never names.
import { createHash, randomUUID } from 'node:crypto';
import { AppError, type SignoffKind, type SignoffView } from '../../../../shared/contract';
import type { Store, WriteContext, Written } from '../../store';
import { canonicalJson } from '../../store/canonical-json';
import { signoffText, type SignoffRecord } from '../../store/signoffs';
import { signatureHolds } from '../../trust/keys';

export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Signs and records a sign-off, in the caller's transaction. */
export function signOff(
  s: Store,
  w: WriteContext,
  workspaceId: string,
  claim: { kind: SignoffKind; entity: string; entityId: string; version: number; content: unknown },
): Written<SignoffRecord> {
  const signer = w.signer;
  if (!signer) throw new AppError('NO_PROFILE', 'Unlock your signing key first: approvals are signatures.');
  const unsigned = {
    kind: claim.kind,
    entity: claim.entity,
    entityId: claim.entityId,
    version: claim.version,
    contentHash: contentHash(claim.content),
    signer: signer.fingerprint,
    signedAt: w.now.toISOString(),
  };
  const row: SignoffRecord = {
    id: randomUUID(),
    ...unsigned,
    signerName: w.actor.name,
    signature: signer.sign(signoffText(workspaceId, unsigned)),
  };
  return s.signoffs.record(w, row);
}

export function signoffViews(
  s: Store,
  workspaceId: string,
  filter: { entity?: string; entityId?: string },
): SignoffView[] {
  const keys = new Map(s.members.all().map((m) => [m.fingerprint, m.publicKeyPem]));
  return s.signoffs.list(filter).map((r) => {
    const pem = keys.get(r.signer);
    return {
      id: r.id,
      kind: r.kind as SignoffKind,
      entity: r.entity,
      entityId: r.entityId,
      version: r.version,
      contentHash: r.contentHash,
      signer: r.signer,
      signerName: r.signerName,
      signedAt: r.signedAt,
      valid: pem !== undefined && signatureHolds(pem, signoffText(workspaceId, r), r.signature),
    };
  });
}
