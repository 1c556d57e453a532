// Derives every live process's objectives in one pass over the store: ratings and losses are read
// with one query each and grouped in memory, then shared/domain/bia derives them all.
import type { BiaRecord, Registers } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/model';
import { deriveAll, type BiaObjectives, type BiaProcessInput } from '../../../../shared/domain/bia';
import type { Store } from '../../store';
import { prepareFromRegisters, processInput } from './read';

/** A process's effective objectives, as the dependency graph needs them. */
export interface ProcessObjectives {
  rto: number | null;
  rpo?: number | null;
  tier: Tier | null;
}

export interface DerivedProcesses {
  registers: Registers;
  processes: { id: string; name: string; department: string; owner: string }[];
  records: BiaRecord[];
  derived: BiaObjectives[];
  /** What the domain derived each process from (an evidence pack carries them for re-performance). */
  inputs: BiaProcessInput[];
}

/** `source`: the store (a raw connection is accepted while other services move to the store). */
export function deriveEveryProcess(store: Store): DerivedProcesses {
  const registers = store.registers.load();
  const prepared = prepareFromRegisters(registers);
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const live = store.bia.liveProcesses();

  const ratings = new Map<string, Record<string, (number | null)[]>>();
  const losses = new Map<string, (number | null)[]>();
  const empty = (): (number | null)[] => registers.buckets.map(() => null);
  for (const p of live) ratings.set(p.id, {});
  for (const r of store.bia.everyRating()) {
    const m = ratings.get(r.processId);
    const i = bucketIndex.get(r.bucketId);
    if (!m || i === undefined) continue;
    (m[r.categoryId] ??= empty())[i] = r.severity;
  }
  for (const l of store.bia.everyLoss()) {
    const i = bucketIndex.get(l.bucketId);
    if (i === undefined || !ratings.has(l.processId)) continue;
    let row = losses.get(l.processId);
    if (!row) losses.set(l.processId, (row = empty()));
    row[i] = l.amount;
  }

  const records = live.map((p) => p.record);
  const inputs = records.map((rec) =>
    processInput(rec, ratings.get(rec.processId) ?? {}, losses.get(rec.processId) ?? empty()),
  );
  const derived = deriveAll(inputs, prepared);
  const processes = live.map(({ id, name, department, owner }) => ({ id, name, department, owner }));
  return { registers, processes, records, derived, inputs };
}

/** Processes and what was derived for each, aligned. */
export interface ProcessesDerived {
  processes: readonly { id: string }[];
  derived: readonly BiaObjectives[];
}

/** Each process's effective RTO and tier, as the dependency graph needs them. */
export function processObjectives(d: ProcessesDerived): Map<string, ProcessObjectives> {
  return new Map(
    d.processes.map((p, i) => [
      p.id,
      { rto: d.derived[i]!.effectiveRto, rpo: d.derived[i]!.effectiveRpo, tier: d.derived[i]!.tier },
    ]),
  );
}
