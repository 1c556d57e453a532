// Reads a process's BIA and derives its objectives with shared/domain/bia. Nothing derived is stored:
// MTD, RTO and tier always follow from the ratings and registers as they are now.
import { AppError, type BiaDetail, type BiaRecord, type Registers } from '../../../../shared/contract';
import {
  deriveObjectives,
  prepareBiaConfig,
  type BiaProcessInput,
  type PreparedBiaConfig,
} from '../../../../shared/domain/bia';
import type { Store } from '../../store';

export function prepareFromRegisters(r: {
  categories: readonly Pick<Registers['categories'][number], 'id' | 'name'>[];
  buckets: readonly Registers['buckets'][number][];
  tiers: Registers['tiers'];
}): PreparedBiaConfig {
  return prepareBiaConfig({
    categories: r.categories.map((c) => ({ id: c.id, name: c.name })),
    buckets: r.buckets.map((b) => ({ id: b.id, minutes: b.minutes, label: b.label })),
    tiers: r.tiers,
  });
}

export function processInput(
  rec: BiaRecord,
  ratings: Record<string, (number | null)[]>,
  losses: (number | null)[],
): BiaProcessInput {
  return {
    id: rec.processId,
    ratings,
    wrtMinutes: rec.wrtMinutes,
    dataLossToleranceMinutes: rec.dataLossToleranceMinutes,
    manualRtoMinutes: rec.manualRtoMinutes,
    manualRpoMinutes: rec.manualRpoMinutes,
    pinnedTierId: rec.pinnedTierId,
    financialLossByBucket: losses,
    mbco: rec.mbco || null,
  };
}

export function loadBiaDetail(store: Store, processId: string): BiaDetail {
  const process = store.nodes.get(processId);
  if (process.kind !== 'process')
    throw new AppError('INVALID_INPUT', `${process.name} is a ${process.kind}, not a process.`);
  const registers = store.registers.load();
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const ratings: Record<string, (number | null)[]> = {};
  for (const c of registers.categories) ratings[c.id] = registers.buckets.map(() => null);
  for (const r of store.bia.ratings(processId)) {
    const i = bucketIndex.get(r.bucketId);
    const row = ratings[r.categoryId];
    if (i !== undefined && row) row[i] = r.severity;
  }
  const losses: (number | null)[] = registers.buckets.map(() => null);
  for (const l of store.bia.losses(processId)) {
    const i = bucketIndex.get(l.bucketId);
    if (i !== undefined) losses[i] = l.amount;
  }
  const bia = store.bia.record(processId);
  const objectives = deriveObjectives(processInput(bia, ratings, losses), prepareFromRegisters(registers));
  const supportedBy = store.nodes.providersOf(processId);
  return { process, bia, ratings, losses, objectives, supportedBy };
}
