import { describe, expect, it } from 'vitest';
import {
  conflictKey,
  mergePlan,
  resolvePlan,
  rowId,
  type RowImage,
} from '../../../../shared/domain/merge/plan';

const r = rowId('node', 'n1');
const img = (x: Record<string, unknown>): RowImage => ({
  id: 'n1',
  updated_at: 't0',
  retired_at: null,
  ...x,
});
const one = (v: RowImage) => new Map([[r, v]]);

describe('mergePlan', () => {
  it('applies a change made on one side only, and takes the later stamp', () => {
    const p = mergePlan(
      one(img({ a: 1, b: 1 })),
      one(img({ a: 2, b: 1, updated_at: 't2' })),
      one(img({ a: 1, b: 3, updated_at: 't1' })),
    );
    expect(p.conflicts).toEqual([]);
    expect(p.applies.get(r)).toMatchObject({ a: 2, b: 3, updated_at: 't2' });
  });

  it('leaves a row the master changed alone when the packet did not change it', () => {
    const p = mergePlan(one(img({ a: 1 })), new Map(), one(img({ a: 1 })));
    expect(p.applies.size).toBe(0);
  });

  it('names a field both sides changed differently, with all three values; the same change is no conflict', () => {
    const p = mergePlan(one(img({ a: 1, b: 1 })), one(img({ a: 2, b: 5 })), one(img({ a: 3, b: 5 })));
    expect(p.conflicts).toEqual([
      { row: r, field: 'a', kind: 'both-changed', base: 1, master: 2, packet: 3 },
    ]);
    const chosen = resolvePlan(p, new Map([[conflictKey(p.conflicts[0]!), 'packet']]), () =>
      img({ a: 2, b: 5 }),
    );
    expect(chosen.get(r)).toMatchObject({ a: 3, b: 5 });
  });

  it('sends retired-and-edited and deleted-and-edited rows to review', () => {
    const retired = mergePlan(one(img({ a: 1 })), one(img({ a: 1, retired_at: 'x' })), one(img({ a: 2 })));
    expect(retired.conflicts.map((c) => [c.field, c.kind])).toEqual([['retired_at', 'retired-and-edited']]);
    const deleted = mergePlan(one(img({ a: 1 })), one(img({ a: 2 })), one(null));
    expect(deleted.conflicts.map((c) => [c.field, c.kind])).toEqual([[null, 'deleted-and-edited']]);
  });
});
