// What a write primitive needs and what it gives back. A primitive changes rows and returns the audit
// entries that record the change; Workspace.mutate commits both in one transaction or neither.
import type { Actor, AuditInput } from './audit-chain';

export interface WriteContext {
  actor: Actor;
  now: Date;
}

/** A write's result and the audit entries it must commit (none when nothing changed). */
export interface Written<T> {
  value: T;
  audit: AuditInput[];
}
