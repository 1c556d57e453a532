import { describe, expect, it } from 'vitest';
import {
  activeMs,
  computeDrTestResult,
  mergePauses,
  type DrTestExecution,
} from '../../../../shared/domain/drtest';
import type { RunbookStep } from '../../../../shared/domain/runbook';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 1, 9, 0);
const at = (minutes: number) => T0 + minutes * MIN;

function st(id: string, likely: number, dependsOn: string[], restoresNodeIds: string[] = []): RunbookStep {
  return {
    id,
    title: `Step ${id}`,
    minMinutes: likely / 2,
    likelyMinutes: likely,
    maxMinutes: likely * 2,
    dependsOn,
    restoresNodeIds,
  };
}

// Worked example. Planned (likely): fence 10, promote 15, apps 30, cache 20 in parallel with apps.
const steps = [
  st('fence', 10, []),
  st('promote', 15, ['fence'], ['db']),
  st('apps', 30, ['promote'], ['app']),
  st('cache', 20, ['promote'], ['cache']),
];
// Actual (wall minutes from the disruption): fence 0–12, promote 12–30, apps 30–75 with a pause
// 40–55, cache 30–45 failed (45 falls inside the pause, so 40 active). Test closed at 90. Active clock: apps finishes at 75 − 15 = 60.
const execution: DrTestExecution = {
  disruptionAt: T0,
  endedAt: at(90),
  steps: [
    { stepId: 'fence', startedAt: at(0), finishedAt: at(12), outcome: 'ok' },
    { stepId: 'promote', startedAt: at(12), finishedAt: at(30), outcome: 'ok', notes: 'replica lag 3 min' },
    { stepId: 'apps', startedAt: at(30), finishedAt: at(75), outcome: 'ok' },
    { stepId: 'cache', startedAt: at(30), finishedAt: at(45), outcome: 'failed' },
  ],
  pauses: [{ from: at(40), to: at(55) }],
  dataLoss: [
    { nodeId: 'db', minutes: 3 },
    { nodeId: 'app', minutes: 3 },
    { nodeId: 'cache', minutes: 0 },
  ],
};
const objectives = [
  { nodeId: 'db', rtoMinutes: 30, rpoMinutes: 5 },
  { nodeId: 'app', rtoMinutes: 45, rpoMinutes: 15 },
  { nodeId: 'cache', rtoMinutes: 120, rpoMinutes: 60 },
];

describe('computeDrTestResult — worked example', () => {
  const r = computeDrTestResult(steps, execution, objectives);
  const node = (id: string) => r.nodes.find((n) => n.nodeId === id)!;

  it('excludes pauses from elapsed time', () => {
    expect(r.elapsedActiveMinutes).toBe(75);
    expect(r.pausedMinutes).toBe(15);
  });

  it('passes a node that recovers exactly at its RTO (gap 0)', () => {
    expect(node('db')).toMatchObject({
      rtcMinutes: 30,
      gapMinutes: 0,
      dataLossMinutes: 3,
      dataLossGapMinutes: -2,
      verdict: 'pass',
    });
    expect(node('db').reasons).toEqual([]);
  });

  it('fails a node that overruns its RTO, with a positive gap measured on the active clock', () => {
    expect(node('app')).toMatchObject({ rtcMinutes: 60, gapMinutes: 15, verdict: 'fail' });
    expect(node('app').reasons[0]).toBe('Recovered in 1 h, 15 min over the RTO of 45 min.');
  });

  it('fails a node whose restoring step failed even within RTO (negative gap)', () => {
    expect(node('cache')).toMatchObject({
      rtcMinutes: 40,
      gapMinutes: -80,
      failedStepIds: ['cache'],
      verdict: 'fail',
    });
  });

  it('fails overall when any node fails', () => {
    expect(r.verdict).toBe('fail');
  });

  it('counts pauses in RTC on the wall clock when asked', () => {
    const wall = computeDrTestResult(steps, execution, objectives, { rtcClock: 'wall' });
    expect(wall.nodes.find((n) => n.nodeId === 'app')!.rtcMinutes).toBe(75);
  });

  it('lays planned against actual times', () => {
    expect(
      r.timeline.map((t) => [t.stepId, t.plannedStart, t.plannedFinish, t.actualStart, t.actualFinish]),
    ).toEqual([
      ['fence', 0, 10, 0, 12],
      ['promote', 10, 25, 12, 30],
      ['apps', 25, 55, 30, 60],
      // cache finished at wall 45, inside the 40–55 pause: 40 active minutes.
      ['cache', 25, 45, 30, 40],
    ]);
    const apps = r.timeline[2]!;
    // 45 wall minutes less the 15-minute pause = 30 active, exactly the likely estimate.
    expect(apps.varianceMinutes).toBe(0);
    expect(r.timeline[1]).toMatchObject({ varianceMinutes: 3, outcome: 'ok', notes: 'replica lag 3 min' });
    expect(r.timeline[3]!.outcome).toBe('failed');
  });
});

