// What a write primitive needs and what it gives back. A primitive changes rows and returns the audit
// entries that record the change; Workspace.mutate commits both in one transaction or neither, and
// signs the transaction with the acting member's key.
import type { Actor, AuditInput, Signer } from './audit-chain';

/** The acting person's key: signs each transaction; its public half joins the roster of a new workspace. */
export interface MemberSigner extends Signer {
  publicKeyPem: string;
}

export interface WriteContext {
  actor: Actor;
  now: Date;
  /** Absent only in data-layer tests of unsigned (pre-roster) files; the app always signs. */
  signer?: MemberSigner;
}

/** A write's result and the audit entries it must commit (none when nothing changed). */
export interface Written<T> {
  value: T;
  audit: AuditInput[];
}
