// People and their signatures: identities on this machine, the workspace's roster of members and the
// sign-offs they made. Keys are named by fingerprint ("SHA256:…"); private keys never cross the API.

/** An identity on this machine (its encrypted key file lives in the data folder). */
export interface IdentityView {
  fingerprint: string;
  name: string;
  role: string;
  createdAt: string;
}

export interface IdentityList {
  identities: IdentityView[];
  /** The identity unlocked in this session, if any. */
  unlocked: string | null;
}

export interface MemberView {
  fingerprint: string;
  name: string;
  role: string;
  addedAt: string;
  addedBy: string;
  addedByName: string;
  retiredAt: string | null;
  retiredByName: string | null;
  retiredReason: string | null;
  /** Whether this is the unlocked identity of this session. */
  you: boolean;
}

export type SignoffKind =
  | 'bia.approve'
  | 'runbook.approve'
  | 'drtest.accept'
  | 'release.approve'
  | 'release.waive'
  | 'member.retire'
  | 'exception.accept';

export interface SignoffView {
  id: string;
  kind: SignoffKind;
  entity: string;
  entityId: string;
  version: number;
  contentHash: string;
  signer: string;
  signerName: string;
  signedAt: string;
  /** Whether the signature verifies against the roster's key for `signer`. */
  valid: boolean;
}
