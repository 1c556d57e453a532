import { describe, expect, it } from 'vitest';
import {
  compileRunbook,
  criticalPath,
  RunbookError,
  validateRunbook,
  type RunbookIssue,
  type RunbookStep,
} from '../../../../shared/domain/runbook';

function st(id: string, est: [number, number, number] = [1, 2, 3], dependsOn: string[] = []): RunbookStep {
  return {
    id,
    title: `Step ${id}`,
    minMinutes: est[0],
    likelyMinutes: est[1],
    maxMinutes: est[2],
    dependsOn,
  };
}

function issues(steps: RunbookStep[]): RunbookIssue[] {
  const v = validateRunbook(steps);
  return v.ok ? [] : v.issues;
}

describe('validateRunbook', () => {
  it('accepts a valid runbook', () => {
    expect(validateRunbook([st('a'), st('b', [0, 0, 0], ['a'])])).toEqual({ ok: true });
  });

  it('names the steps of a cycle in the order they wait for each other', () => {
    const found = issues([
      st('a', undefined, ['c']),
      st('b', undefined, ['a']),
      st('c', undefined, ['b']),
      st('d', undefined, ['a']),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('cycle');
    expect([...found[0]!.stepIds].sort()).toEqual(['a', 'b', 'c']);
    expect(found[0]!.message).toBe(
      'Steps depend on each other in a circle: "Step a" (a) waits for "Step c" (c), "Step c" (c) waits for "Step b" (b), "Step b" (b) waits for "Step a" (a).',
    );
  });

  it('reports each of two separate cycles, and not the steps that merely wait on one', () => {
    const found = issues([
      st('a', undefined, ['b']),
      st('b', undefined, ['a']),
      st('x', undefined, ['a']),
      st('p', undefined, ['q']),
      st('q', undefined, ['p']),
    ]);
    expect(found.map((i) => [...i.stepIds].sort())).toEqual([
      ['a', 'b'],
      ['p', 'q'],
    ]);
  });

  it('rejects estimates out of order, negative or missing', () => {
    const found = issues([
      st('a', [5, 3, 10]),
      st('b', [1, 2, 1]),
      st('c', [-1, 0, 1]),
      st('d', [1, Number.NaN, 2]),
    ]);
    expect(found.map((i) => [i.code, i.stepIds[0]])).toEqual([
      ['bad-estimate', 'a'],
      ['bad-estimate', 'b'],
      ['bad-estimate', 'c'],
      ['bad-estimate', 'd'],
    ]);
    expect(found[0]!.message).toContain('min ≤ likely ≤ max (got 5 / 3 / 10)');
  });

  it('rejects unknown and self dependencies, duplicate and empty ids — all at once', () => {
    const found = issues([st('a', undefined, ['ghost']), st('b', undefined, ['b']), st('a'), st(' ')]);
    expect(found.map((i) => i.code).sort()).toEqual([
      'duplicate-id',
      'empty-id',
      'self-dependency',
      'unknown-dependency',
    ]);
    const unknown = found.find((i) => i.code === 'unknown-dependency')!;
    expect(unknown.stepIds).toEqual(['a', 'ghost']);
    expect(unknown.message).toContain('"ghost", which is not a step of this runbook');
  });

  it('makes the timing functions throw a RunbookError carrying the issues', () => {
    const bad = [st('a', undefined, ['b']), st('b', undefined, ['a'])];
    expect(() => criticalPath(bad)).toThrow(RunbookError);
    try {
      compileRunbook(bad);
    } catch (e) {
      expect((e as RunbookError).issues[0]!.code).toBe('cycle');
    }
  });

  it('compiles to a topological order that keeps input order among ready steps', () => {
    const c = compileRunbook([
      st('d', undefined, ['b', 'c']),
      st('a'),
      st('b', undefined, ['a']),
      st('c', undefined, ['a', 'a']),
    ]);
    expect(Array.from(c.order).map((i) => c.ids[i])).toEqual(['a', 'b', 'c', 'd']);
    // The duplicated dependency of c is kept once.
    expect(c.predStart[4]! - c.predStart[3]!).toBe(1);
  });
});
