// Derives every live process's objectives in one pass over the store: ratings and losses are read
// with one query each and grouped in memory, then shared/domain/bia derives them all.
import type Database from 'better-sqlite3';
import type { BiaRecord, Registers } from '../../../../shared/contract';
import { deriveAll, type BiaObjectives } from '../../../../shared/domain/bia';
import { prepareFromRegisters, processInput, toBiaRecord } from './read';
import type { ProcessObjectives } from '../graph/input';
import { loadRegisters } from '../../services/registers';

export interface DerivedProcesses {
  registers: Registers;
  processes: { id: string; name: string; department: string; owner: string }[];
  records: BiaRecord[];
  derived: BiaObjectives[];
}

export function deriveEveryProcess(db: Database.Database): DerivedProcesses {
  const registers = loadRegisters(db);
  const prepared = prepareFromRegisters(registers);
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const processes = db
    .prepare(
      `SELECT n.id, n.name, n.department, n.owner, b.* FROM node n JOIN bia b ON b.process_id = n.id
       WHERE n.kind = 'process' AND n.retired_at IS NULL ORDER BY n.department, n.name`,
    )
    .all() as (Parameters<typeof toBiaRecord>[0] & {
    id: string;
    name: string;
    department: string;
    owner: string;
  })[];

  const ratings = new Map<string, Record<string, (number | null)[]>>();
  const losses = new Map<string, (number | null)[]>();
  const empty = () => registers.buckets.map(() => null as number | null);
  for (const p of processes) ratings.set(p.id, {});
  for (const r of db
    .prepare('SELECT process_id, category_id, bucket_id, severity FROM bia_rating')
    .iterate() as IterableIterator<{
    process_id: string;
    category_id: string;
    bucket_id: string;
    severity: number;
  }>) {
    const m = ratings.get(r.process_id);
    const i = bucketIndex.get(r.bucket_id);
    if (!m || i === undefined) continue;
    (m[r.category_id] ??= empty())[i] = r.severity;
  }
  for (const l of db
    .prepare('SELECT process_id, bucket_id, amount FROM bia_loss')
    .iterate() as IterableIterator<{
    process_id: string;
    bucket_id: string;
    amount: number;
  }>) {
    const i = bucketIndex.get(l.bucket_id);
    if (i === undefined || !ratings.has(l.process_id)) continue;
    let row = losses.get(l.process_id);
    if (!row) losses.set(l.process_id, (row = empty()));
    row[i] = l.amount;
  }

  const records = processes.map(toBiaRecord);
  const derived = deriveAll(
    records.map((rec) =>
      processInput(rec, ratings.get(rec.processId) ?? {}, losses.get(rec.processId) ?? empty()),
    ),
    prepared,
  );
  return { registers, processes, records, derived };
}

/** Each process's effective RTO and tier, as the dependency graph needs them. */
export function processObjectives(d: DerivedProcesses): Map<string, ProcessObjectives> {
  return new Map(
    d.processes.map((p, i) => [
      p.id,
      { rto: d.derived[i]!.effectiveRto, rpo: d.derived[i]!.effectiveRpo, tier: d.derived[i]!.tier },
    ]),
  );
}
