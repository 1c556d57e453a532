// The state check: rebuilds from the chain's after-images what every audited table must hold and
// compares it with the live rows; and the baseline entries the rebuild starts from.
import type { StateCheck } from '../../../../shared/contract';
import type { Db } from '../db';
import type { WriteContext, Written } from '../write';
import { writeBaseline, type BaselineResult } from './baseline';
import { compareWithLive } from './compare';
import { replayChain } from './replay';
import { AUDITED_TABLES } from './tables';

export type { BaselineResult } from './baseline';

/** Progress of a check: entries folded so far out of the chain's length, then the comparison. */
export type StateProgress = (p: { phase: 'replay' | 'compare'; done: number; total: number }) => void;

export interface StateCheckOptions {
  onProgress?: StateProgress | undefined;
  /** How many differences to list (all are counted). */
  limit?: number | undefined;
}

export function stateStore(db: Db) {
  const sqlite = db.$client;
  return {
    /**
     * Replays the chain's after-images and compares them with every audited table; lists the first
     * `limit` differences (200 by default) and counts them all.
     */
    check(opts: StateCheckOptions = {}): StateCheck {
      const { onProgress, limit } = opts;
      const replay = replayChain(
        sqlite,
        onProgress && ((done, total) => onProgress({ phase: 'replay', done, total })),
      );
      onProgress?.({ phase: 'compare', done: 0, total: AUDITED_TABLES.length });
      const c = compareWithLive(sqlite, replay.expected, limit);
      onProgress?.({ phase: 'compare', done: AUDITED_TABLES.length, total: AUDITED_TABLES.length });
      return {
        ok: c.total === 0,
        entries: replay.entries,
        rows: c.rows,
        tables: AUDITED_TABLES.length,
        differences: c.differences,
        totalDifferences: c.total,
      };
    },

    /**
     * Writes `state.baseline` entries (entity `state`, id = table name, after = every row of the
     * table) for `tables`, or for every audited table the chain does not already account for.
     */
    baseline(_w: WriteContext, tables?: readonly string[]): Written<BaselineResult> {
      return writeBaseline(sqlite, tables);
    },
  };
}
