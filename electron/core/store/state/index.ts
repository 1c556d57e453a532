// The state check: rebuilds from the chain's after-images what every audited table must hold and
// compares it with the live rows; and the baseline entries the rebuild starts from.
import type { StateCheck } from '../../../../shared/contract';
import type { Db, Sqlite } from '../db';
import type { WriteContext, Written } from '../write';
import { writeBaseline, type BaselineResult } from './baseline';
import { compareSteps } from './compare';
import { replaySteps } from './replay';
import { AUDITED_TABLES } from './tables';

export type { BaselineResult } from './baseline';

/** Progress of a check: entries folded so far out of the chain's length, then the comparison. */
export type StateProgress = (p: { phase: 'replay' | 'compare'; done: number; total: number }) => void;

export interface StateCheckOptions {
  onProgress?: StateProgress | undefined;
  /** How many differences to list (all are counted). */
  limit?: number | undefined;
}

/** A step of the check: the replay's seq reached of the chain's entries, then tables compared. */
export interface StateStep {
  phase: 'replay' | 'compare';
  done: number;
  total: number;
}

/**
 * Replays the chain's after-images and compares them with every audited table; lists the first
 * `limit` differences (200 by default) and counts them all. A generator, so the open-time check can
 * yield to other requests between steps (on a connection of its own: statements stay open).
 */
export function* checkSteps(sqlite: Sqlite, limit?: number): Generator<StateStep, StateCheck> {
  const replaying = replaySteps(sqlite);
  let r = replaying.next();
  while (!r.done) {
    yield { phase: 'replay', ...r.value };
    r = replaying.next();
  }
  const replay = r.value;
  const comparing = compareSteps(sqlite, replay.expected, limit);
  let c = comparing.next();
  while (!c.done) {
    yield { phase: 'compare', ...c.value };
    c = comparing.next();
  }
  yield { phase: 'compare', done: AUDITED_TABLES.length, total: AUDITED_TABLES.length };
  return {
    ok: c.value.total === 0,
    entries: replay.entries,
    rows: c.value.rows,
    tables: AUDITED_TABLES.length,
    differences: c.value.differences,
    totalDifferences: c.value.total,
  };
}

export function stateStore(db: Db) {
  const sqlite = db.$client;
  return {
    /**
     * Replays the chain's after-images and compares them with every audited table; lists the first
     * `limit` differences (200 by default) and counts them all.
     */
    check(opts: StateCheckOptions = {}): StateCheck {
      const steps = checkSteps(sqlite, opts.limit);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
        opts.onProgress?.(r.value);
      }
    },

    /** The same check in steps, for the open-time check that yields between them. */
    checkSteps: (limit?: number) => checkSteps(sqlite, limit),

    /**
     * Writes `state.baseline` entries (entity `state`, id = table name, after = every row of the
     * table) for `tables`, or for every audited table the chain does not already account for.
     */
    baseline(_w: WriteContext, tables?: readonly string[]): Written<BaselineResult> {
      return writeBaseline(sqlite, tables);
    },
  };
}
