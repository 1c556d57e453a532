import { describe, expect, it } from 'vitest';
import {
  computeDrTestResult,
  deriveRunState,
  toExecution,
  type RunEvent,
} from '../../../../shared/domain/drtest';
import type { RunbookStep } from '../../../../shared/domain/runbook';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 1, 9, 0);
const at = (minutes: number) => T0 + minutes * MIN;

function st(id: string, dependsOn: string[] = [], restoresNodeIds: string[] = []): RunbookStep {
  return { id, title: id, minMinutes: 5, likelyMinutes: 10, maxMinutes: 20, dependsOn, restoresNodeIds };
}
const steps = [st('a'), st('b', ['a']), st('c', ['a']), st('d', ['b', 'c'], ['svc'])];

describe('deriveRunState', () => {
  const events: RunEvent[] = [
    { type: 'started', at: at(0) },
    { type: 'step-started', at: at(0), stepId: 'a' },
    { type: 'step-finished', at: at(10), stepId: 'a', outcome: 'ok' },
    { type: 'step-started', at: at(10), stepId: 'b' },
    { type: 'step-started', at: at(11), stepId: 'c' },
    { type: 'paused', at: at(20), reason: 'fire drill' },
  ];

  it('is not started with no events', () => {
    const s = deriveRunState([], at(5));
    expect(s.status).toBe('not-started');
    expect(s.elapsedActiveMs).toBe(0);
  });

  it('shows a paused run with its running parallel steps and frozen elapsed time', () => {
    const s = deriveRunState(events, at(50));
    expect(s.status).toBe('paused');
    expect(s.pausedSince).toBe(at(20));
    expect(s.elapsedActiveMs).toBe(20 * MIN);
    expect(s.running).toEqual([
      { stepId: 'b', startedAt: at(10), elapsedActiveMs: 10 * MIN },
      { stepId: 'c', startedAt: at(11), elapsedActiveMs: 9 * MIN },
    ]);
    expect(s.finished).toEqual({ a: 'ok' });
    expect(s.issues).toEqual([]);
  });

  it('resumes, excluding the pause, and offers the next ready step', () => {
    const more: RunEvent[] = [
      ...events,
      { type: 'resumed', at: at(30) },
      { type: 'step-finished', at: at(35), stepId: 'b', outcome: 'ok' },
      { type: 'step-finished', at: at(36), stepId: 'c', outcome: 'skipped' },
    ];
    const s = deriveRunState(more, at(40));
    expect(s.status).toBe('running');
    expect(s.pausedSince).toBeUndefined();
    expect(s.elapsedActiveMs).toBe(30 * MIN);
    expect(s.running).toEqual([]);
  });

  it('lets a retry of a failed step replace its outcome, keeping both executions', () => {
    const failed: RunEvent[] = [
      { type: 'started', at: at(0) },
      { type: 'step-started', at: at(0), stepId: 'a' },
      { type: 'step-finished', at: at(5), stepId: 'a', outcome: 'failed' },
    ];
    expect(deriveRunState(failed, at(6)).finished).toEqual({ a: 'failed' });
    const retried = deriveRunState(
      [
        ...failed,
        { type: 'step-started', at: at(6), stepId: 'a' },
        { type: 'step-finished', at: at(9), stepId: 'a', outcome: 'ok' },
      ],
      at(10),
    );
    expect(retried.finished).toEqual({ a: 'ok' });
    expect(retried.executions).toHaveLength(2);
  });

  it('records events that do not fit instead of hiding them', () => {
    const s = deriveRunState(
      [
        { type: 'step-started', at: at(0), stepId: 'a' },
        { type: 'started', at: at(1) },
        { type: 'step-finished', at: at(2), stepId: 'zz', outcome: 'ok' },
        { type: 'resumed', at: at(3) },
        { type: 'ended', at: at(4) },
        { type: 'paused', at: at(5) },
      ],
      at(10),
    );
    expect(s.status).toBe('ended');
    expect(s.issues).toHaveLength(4);
    expect(s.issues[0]).toContain('before the run started');
    expect(s.elapsedActiveMs).toBe(3 * MIN);
  });

  it('closes an open pause when the run ends, and feeds the results', () => {
    const s = deriveRunState(
      [
        { type: 'started', at: at(0) },
        { type: 'step-started', at: at(0), stepId: 'a' },
        { type: 'step-finished', at: at(10), stepId: 'a', outcome: 'ok' },
        { type: 'step-started', at: at(10), stepId: 'b' },
        { type: 'step-started', at: at(10), stepId: 'c' },
        { type: 'step-finished', at: at(20), stepId: 'b', outcome: 'ok' },
        { type: 'step-finished', at: at(20), stepId: 'c', outcome: 'ok' },
        { type: 'step-started', at: at(20), stepId: 'd' },
        { type: 'paused', at: at(25) },
        { type: 'step-finished', at: at(40), stepId: 'd', outcome: 'ok' },
        { type: 'ended', at: at(45) },
      ],
      at(100),
    );
    expect(s.pauses).toEqual([{ from: at(25), to: at(45) }]);
    const execution = toExecution(s, [{ nodeId: 'svc', minutes: 2 }])!;
    const r = computeDrTestResult(steps, execution, [{ nodeId: 'svc', rtoMinutes: 25, rpoMinutes: 5 }]);
    // d finished at wall 40, inside the pause that began at 25: 25 active minutes.
    expect(r.nodes[0]).toMatchObject({ rtcMinutes: 25, gapMinutes: 0, verdict: 'pass' });
    expect(r.elapsedActiveMinutes).toBe(25);
    expect(toExecution(deriveRunState([], 0))).toBeUndefined();
  });
});
