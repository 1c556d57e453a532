// The chain walk as a generator of steps: `audit verify` runs it to the end at once, the open-time
// check (domains/audit/integrity.ts) runs a slice at a time and yields to other requests between
// slices, reporting how far it got. One walk, so both say the same thing.
import { getTableColumns } from 'drizzle-orm';
import { entryHash, GENESIS_HASH, type AuditRecord } from '../audit-chain';
import type { Sqlite } from '../db';
import { auditLog } from '../schema';
import { RosterReplay } from './roster-replay';

export interface ChainWalk {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  firstBroken?: { seq: number; reason: string };
  /** Entries written before the workspace had a roster (before personal keys): hashed, not signed. */
  unsigned: number;
  /** Signatures checked (one per transaction). */
  signatures: number;
}

/** How far a stepped check has got: `done` of `total` units of its current phase. */
export interface StepProgress {
  done: number;
  total: number;
}

/** Entries between two steps of the walk. */
const STEP = 2_000;

/** Names each column by its schema key, so the streamed rows come out as AuditRecord. */
export const selectList = Object.entries(getTableColumns(auditLog))
  .map(([key, column]) => `"${column.name}" AS "${key}"`)
  .join(', ');

/**
 * drizzle 0.45 has no iterate() for better-sqlite3, and a chain of 100,000 entries must stream, not
 * load at once: this runs through the driver, with the schema's column names. Each call prepares its
 * own statement, as two exports may stream at the same time.
 */
export function streamAudit(
  sqlite: Sqlite,
  where: string,
  ...params: number[]
): IterableIterator<AuditRecord> {
  return sqlite
    .prepare(`SELECT ${selectList} FROM audit_log ${where} ORDER BY seq`)
    .iterate(...params) as IterableIterator<AuditRecord>;
}

/** Runs a stepped check to its end. */
export function finish<T>(steps: Generator<StepProgress, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export function* walkSteps(sqlite: Sqlite): Generator<StepProgress, ChainWalk> {
  const total = (sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number | undefined) ?? 0;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let last = { seq: 0, hash: GENESIS_HASH };
  const roster = new RosterReplay();
  for (const row of streamAudit(sqlite, '')) {
    const broken = (reason: string): ChainWalk => ({
      ok: false,
      checked,
      head: last,
      firstBroken: { seq: row.seq, reason },
      unsigned: roster.unsigned,
      signatures: roster.signatures,
    });
    if (row.seq !== expectedSeq) {
      return broken(
        row.seq > expectedSeq
          ? `entry ${expectedSeq}${row.seq - expectedSeq > 1 ? `–${row.seq - 1}` : ''} is missing (deleted)`
          : `entry ${row.seq} is out of sequence`,
      );
    }
    if (row.prevHash !== prev) {
      return broken(
        `entry ${row.seq} does not link to entry ${row.seq - 1} (entries removed, reordered or replaced)`,
      );
    }
    if (entryHash(prev, row) !== row.hash) {
      return broken(
        `entry ${row.seq} was altered after it was written (its hash does not match its content)`,
      );
    }
    const signing = roster.accept(row);
    if (signing) return broken(signing);
    prev = row.hash;
    last = { seq: row.seq, hash: row.hash };
    expectedSeq++;
    checked++;
    if (checked % STEP === 0) yield { done: checked, total };
  }
  const tail = roster.finish();
  if (tail)
    return {
      ok: false,
      checked,
      head: last,
      firstBroken: tail,
      unsigned: roster.unsigned,
      signatures: roster.signatures,
    };
  return { ok: true, checked, head: last, unsigned: roster.unsigned, signatures: roster.signatures };
}
