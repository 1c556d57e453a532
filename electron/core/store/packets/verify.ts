// The packet part of the history: each `workspace.merge` entry commits to a packet's head hash, and
// the packet's entries kept verbatim in imported_audit must recompute to it link by link from the
// hash the merge started from, each signed by a key the master's roster held at the packet's base.
import { entryHash, type AuditRecord } from '../audit-chain';
import { RosterReplay } from '../audit/roster-replay';
import type { ImportedEntry } from '.';

export interface MergeCommitment {
  packet: string;
  base: { seq: number; hash: string };
  from: { seq: number; hash: string };
  head: { seq: number; hash: string };
}

export function mergeCommitment(afterJson: string | null): MergeCommitment | null {
  if (afterJson === null) return null;
  try {
    const after = JSON.parse(afterJson) as { packet?: MergeCommitment };
    const p = after.packet;
    return p && typeof p.packet === 'string' && p.head && p.from && p.base ? p : null;
  } catch {
    return null;
  }
}

/** Why a merge's imported entries fail, or null; `members` are the master's member entries up to the base. */
export function checkImported(
  merge: AuditRecord,
  c: MergeCommitment,
  entries: readonly ImportedEntry[],
  members: readonly AuditRecord[],
): string | null {
  const at = `the packet merged at entry ${merge.seq}`;
  const roster = new RosterReplay();
  for (const m of members) {
    if (m.action === 'member.add') {
      const after = JSON.parse(m.afterJson ?? '{}') as { publicKeyPem?: string; name?: string };
      roster.keys.set(m.entityId, {
        pem: after.publicKeyPem ?? '',
        name: after.name ?? m.entityId,
        retired: false,
      });
    } else if (m.action === 'member.retire') {
      const key = roster.keys.get(m.entityId);
      if (key) key.retired = true;
    }
  }
  let prev = c.from.hash;
  let expected = c.from.seq + 1;
  for (const e of entries) {
    if (e.seq !== expected) return `${at}: its entry ${expected} is missing from the imported history`;
    if (e.prevHash !== prev) return `${at}: its entry ${e.seq} does not link to the one before`;
    if (entryHash(prev, e) !== e.hash) return `${at}: its entry ${e.seq} was altered after it was imported`;
    if (e.signer === null && roster.keys.size > 0) return `${at}: its entry ${e.seq} is not signed`;
    const signing = roster.accept(e);
    if (signing) return `${at}: ${signing}`;
    prev = e.hash;
    expected++;
  }
  if (expected - 1 !== c.head.seq || prev !== c.head.hash)
    return `${at}: its imported entries do not end at the packet head ${c.head.seq} the merge entry committed to`;
  const tail = roster.finish();
  return tail ? `${at}: ${tail.reason}` : null;
}
