// The signature rules of the audit chain, checked entry by entry as the chain is walked (in the
// workspace, and from a pack's Audit log sheet). The roster is rebuilt from the chain's own
// `member.add` / `member.retire` entries, never read from the member table, so a key swapped in the
// table, or a member added without an entry, signs nothing that verifies.
//
// - Entries before the first signed entry are legacy (written before personal keys): counted, allowed.
// - After that every entry names a signer, and a run of entries by one signer ends in an entry that
//   carries the signer's signature over its hash (one per transaction). A transaction's entries all
//   carry its one time, so an unsigned run whose time changes lost the signature that ended it.
// - Members and sign-offs exist only with personal keys: an unsigned entry never touches them.
// - The signer must be an active member at that point; the very first member adds themself.
import { safeFingerprint, signatureHolds } from '../../trust/keys';

export interface SignedRow {
  seq: number;
  at: string;
  action: string;
  entity: string;
  entityId: string;
  afterJson: string | null;
  hash: string;
  signer: string | null;
  signature: string | null;
}

interface Key {
  pem: string;
  name: string;
  retired: boolean;
}

export class RosterReplay {
  readonly keys = new Map<string, Key>();
  unsigned = 0;
  signatures = 0;
  private signingBegan = 0;
  /** The first entry of the current unsigned run, its signer and its transaction's time. */
  private pending: { from: number; signer: string; at: string } | null = null;

  /** Checks one entry (already known to link and hash correctly); returns why it fails, or null. */
  accept(row: SignedRow): string | null {
    if (row.signer === null) {
      if (this.signingBegan > 0)
        return `entry ${row.seq} is not signed, although every entry since entry ${this.signingBegan} must be (an entry added outside the app)`;
      if (row.signature !== null) return `entry ${row.seq} carries a signature but names no signer`;
      if (row.entity === 'member' || row.entity === 'signoff')
        return `entry ${row.seq} changes a ${row.entity === 'member' ? 'member' : 'sign-off'} without a signature (members and sign-offs are always signed)`;
      this.unsigned++;
      return null;
    }
    if (this.signingBegan === 0) this.signingBegan = row.seq;
    if (this.pending && this.pending.signer !== row.signer) return this.unsignedRun(row.seq);
    const firstMember = this.keys.size === 0 && row.action === 'member.add' && row.entityId === row.signer;
    const key = this.keys.get(row.signer);
    if (!firstMember) {
      if (!key) return `entry ${row.seq} is signed by ${row.signer}, which is not a member of this workspace`;
      if (key.retired) return `entry ${row.seq} is signed by ${key.name}'s retired key`;
    }
    const roster = this.applyRoster(row);
    if (roster) return roster;
    // A new time with a run still open: the transaction before this one lost its signature.
    const newTransaction = this.pending !== null && this.pending.at !== row.at;
    if (row.signature === null) {
      if (newTransaction) return this.unsignedRun(row.seq);
      this.pending ??= { from: row.seq, signer: row.signer, at: row.at };
      return null;
    }
    const signerKey = this.keys.get(row.signer);
    if (!signerKey || !signatureHolds(signerKey.pem, row.hash, row.signature))
      return `the signature on entry ${row.seq} does not verify with ${this.nameOf(row.signer)}'s key (forged or re-signed)`;
    if (newTransaction) return this.unsignedRun(row.seq);
    this.signatures++;
    this.pending = null;
    return null;
  }

  /** After the last entry: a trailing run must have been signed. */
  finish(): { seq: number; reason: string } | null {
    if (!this.pending) return null;
    return {
      seq: this.pending.from,
      reason: `the entries from ${this.pending.from} to the end are not signed (entries appended outside the app, or their signature removed)`,
    };
  }

  private unsignedRun(next: number): string {
    const p = this.pending!;
    return `entries ${p.from}–${next - 1} were never signed by ${this.nameOf(p.signer)} (a signature was removed)`;
  }

  private nameOf(fp: string): string {
    return this.keys.get(fp)?.name ?? fp;
  }

  private applyRoster(row: SignedRow): string | null {
    if (row.entity !== 'member') return null;
    const after = parse(row.afterJson);
    if (row.action === 'member.add') {
      const pem = typeof after?.publicKeyPem === 'string' ? after.publicKeyPem : '';
      const fp = safeFingerprint(pem);
      if (fp !== row.entityId)
        return `entry ${row.seq} adds a member whose key does not match its fingerprint`;
      if (this.keys.has(fp)) return `entry ${row.seq} adds ${fp} a second time`;
      this.keys.set(fp, { pem, name: typeof after?.name === 'string' ? after.name : fp, retired: false });
    } else if (row.action === 'member.retire') {
      const key = this.keys.get(row.entityId);
      if (!key) return `entry ${row.seq} retires ${row.entityId}, which was never a member`;
      key.retired = true;
    }
    return null;
  }
}

function parse(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
