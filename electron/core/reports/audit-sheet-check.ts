// Recomputes the chain a pack's Audit log sheet holds, from the genesis hash to the manifest's head:
// every entry's hash with the store's own entryHash (never a second implementation), every
// previous-hash link, sequence numbers without gaps, and a last entry that is the signed head. The
// first entry that does not hold is named with the reason.
import { entryHash, GENESIS_HASH, type AuditRecord } from '../store/audit-chain';
import { RosterReplay } from '../store/audit/roster-replay';
import type { SheetRecord } from './audit-sheet-read';

export interface SheetChainCheck {
  ok: boolean;
  /** Entries whose hash and link were recomputed and held. */
  checked: number;
  firstBroken?: { seq: number; reason: string };
  /** The roster as the chain itself records it, for checking who signed the pack. */
  roster: RosterReplay;
}

export function checkAuditSheet(
  records: readonly SheetRecord[],
  head: { seq: number; hash: string },
): SheetChainCheck {
  const present = new Set(records.map((r) => r.seq));
  let prev = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  // Every signature in the sheet, against the roster the chain's own member entries build.
  const roster = new RosterReplay();
  const broken = (seq: number, reason: string): SheetChainCheck => ({
    ok: false,
    checked,
    firstBroken: { seq, reason },
    roster,
  });
  for (const sheetRow of records) {
    // Every column of the audit row is in the sheet (the reader refuses a sheet that lacks one), so
    // the row is a whole record; entryHash picks what it covers.
    const row = sheetRow as unknown as AuditRecord;
    if (row.seq !== expected) {
      if (row.seq > head.seq && expected > head.seq)
        return broken(
          row.seq,
          `entry ${row.seq} follows the manifest's head (entry ${head.seq}): entries were added after the pack was signed`,
        );
      return broken(
        expected,
        present.has(expected)
          ? `entry ${row.seq} stands where entry ${expected} belongs (entries reordered)`
          : `entry ${expected} is missing (deleted)`,
      );
    }
    if (row.prevHash !== prev)
      return broken(
        row.seq,
        `entry ${row.seq} does not link to entry ${row.seq - 1} (entries removed, reordered or replaced)`,
      );
    if (entryHash(prev, row) !== row.hash)
      return broken(
        row.seq,
        `entry ${row.seq} was altered after it was written (its hash does not match its content)`,
      );
    if (row.seq > head.seq)
      return broken(
        row.seq,
        `entry ${row.seq} follows the manifest's head (entry ${head.seq}): entries were added after the pack was signed`,
      );
    if (row.seq === head.seq && row.hash !== head.hash)
      return broken(
        row.seq,
        `entry ${row.seq} is not the manifest's head: its hash differs from the signed one (the chain was rewritten)`,
      );
    const signing = roster.accept(row);
    if (signing) return broken(row.seq, signing);
    prev = row.hash;
    expected++;
    checked++;
  }
  const tail = roster.finish();
  if (tail) return broken(tail.seq, tail.reason);
  if (expected - 1 < head.seq)
    return broken(
      expected,
      `the audit log ends at entry ${expected - 1}, before the manifest's head (entry ${head.seq}): entries were removed`,
    );
  return { ok: true, checked, roster };
}
