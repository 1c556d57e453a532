// Impact categories, time buckets and tiers: the registers a BIA rates against.
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Registers } from '../../../shared/contract';
import { registersStore } from '../store/registers';
import * as schema from '../store/schema';
import type { TableSpec } from './rows';

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

/** Transitional: callers that still hold the raw connection; they move to ws.store.registers. */
export function loadRegisters(db: Database.Database): Registers {
  return registersStore(drizzle(db, { schema })).load();
}
