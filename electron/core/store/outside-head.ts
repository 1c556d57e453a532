// Compares a workspace's chain with the head recorded outside the file. An attacker who truncates
// the chain, or rewrites it consistently from some entry on, cannot also fix the record kept in the
// app's data folder.
import type Database from 'better-sqlite3';
import type { OutsideHeadStatus } from '../../../shared/contract';
import { chainHead } from './audit-chain';

export function compareWithRecordedHead(
  db: Database.Database,
  recorded: { seq: number; hash: string } | undefined,
): OutsideHeadStatus {
  if (!recorded) return { status: 'no-record' };
  const head = chainHead(db);
  if (head.seq < recorded.seq) return { status: 'truncated', recordedSeq: recorded.seq, fileSeq: head.seq };
  const atRecorded = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(recorded.seq) as
    { hash: string } | undefined;
  if (recorded.seq > 0 && atRecorded?.hash !== recorded.hash)
    return { status: 'rewritten', seq: recorded.seq };
  return head.seq === recorded.seq ? { status: 'match' } : { status: 'ahead-of-record' };
}

export function describeOutsideHead(s: OutsideHeadStatus): string {
  switch (s.status) {
    case 'match':
      return 'The chain ends where this machine last recorded it.';
    case 'ahead-of-record':
      return 'The chain extends the head this machine last recorded (written elsewhere since).';
    case 'no-record':
      return 'This machine has no recorded head for this workspace yet.';
    case 'truncated':
      return `The chain was truncated: this machine recorded entry ${s.recordedSeq}, the file ends at entry ${s.fileSeq}.`;
    case 'rewritten':
      return `The chain was rewritten: entry ${s.seq} differs from the one this machine recorded.`;
  }
}
