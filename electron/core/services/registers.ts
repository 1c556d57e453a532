// Impact categories, time buckets and tiers: the registers a BIA rates against.
import type Database from 'better-sqlite3';
import type { BucketView, CategoryView, Registers } from '../../../shared/contract';
import type { Tier } from '../../../shared/domain/model';
import { requireWorkspace, writeContext } from '../context';
import type { Handlers } from '../router';
import { retireRow, saveRow, type TableSpec } from './rows';

export const categorySpec: TableSpec = {
  table: 'impact_category',
  entity: 'category',
  columns: { name: 'name', position: 'position' },
  describe: (v) => `An impact category named "${String(v.name)}"`,
};
export const bucketSpec: TableSpec = {
  table: 'time_bucket',
  entity: 'bucket',
  columns: { label: 'label', minutes: 'minutes' },
  describe: (v) => `A time bucket "${String(v.label)}"`,
};
export const tierSpec: TableSpec = {
  table: 'tier',
  entity: 'tier',
  columns: {
    name: 'name',
    rank: 'rank',
    rtoMinutes: 'rto_minutes',
    rpoMinutes: 'rpo_minutes',
    testFrequencyDays: 'test_frequency_days',
    description: 'description',
  },
  describe: (v) => `A tier named "${String(v.name)}"`,
};

export function loadRegisters(db: Database.Database): Registers {
  const categories = db
    .prepare(
      'SELECT id, name, position FROM impact_category WHERE retired_at IS NULL ORDER BY position, name',
    )
    .all() as CategoryView[];
  const buckets = db
    .prepare('SELECT id, label, minutes FROM time_bucket WHERE retired_at IS NULL ORDER BY minutes')
    .all() as BucketView[];
  const tiers = (
    db
      .prepare(
        'SELECT id, name, rank, rto_minutes, rpo_minutes, test_frequency_days, description FROM tier WHERE retired_at IS NULL ORDER BY rank, rto_minutes',
      )
      .all() as {
      id: string;
      name: string;
      rank: number;
      rto_minutes: number;
      rpo_minutes: number;
      test_frequency_days: number;
      description: string;
    }[]
  ).map((t): Tier => ({
    id: t.id,
    name: t.name,
    rank: t.rank,
    rtoMinutes: t.rto_minutes,
    rpoMinutes: t.rpo_minutes,
    testFrequencyDays: t.test_frequency_days,
    description: t.description,
  }));
  return { categories, buckets, tiers };
}

export const registerHandlers = {
  'registers.get': (_input, ctx) => loadRegisters(requireWorkspace(ctx).db),
  'categories.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    const position =
      fields.position ??
      (ws.db.prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM impact_category').pluck().get() as number);
    const savedId = ws.mutateMaybe(w, () => {
      const r = saveRow(ws.db, w, categorySpec, id, { name: fields.name, position });
      return { value: r.id, audit: r.audit };
    });
    return loadRegisters(ws.db).categories.find((c) => c.id === savedId)!;
  },
  'categories.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => ({ value: null, audit: retireRow(ws.db, w, categorySpec, input.id) }));
    return null;
  },
  'buckets.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    const savedId = ws.mutateMaybe(w, () => {
      const r = saveRow(ws.db, w, bucketSpec, id, fields);
      return { value: r.id, audit: r.audit };
    });
    return loadRegisters(ws.db).buckets.find((b) => b.id === savedId)!;
  },
  'buckets.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => ({ value: null, audit: retireRow(ws.db, w, bucketSpec, input.id) }));
    return null;
  },
  'tiers.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    const savedId = ws.mutateMaybe(w, () => {
      const r = saveRow(ws.db, w, tierSpec, id, fields);
      return { value: r.id, audit: r.audit };
    });
    return loadRegisters(ws.db).tiers.find((t) => t.id === savedId)!;
  },
  'tiers.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.mutate(w, () => ({ value: null, audit: retireRow(ws.db, w, tierSpec, input.id) }));
    return null;
  },
} satisfies Partial<Handlers>;
