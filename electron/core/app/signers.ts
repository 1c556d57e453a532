// An unlocked identity in the two shapes that sign: a write context (each transaction's audit head)
// and a pack signer (an evidence pack's manifest).
import type { WriteContext } from '../store/write';
import type { UnlockedIdentity } from '../trust/identity-file';
import { signText, type PackSigner } from '../trust/keys';

export function identityWriteContext(id: UnlockedIdentity, now: Date): WriteContext {
  return {
    actor: { name: id.name, role: id.role },
    now,
    signer: {
      fingerprint: id.fingerprint,
      publicKeyPem: id.publicKeyPem,
      sign: (t) => signText(id.privateKey, t),
    },
  };
}

export function identityPackSigner(id: UnlockedIdentity): PackSigner {
  return {
    name: id.name,
    role: id.role,
    fingerprint: id.fingerprint,
    publicKeyPem: id.publicKeyPem,
    sign: (bytes) => signText(id.privateKey, bytes),
  };
}
