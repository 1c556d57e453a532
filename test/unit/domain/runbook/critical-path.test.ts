import { describe, expect, it } from 'vitest';
import { criticalPath, type RunbookStep } from '../../../../shared/domain/runbook';
import { pertMean } from '../../../fixtures/runbook-steps';

function st(id: string, est: number | [number, number, number], dependsOn: string[] = []): RunbookStep {
  const [a, m, b] = typeof est === 'number' ? [est, est, est] : est;
  return { id, title: `Step ${id}`, minMinutes: a, likelyMinutes: m, maxMinutes: b, dependsOn };
}

describe('criticalPath', () => {
  // a(10) → b(20) → d(10) and a → c(5) → d: the long branch runs through b.
  const diamond = [
    st('a', [5, 10, 20]),
    st('b', [10, 20, 40], ['a']),
    st('c', [1, 5, 9], ['a']),
    st('d', 10, ['b', 'c']),
  ];

  it('schedules a diamond at likely durations', () => {
    const r = criticalPath(diamond);
    expect(r.total).toBe(40);
    expect(r.path).toEqual(['a', 'b', 'd']);
    expect(r.schedule['c']).toEqual({
      earliestStart: 10,
      earliestFinish: 15,
      latestStart: 25,
      latestFinish: 30,
      slack: 15,
    });
    expect(r.schedule['b']!.slack).toBe(0);
    expect(r.schedule['d']).toMatchObject({ earliestStart: 30, earliestFinish: 40 });
  });

  it('accepts another duration function', () => {
    expect(criticalPath(diamond, (s) => s.maxMinutes).total).toBe(70);
    expect(
      criticalPath([st('x', [10, 20, 60])], (s) => pertMean(s.minMinutes, s.likelyMinutes, s.maxMinutes))
        .total,
    ).toBe(25);
  });

  it('starts steps without dependencies at time 0, in parallel', () => {
    const r = criticalPath([st('a', 10), st('b', 30), st('c', 20)]);
    expect(r.total).toBe(30);
    expect(r.path).toEqual(['b']);
    expect(r.schedule['a']!.earliestStart).toBe(0);
    expect(r.schedule['c']!.earliestStart).toBe(0);
    expect(r.schedule['a']!.slack).toBe(20);
  });

  it('reports the earlier-listed path when two tie', () => {
    const r = criticalPath([st('a', 10), st('b', 10), st('c', 5, ['b', 'a'])]);
    expect(r.path).toEqual(['a', 'c']);
  });

  it('handles an empty runbook', () => {
    expect(criticalPath([])).toEqual({ total: 0, path: [], schedule: {} });
  });

  it('rejects a negative duration from the duration function', () => {
    expect(() => criticalPath([st('a', 1)], () => -1)).toThrow(/non-negative/);
  });
});