describe('computeDrTestResult — passes and missing evidence', () => {
  it('passes overall when every node is within RTO and RPO', () => {
    const r = computeDrTestResult(steps.slice(0, 3), { ...execution, steps: execution.steps.slice(0, 3) }, [
      { nodeId: 'db', rtoMinutes: 40, rpoMinutes: 5 },
      { nodeId: 'app', rtoMinutes: 60, rpoMinutes: 5 },
    ]);
    expect(r.nodes.map((n) => [n.nodeId, n.gapMinutes, n.verdict])).toEqual([
      ['db', -10, 'pass'],
      ['app', 0, 'pass'],
    ]);
    expect(r.verdict).toBe('pass');
  });

  it('fails a node whose data loss exceeds its RPO', () => {
    const r = computeDrTestResult(steps, { ...execution, dataLoss: [{ nodeId: 'db', minutes: 20 }] }, [
      { nodeId: 'db', rtoMinutes: 30, rpoMinutes: 15 },
    ]);
    expect(r.nodes[0]).toMatchObject({ dataLossGapMinutes: 5, verdict: 'fail' });
  });

  it('is incomplete when a node is not restored or its data loss was not measured', () => {
    const r = computeDrTestResult(
      steps,
      {
        disruptionAt: T0,
        steps: [{ stepId: 'fence', startedAt: at(0), finishedAt: at(5), outcome: 'ok' }],
        pauses: [],
        dataLoss: [],
      },
      [
        { nodeId: 'db', rtoMinutes: 30, rpoMinutes: 5 },
        { nodeId: 'nobody', rtoMinutes: 30, rpoMinutes: 5 },
      ],
    );
    expect(r.nodes[0]!.verdict).toBe('incomplete');
    expect(r.nodes[0]!.reasons).toEqual([
      'Not restored: promote did not finish.',
      'Data loss was not measured.',
    ]);
    expect(r.nodes[1]!.reasons[0]).toMatch(/No runbook step restores this node/);
    expect(r.verdict).toBe('incomplete');
    // With no endedAt the test ends at the last recorded time.
    expect(r.elapsedActiveMinutes).toBe(5);
    expect(r.timeline[1]!.actualStart).toBeUndefined();
  });

  it('counts a retried step once: first start, last finish, last outcome', () => {
    const r = computeDrTestResult(
      steps,
      {
        disruptionAt: T0,
        steps: [
          { stepId: 'fence', startedAt: at(0), finishedAt: at(5), outcome: 'ok' },
          { stepId: 'promote', startedAt: at(5), finishedAt: at(10), outcome: 'failed' },
          { stepId: 'promote', startedAt: at(12), finishedAt: at(25), outcome: 'ok' },
        ],
        pauses: [],
        dataLoss: [{ nodeId: 'db', minutes: 1 }],
      },
      [{ nodeId: 'db', rtoMinutes: 30, rpoMinutes: 5 }],
    );
    expect(r.nodes[0]).toMatchObject({ rtcMinutes: 25, verdict: 'pass' });
    expect(r.timeline[1]).toMatchObject({ actualStart: 5, actualFinish: 25, outcome: 'ok' });
  });
});

describe('pauses', () => {
  it('merges overlapping pauses so no time is subtracted twice', () => {
    const pauses = [
      { from: at(15), to: at(25) },
      { from: at(10), to: at(20) },
      { from: at(40), to: at(45) },
    ];
    expect(mergePauses(pauses, at(100))).toEqual([
      [at(10), at(25)],
      [at(40), at(45)],
    ]);
    expect(activeMs(at(0), at(60), pauses)).toBe(40 * MIN);
  });

  it('closes an open pause at the end of the interval and clips pauses to it', () => {
    expect(activeMs(at(0), at(30), [{ from: at(20) }])).toBe(20 * MIN);
    expect(activeMs(at(10), at(30), [{ from: at(0), to: at(15) }])).toBe(15 * MIN);
    expect(activeMs(at(30), at(10), [])).toBe(0);
  });
});
