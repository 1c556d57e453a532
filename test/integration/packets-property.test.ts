// Property: random histories on a master and two packets cut from one base, merged in turn, agree
// with a plain reference three-way merge on every field; the conflicts are exactly the fields both
// sides changed differently (and a row retired on one side and edited on the other); the chosen
// values land; `audit verify` holds on the result.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/core/app/workspace';
import { acceptMerge, prepareMerge } from '../../electron/core/domains/packets/merge';
import { packetFixture } from '../fixtures/packets';

const FIELDS = ['owner', 'description', 'department'] as const;
type Field = (typeof FIELDS)[number];
type Op = { node: number; field: Field; value: string } | { node: number; retire: true };
type Snapshot = Record<Field, string> & { retired: boolean };

const NODES = 3;
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      node: fc.nat(NODES - 1),
      field: fc.constantFrom(...FIELDS),
      value: fc.constantFrom('a', 'b', 'c'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ node: fc.nat(NODES - 1), retire: fc.constant(true as const) }) },
);
const history = fc.array(op, { maxLength: 6 });

let f: Awaited<ReturnType<typeof packetFixture>>;
afterEach(() => f?.cleanup());

function snapshot(ws: Workspace, ids: string[]): Snapshot[] {
  const all = ws.store.nodes.everyNode();
  return ids.map((id) => {
    const n = all.find((x) => x.id === id)!;
    return {
      owner: n.owner,
      description: n.description,
      department: n.department,
      retired: n.retiredAt !== null,
    };
  });
}

function play(ws: Workspace, ids: string[], ops: Op[]): void {
  for (const o of ops) {
    const id = ids[o.node]!;
    const n = ws.store.nodes.everyNode().find((x) => x.id === id)!;
    if (n.retiredAt !== null) continue; // a retired node is not edited
    if ('retire' in o) {
      const w = f.as(f.ana);
      ws.write(w, (s) => s.nodes.retire(w, id));
    } else f.edit(ws, f.ana, id, { [o.field]: o.value });
  }
}

interface Expected {
  /** "node index:field" of every conflict. */
  conflicts: string[];
  result: Snapshot[];
}

/** The reference: per field, one side changed → that side; both to one value → it; else a conflict. */
function reference(
  base: Snapshot[],
  ours: Snapshot[],
  theirs: Snapshot[],
  take: 'master' | 'packet',
): Expected {
  const conflicts: string[] = [];
  const result = base.map((b, i) => {
    const o = ours[i]!;
    const t = theirs[i]!;
    const edited = (s: Snapshot) => FIELDS.some((k) => s[k] !== b[k]);
    const out: Snapshot = { ...o };
    for (const k of FIELDS) {
      if (o[k] === t[k] || t[k] === b[k]) continue;
      if (o[k] === b[k]) out[k] = t[k];
      else {
        conflicts.push(`${i}:${k}`);
        if (take === 'packet') out[k] = t[k];
      }
    }
    if (t.retired && !o.retired) {
      if (edited(o)) {
        conflicts.push(`${i}:retired_at`);
        if (take === 'packet') out.retired = true;
      } else out.retired = true;
    } else if (o.retired && !t.retired && edited(t)) {
      conflicts.push(`${i}:retired_at`);
      if (take === 'packet') out.retired = false;
    }
    return out;
  });
  return { conflicts: conflicts.sort(), result };
}

function mergeChecked(
  master: Workspace,
  packet: Workspace,
  ids: string[],
  base: Snapshot[],
  take: 'master' | 'packet',
) {
  const expected = reference(base, snapshot(master, ids), snapshot(packet, ids), take);
  const review = prepareMerge(master, packet);
  const found = review.conflicts
    .filter((c) => c.table === 'node')
    .map((c) => `${ids.indexOf(c.key)}:${c.field ?? 'row'}`)
    .sort();
  expect(found).toEqual(expected.conflicts);
  acceptMerge(master, review, new Map(review.conflicts.map((c) => [c.id, take])), f.as(f.ana));
  expect(snapshot(master, ids)).toEqual(expected.result);
}

describe('three-way merge over random histories', () => {
  it('agrees with the reference merge on every field, and the result verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        history,
        history,
        history,
        fc.constantFrom('master' as const, 'packet' as const),
        async (m, h1, h2, take) => {
          f?.cleanup();
          f = await packetFixture();
          const ids = Array.from({ length: NODES }, (_, i) =>
            f.node(f.master, f.ana, { name: `Process ${i}` }),
          );
          const base = snapshot(f.master, ids);
          const p1 = await f.cut('one.steadfast');
          const p2 = await f.cut('two.steadfast');
          play(f.master, ids, m);
          play(p1, ids, h1);
          play(p2, ids, h2);
          mergeChecked(f.master, p1, ids, base, take);
          // The second packet's base is the same; the master now holds the first packet's changes.
          mergeChecked(f.master, p2, ids, base, take);
          expect(f.master.store.audit.walk().ok).toBe(true);
          expect(f.master.store.packets.verifyImported()).toBeNull();
          expect(f.master.store.state.check().differences).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
