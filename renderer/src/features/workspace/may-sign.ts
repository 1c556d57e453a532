// Whether the person working now may sign a waiting item: not when they are among the people whose
// signature cannot count there (its author or last editor, a release's owner or earlier approvers).
// Keys decide when the record names one; a record that keeps only a name is matched by name.
import type { Profile, SignatureItem } from '../../../../shared/contract';

export function maySign(item: SignatureItem, me: Profile): boolean {
  return !item.notBy.some((p) => (p.fingerprint ? p.fingerprint === me.fingerprint : p.name === me.name));
}
